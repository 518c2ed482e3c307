import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, requireChromium, hasChromium, watchedPage } from './support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/analysis/uncertainty/simulate';

// The page's Monte Carlo worker in a real headless Chromium (Debian's `chromium`): a small page of our own,
// built with the page's Vite config (one inline script that is also the worker, as in the single-file build) and opened from file://,
// runs the worker client; its results must equal Node's `simulate` with the same draws and seed.
// Skipped where /usr/bin/chromium is missing, except in CI (process.env.CI), where it must run.
requireChromium('appWorker.browser.test');

const uncertain = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as unknown;
const analysis = resolve('app/src/analysis');

/** The test page's script: the page's worker client, driven from the test through window.harness. */
const harness = `
import { newAnalysisClient } from ${JSON.stringify(join(analysis, 'workerClient.ts'))};
import { AnalysisCancelled, analysisClient } from ${JSON.stringify(join(analysis, 'analysisClient.ts'))};
import { serveAnalyses } from ${JSON.stringify(join(analysis, 'analysisWorker.ts'))};
import { isPageWorker, startPageWorker } from ${JSON.stringify(resolve('app/src/pageWorker.ts'))};
import { simulate, sensitivity, solveFor, scenarioInputOf } from 'email-npv';
import { fitCampaignCsv } from ${JSON.stringify(join(analysis, 'historyFit.ts'))};
// One script for the page and its worker, as the page has (app/src/main.ts).
if (isPageWorker()) serveAnalyses();
else installHarness();
function installHarness() {
const client = newAnalysisClient();
window.harness = {
  /** The library's simulate on the page's main thread: the same engine as the worker. */
  simulateHere(file, draws, seed) {
    const result = simulate(file, { draws, seed });
    return { ...result, horizons: result.horizons.map((h) => ({ ...h, scenarios: h.scenarios.map((s) => ({ ...s, pointNpv: s.pointNpv.toString() })) })) };
  },
  async simulate(file, draws, seed) {
    const progress = [];
    const started = performance.now();
    const result = await client.run({ kind: 'simulate', file, draws, seed }, (done, total) => progress.push([done, total]));
    return { result, progress, milliseconds: performance.now() - started };
  },
  /** Milliseconds of the analyses the page runs on demand, on the main thread: sensitivity and break-even of the article's H2+H4, a campaign fit. */
  async timeHere(article, csv, base) {
    const time = (f) => { const t = performance.now(); f(); return Math.round(performance.now() - t); };
    const input = scenarioInputOf(article, 'H2+H4');
    const sensitivityFirst = time(() => sensitivity(input, { years: 5 }));
    const sensitivityAgain = time(() => sensitivity(input, { years: 5 }));
    const solveForOpenRate = time(() => solveFor(input, 'openRate', { years: 5 }));
    const t = performance.now();
    const fit = await fitCampaignCsv(csv, base, { fileName: 'campaigns.csv' });
    return { sensitivityFirst, sensitivityAgain, solveForOpenRate, fitCampaigns: Math.round(performance.now() - t), fitted: 'fit' in fit };
  },
  /** Cancels a long run at its first progress message; counts every message the workers post, whatever the client does with them. */
  async cancelAfterFirstProgress(file) {
    let posted = 0;
    const counted = analysisClient(() => {
      const worker = startPageWorker();
      worker.addEventListener('message', () => posted++);
      return worker;
    });
    const progress = [];
    let atCancel = 0;
    let postedAtCancel = 0;
    const outcome = await counted
      .run({ kind: 'simulate', file, draws: 100000, seed: 1 }, (done, total) => {
        progress.push([done, total]);
        if (progress.length === 1) {
          counted.cancel();
          atCancel = progress.length;
          postedAtCancel = posted;
        }
      })
      .then(() => 'finished', (error) => (error instanceof AnalysisCancelled ? 'cancelled' : String(error)));
    // Uncancelled, the worker would post a progress message every 500 model runs (a few ms each): none may come.
    await new Promise((done) => setTimeout(done, 1000));
    return { outcome, progressAfterCancel: progress.length - atCancel, postedAfterCancel: posted - postedAtCancel, total: progress[0][1] };
  },
};
}
`;

describe.skipIf(!hasChromium)('the page’s Monte Carlo worker in headless Chromium', { timeout: 180_000 }, () => {
  let context: BrowserContext;
  let workDir: string;
  let pageFile: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'email-npv-app-worker-'));
    const root = join(workDir, 'src');
    mkdirSync(root);
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html>\n<html><head><meta charset="utf-8" /><title>worker</title><script type="module" src="./harness.ts"></script></head><body></body></html>\n',
    );
    writeFileSync(join(root, 'harness.ts'), harness);
    const outDir = join(workDir, 'out');
    // The page's single-file build: the script and the worker inlined, the page's strict content-security policy.
    await build({
      configFile: resolve('app/vite.config.ts'),
      mode: 'singlefile',
      root,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, rolldownOptions: { input: join(root, 'index.html') } },
    });
    expect(readdirSync(outDir)).toEqual(['index.html']); // one self-contained file: no script or worker to load beside it
    pageFile = join(outDir, 'index.html');
    expect(readFileSync(pageFile, 'utf8')).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*worker-src blob:/);
    context = await launchChromium(join(workDir, 'profile'));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** The test page opened from file://, recording console errors, uncaught errors and every request. */
  async function openPage(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const { page, errors, requests } = await watchedPage(context, { requestsOf: 'context' });
    await page.goto(pathToFileURL(pageFile).href);
    await page.waitForFunction(() => 'harness' in window);
    return { page, errors, requests };
  }

  /** |a − b| within `relative` of |b| (and exactly equal for 0). */
  const near = (a: number, b: number, relative: number) => Math.abs(a - b) <= relative * Math.abs(b);

  it('computes in the worker what the library computes, bit for bit, with progress, and nothing leaves the page', async () => {
    const { page, errors, requests } = await openPage();
    type Harness = { simulate: (f: unknown, d: number, s: number) => Promise<Run>; simulateHere: (f: unknown, d: number, s: number) => unknown };
    type Run = { result: WireResult; progress: [number, number][]; milliseconds: number };
    type WireResult = { horizons: { scenarios: Record<string, unknown>[] }[]; monthly: unknown; redrawn: number; draws: number; seed: number };
    const { run, here } = await page.evaluate(
      async ({ file }) => {
        const harness = (window as unknown as { harness: Harness }).harness;
        return { run: await harness.simulate(file, 2000, 7), here: harness.simulateHere(file, 2000, 7) };
      },
      { file: uncertain },
    );
    const { result } = run;

    // The worker, its messages and the client change nothing: the same numbers, to the last bit, as the library on the page's main thread.
    expect(result).toEqual(here);

    // Node's simulate (the library's source, Node's V8): the same exact point NPVs, draws and redraws, and the same statistics up to the
    // last bits of the float model: Node 20's V8 and Chromium's compute Math.pow, exp and log differently in the last bit for some arguments.
    const node = simulate(uncertain, { draws: 2000, seed: 7 });
    expect([result.draws, result.seed, result.redrawn]).toEqual([2000, 7, node.redrawn]);
    expect(result.horizons.map((h) => h.scenarios.map((s) => s.pointNpv))).toEqual(node.horizons.map((h) => h.scenarios.map((s) => s.pointNpv.toString())));
    node.horizons.forEach((h, i) =>
      h.scenarios.forEach((s, j) => {
        const inBrowser = result.horizons[i]!.scenarios[j] as unknown as typeof s;
        expect(inBrowser.name).toBe(s.name);
        for (const statistic of ['npv', 'deltaVsBaseline'] as const) {
          for (const [q, value] of Object.entries(s[statistic])) {
            const got = (inBrowser[statistic] as unknown as Record<string, number>)[q]!;
            expect(near(got, value, 1e-10), `${s.name} ${h.years} years ${statistic}.${q}: ${got} vs Node's ${value}`).toBe(true);
          }
        }
        // A draw on a knife's edge may flip: at most one draw in either count.
        expect(Math.abs((inBrowser.probabilityBeatsBaseline ?? 0) - (s.probabilityBeatsBaseline ?? 0))).toBeLessThanOrEqual(1 / 2000);
        expect(Math.abs(inBrowser.probabilityNegative - s.probabilityNegative)).toBeLessThanOrEqual(1 / 2000);
      }),
    );

    const total = 6 * 2000;
    expect(run.progress.length).toBeGreaterThan(5);
    expect(run.progress.every(([, t]) => t === total)).toBe(true);
    expect(run.progress.map(([done]) => done)).toEqual([...run.progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(run.progress.at(-1)).toEqual([total, total]);

    expect(errors).toEqual([]);
    const pageUrl = pathToFileURL(pageFile).href;
    expect(requests.filter((url) => url !== pageUrl && !url.startsWith('blob:'))).toEqual([]);
    console.info(`appWorker.browser.test: 2,000 draws × 6 scenarios in the worker in ${Math.round(run.milliseconds)} ms`);
    await page.close();
  });

  it('Cancel stops a run at once, the worker posts nothing more, and the next run gets a new worker that computes what the library computes', async () => {
    const { page, errors } = await openPage();
    const cancelled = await page.evaluate(
      ({ file }) =>
        (
          window as unknown as {
            harness: {
              cancelAfterFirstProgress: (f: unknown) => Promise<{ outcome: string; progressAfterCancel: number; postedAfterCancel: number; total: number }>;
            };
          }
        ).harness.cancelAfterFirstProgress(file),
      { file: uncertain },
    );
    expect(cancelled).toEqual({ outcome: 'cancelled', progressAfterCancel: 0, postedAfterCancel: 0, total: 6 * 100000 });

    const { again, here } = await page.evaluate(
      async ({ file }) => {
        const harness = (
          window as unknown as {
            harness: {
              simulate: (f: unknown, d: number, s: number) => Promise<{ result: unknown }>;
              simulateHere: (f: unknown, d: number, s: number) => unknown;
            };
          }
        ).harness;
        return { again: await harness.simulate(file, 200, 3), here: harness.simulateHere(file, 200, 3) };
      },
      { file: uncertain },
    );
    expect(again.result).toEqual(here);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs 10,000 draws of the uncertain example in the worker (timed, for the README), and times the on-demand analyses on the main thread', async () => {
    const { page, errors } = await openPage();
    const run = await page.evaluate(
      ({ file }) =>
        (
          window as unknown as { harness: { simulate: (f: unknown, d: number, s: number) => Promise<{ milliseconds: number; progress: unknown[] }> } }
        ).harness.simulate(file, 10000, 1),
      {
        file: uncertain,
      },
    );
    expect(run.progress.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    const timings = await page.evaluate(
      ({ article, csv, base }) =>
        (window as unknown as { harness: { timeHere: (a: unknown, c: string, b: unknown) => Promise<Record<string, unknown>> } }).harness.timeHere(
          article,
          csv,
          base,
        ),
      {
        article: JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as unknown,
        csv: readFileSync('examples/history/campaigns.csv', 'utf8'),
        base: JSON.parse(readFileSync('examples/history/base.json', 'utf8')) as unknown,
      },
    );
    expect(timings.fitted).toBe(true);
    console.info(`appWorker.browser.test: on the main thread, ms: ${JSON.stringify(timings)}`);
    console.info(
      `appWorker.browser.test: 10,000 draws × 6 scenarios in the worker in ${Math.round(run.milliseconds)} ms (${run.progress.length} progress messages)`,
    );
    await page.close();
  });
});
