import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { renderReport } from '../../src/render/report/renderReport';
import type { ReportSectionData } from '../../src/render/report/reportSection';
import type { UserScenarioFileData } from '../../src/report/userScenarioFile';

// Runs the report and the package's ESM build in a real headless Chromium (Debian's `chromium`).
// Skipped where /usr/bin/chromium is missing, except in CI (process.env.CI), where it must run.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = resolve('test-artifacts');
const hasChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
if (!hasChromium) {
  console.warn(
    inCi
      ? `report.browser.test: FAILING — no Chromium at ${CHROMIUM}, and CI must run the browser test (apt-get install -y chromium).`
      : `report.browser.test: SKIPPED — no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium).`,
  );
}

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as UserScenarioFileData;
const uncertain = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as UserScenarioFileData;

describe.runIf(!hasChromium && inCi)('the browser test in CI', () => {
  it('finds Chromium at /usr/bin/chromium', () => {
    expect.fail(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium) so that the report is tested in a browser`);
  });
});

describe.skipIf(!hasChromium)('the report and the library in headless Chromium', { timeout: 120_000 }, () => {
  let context: BrowserContext;
  let workDir: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'email-npv-browser-'));
    // A fresh profile of our own: nothing from another run or user can leak in.
    context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1366, height: 768 },
    });
  }, 60_000); // Chromium may take a while to start while the rest of the suite loads both cores.

  afterAll(async () => {
    await context?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** A new page that records console errors, uncaught errors and every request it makes. */
  async function watchedPage(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    return { page, errors, requests };
  }

  /** What the page drew: per chart its kind, the number of series and its rendered size. */
  const chartsOf = (page: Page) =>
    page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const paths = Array.from(svg.querySelectorAll('path.series'), (p) => p.getAttribute('d') ?? '');
        return {
          kind: svg.getAttribute('data-chart'),
          series: svg.querySelectorAll('.series').length,
          width: Math.round(box.width),
          height: Math.round(box.height),
          emptyOrNaN: paths.filter((d) => d === '' || /NaN|Infinity/.test(d)).length,
          labelledBy: (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? null),
        };
      }),
    );

  it('opens the article report offline: every chart drawn, the comparison tables there, no console error', async () => {
    const file = join(workDir, 'report.html');
    writeFileSync(file, renderReport(buildReport(article)));
    const { page, errors, requests } = await watchedPage();
    await page.goto(pathToFileURL(file).href);

    const charts = await chartsOf(page);
    expect(charts.map(({ kind, series, emptyOrNaN }) => ({ kind, series, emptyOrNaN }))).toEqual([
      { kind: 'npv', series: 6, emptyOrNaN: 0 },
      { kind: 'subscribers', series: 6, emptyOrNaN: 0 },
    ]);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.height).toBeGreaterThan(150);
      expect(chart.labelledBy.every((text) => text !== null && text.length > 0)).toBe(true);
    }
    const winners = await page.$$eval('table.comparison', (tables) => tables.map((t) => t.querySelector('tr.winner th')?.textContent));
    expect(winners).toEqual(['H2 ★', 'H2+H4 ★', 'H2+H4 ★']);
    // Laid out for a laptop: the page is no wider than the 1366 px window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.$$eval('nav', (navs) => navs.map((n) => getComputedStyle(n).display))).toEqual(['none']);
    await page.close();
  });

  it('draws the optional sections’ tornado and fan charts', async () => {
    const band = Array.from({ length: 61 }, (_, m) => ({ month: m, p5: -17000 + 1000 * m, p50: -17000 + 2000 * m, p95: -17000 + 3000 * m }));
    const sections: ReportSectionData[] = [
      {
        kind: 'sensitivity',
        scenario: 'baseline',
        base: 97797,
        bars: [
          { label: 'openRate', low: 80000, high: 115000 },
          { label: 'churnPerEmail', low: 104000, high: 91000 },
        ],
      },
      { kind: 'monteCarlo', scenario: 'H2', runs: 1000, band, percentiles: [{ years: 5, p5: 43000, p50: 103000, p95: 163000 }] },
    ];
    const { page, errors } = await watchedPage();
    await page.setContent(renderReport(buildReport(article), { sections }));
    const charts = await chartsOf(page);
    expect(charts.map(({ kind, series, emptyOrNaN }) => ({ kind, series, emptyOrNaN }))).toEqual([
      { kind: 'npv', series: 6, emptyOrNaN: 0 },
      { kind: 'subscribers', series: 6, emptyOrNaN: 0 },
      { kind: 'tornado', series: 4, emptyOrNaN: 0 },
      { kind: 'fan', series: 2, emptyOrNaN: 0 },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the report of the uncertain example: its tornado and Monte Carlo fans drawn from the analyses, no console error', async () => {
    const file = join(workDir, 'uncertain.html');
    writeFileSync(file, renderReport(buildReport(uncertain)));
    const { page, errors, requests } = await watchedPage();
    await page.goto(pathToFileURL(file).href);
    const charts = await chartsOf(page);
    expect(charts.map(({ kind, series, emptyOrNaN }) => ({ kind, emptyOrNaN, drawn: series > 0 }))).toEqual(
      ['npv', 'subscribers', 'tornado', 'fan', 'fan'].map((kind) => ({ kind, emptyOrNaN: 0, drawn: true })),
    );
    for (const chart of charts) expect(chart.width).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-uncertain.png'), fullPage: true });
    await page.close();
  });

  it('computes in the browser, from the package’s ESM build, the same forecasts and charts as Node', async () => {
    const dist = resolve('dist/index.js');
    expect(existsSync(dist), 'dist/index.js is missing: build the package first (npm run build)').toBe(true);
    // Bare imports (decimal.js, zod, date-fns, d3-*) do not resolve in a browser: bundle the build for it.
    const bundle = join(workDir, 'email-npv.browser.js');
    await build({ entryPoints: [dist], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', outfile: bundle, logLevel: 'silent' });
    // The page loads the bundle as an ES module and hands it to the test as window.emailNpv.
    const page =
      '<!doctype html><meta charset="utf-8"><title>email-npv</title><script type="module">import * as lib from "/email-npv.js"; window.emailNpv = lib;</script>';
    const server: Server = createServer((request, response) => {
      const isBundle = request.url === '/email-npv.js';
      response.writeHead(200, { 'content-type': isBundle ? 'text/javascript' : 'text/html' }).end(isBundle ? readFileSync(bundle) : page);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const watched = await watchedPage();
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      type Library = typeof import('../../src/index');
      const node = (await import(pathToFileURL(dist).href)) as Library;
      const inputs = node.resolveHypotheses(node.parseScenarioFile(article)).map((s) => s.input);
      const series = [{ name: 'baseline <&>', values: [-17000, -9000.5, 1200.25, 9400] }];
      const expected = {
        npvs: inputs.map((input) => node.forecast(input, { years: 5 }).npv.toString()),
        chart: node.npvChart(series, { firstMonth: 0, currency: 'EUR', locale: 'de-DE' }),
      };

      await watched.page.goto(`${origin}/`);
      await watched.page.waitForFunction(() => 'emailNpv' in window);
      const inBrowser = await watched.page.evaluate(
        ({ inputs, series }) => {
          const lib = (window as unknown as { emailNpv: Library }).emailNpv;
          return {
            npvs: inputs.map((input) => lib.forecast(input, { years: 5 }).npv.toString()),
            chart: lib.npvChart(series, { firstMonth: 0, currency: 'EUR', locale: 'de-DE' }),
          };
        },
        { inputs, series },
      );
      expect(inBrowser.npvs).toEqual(expected.npvs);
      expect(Math.round(Number(inBrowser.npvs[0]))).toBe(97797); // the article's published baseline at 5 years
      expect(inBrowser.npvs[0]!.length).toBeGreaterThan(30); // exact decimals, not a float's 17 digits
      expect(inBrowser.chart).toBe(expected.chart);
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.page.close();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});
