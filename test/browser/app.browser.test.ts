import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, requireChromium, hasChromium, watchedPage } from './support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { formatMoney } from '../../src/render/formatMoney';
import type { ScenarioFileData } from '../../src/scenarios/scenarioFile';
// @ts-expect-error — a plain .mjs script, without types
import { buildApp } from '../../scripts/build-app.mjs';

// The page (app/) built with Vite's JS API, run in a real headless Chromium (Debian's `chromium`): the static site
// served over http and the single file opened from file://. Node's library is the oracle of every number.
// Skipped where /usr/bin/chromium is missing, except in CI (process.env.CI), where it must run.
const ARTIFACTS = resolve('test-artifacts');
requireChromium('app.browser.test');

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as ScenarioFileData;

/** Node's NPVs of a file as the page shows them: per horizon, scenario → NPV in dollars and cents. */
function nodeNpvs(file: ScenarioFileData): Record<string, string>[] {
  return compareScenarios(file).horizons.map((h) => Object.fromEntries(h.results.map((r) => [r.name, formatMoney(r.npv)])));
}

describe.skipIf(!hasChromium)('the page in headless Chromium', { timeout: 60_000 }, () => {
  let context: BrowserContext;
  let workDir: string;
  let server: Server;
  let origin: string;
  let singleFileUrl: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'email-npv-app-'));
    const { site, singleFile } = (await buildApp(join(workDir, 'dist-app'))) as { site: string; singleFile: string };
    singleFileUrl = pathToFileURL(singleFile).href;
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
    server = createServer((request, response) => {
      const path = normalize(join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
      const file = path.endsWith('/') ? join(path, 'index.html') : path;
      if (!file.startsWith(site) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await launchChromium(join(workDir, 'profile'), { width: 1366, height: 900 });
  }, 120_000); // two Vite builds and Chromium's start

  afterAll(async () => {
    await context?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** The NPVs the page shows: per horizon table, scenario → NPV text. */
  const pageNpvs = (page: Page) =>
    page.$$eval('table.comparison', (tables) =>
      tables.map((t) =>
        Object.fromEntries(Array.from(t.querySelectorAll('tbody tr'), (tr) => [tr.getAttribute('data-scenario'), tr.querySelector('td.npv')?.textContent])),
      ),
    );
  const baselineField = (page: Page, label: string) =>
    page.locator('section[aria-labelledby="baseline-title"]').getByRole('textbox', { name: label, exact: true });

  it('opens with the article: the same NPVs as Node; an edited open rate gives Node’s NPVs of the edited file; the link keeps it all', async () => {
    const { page, errors, requests } = await watchedPage(context);
    await page.goto(`${origin}/`);
    await page.waitForSelector('table.comparison');
    expect(await pageNpvs(page)).toEqual(nodeNpvs(article));
    const winners = await page.$$eval('table.comparison tr.winner', (rows) => rows.map((r) => r.getAttribute('data-scenario')));
    expect(winners).toEqual(compareScenarios(article).horizons.map((h) => h.winner));

    // Every control has a name a screen reader reads: a <label>, aria-label or its text.
    const unnamed = await page.$$eval('input, select, textarea, button', (controls) =>
      controls
        .filter((c) => !(c as HTMLInputElement).hidden)
        .filter((c) => !((c as HTMLInputElement).labels?.length || c.getAttribute('aria-label') || (c.tagName === 'BUTTON' && c.textContent?.trim())))
        .map((c) => c.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);

    const before = await page.$eval('table.comparison td.npv', (td) => td.textContent);
    await baselineField(page, 'Open rate (OR)').fill('45');
    const edited = { ...article, baseline: { ...article.baseline, openRate: 0.45 } };
    await expect.poll(() => pageNpvs(page)).toEqual(nodeNpvs(edited));
    expect(await page.$eval('table.comparison td.npv', (td) => td.textContent)).not.toBe(before);
    const updateMs = Number(await page.getAttribute('section.results', 'data-update-ms'));
    expect(updateMs).toBeGreaterThan(0);
    console.info(`app.browser.test: first edit (cold), input → results in the DOM: ${updateMs.toFixed(1)} ms (article, six scenarios)`);

    // An invalid value: the schema's message beside the field, the last valid results kept and marked stale.
    await baselineField(page, 'Open rate (OR)').fill('140');
    await expect.poll(() => page.locator('section[aria-labelledby="baseline-title"] .error').first().textContent()).toMatch(/must be a fraction from 0 to 1/);
    expect(await page.getAttribute('section.results', 'class')).toMatch(/stale/);
    expect(await pageNpvs(page)).toEqual(nodeNpvs(edited));
    await baselineField(page, 'Open rate (OR)').fill('45');
    await expect.poll(() => page.getAttribute('section.results', 'class')).not.toMatch(/stale/);

    // The state is in the link: a new page opened on it shows the same inputs and numbers.
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toMatch(/^#s1=/);
    await page.waitForTimeout(400); // the URL is written 250 ms after the last change
    const link = page.url();
    const again = await watchedPage(context);
    await again.page.goto(link);
    await again.page.waitForSelector('table.comparison');
    expect(await baselineField(again.page, 'Open rate (OR)').inputValue()).toBe('45');
    expect(await pageNpvs(again.page)).toEqual(nodeNpvs(edited));

    for (const watched of [{ errors, requests }, again]) {
      expect(watched.errors).toEqual([]);
      expect(watched.requests.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    }
    await again.page.close();
    await page.close();
  });

  it('runs Monte Carlo in the site’s worker, which is the page’s own script (a module worker of the same file)', async () => {
    const { page, errors, requests } = await watchedPage(context, { requestsOf: 'context' });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${origin}/`);
    await page.waitForSelector('table.comparison');
    await page.click('#tab-monteCarlo');
    await page.getByRole('spinbutton', { name: 'Draws' }).fill('300');
    await page.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await expect.poll(() => page.locator('[role=tabpanel]').textContent(), { timeout: 30_000 }).toMatch(/Done: 300 draws/);
    const entry = await page.$$eval('script[type=module]', (scripts) => scripts.map((s) => (s as HTMLScriptElement).src));
    expect(workers).toEqual(entry);
    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    await page.close();
  });

  it('never runs script from a loaded file’s names, saves and exports it, and lists a bad file’s problems as the CLI words them', async () => {
    const { page, errors, requests } = await watchedPage(context);
    await page.goto(`${origin}/`);
    await page.waitForSelector('table.comparison');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { H1, ...others } = article.hypotheses;
    const file = { ...article, name: `<script>window.__pwned=2</script>`, hypotheses: { [hostile]: H1, ...others } };
    const picker = page.locator('input[type=file]');
    await picker.setInputFiles({ name: `${hostile}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe(`${hostile}.json`);
    expect(await page.$$eval(`tr[data-scenario]`, (rows) => rows.some((r) => r.querySelector('th')?.textContent?.startsWith('<img')))).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(file.name);
    expect(await pageNpvs(page)).toEqual(nodeNpvs(file as ScenarioFileData));
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.$$('img')).toHaveLength(0);

    // Saved as JSON: the file as loaded; exported as the library's HTML report, names escaped there too.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as JSON' }).click()]);
    expect(saved.suggestedFilename()).toBe('-img src=x onerror=-window.__pwned=1-.json');
    expect(JSON.parse(readFileSync(await saved.path(), 'utf8'))).toEqual(file);
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the HTML report' }).click()]);
    const html = readFileSync(await report.path(), 'utf8');
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).not.toContain(hostile);
    const fiveYears = compareScenarios(file as ScenarioFileData).horizons[2]!.results.find((r) => r.name === 'H2+H4')!;
    expect(html).toContain(formatMoney(fiveYears.npv, { fractionDigits: 0 })); // the report's 5-year NPV, in whole dollars

    await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ "baseline": { "openRate": 2 }, "hypotheses": {} }') });
    const problems = page.locator('.file-bar .problems');
    await expect.poll(() => problems.textContent()).toContain('baseline.openRate: must be a fraction from 0 to 1');
    expect(await problems.textContent()).toContain('in bad.json:');
    expect(await page.getByTestId('file-name').textContent()).toBe(`${hostile}.json`);
    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    await page.close();
  });

  it('says so when a link is damaged, and opens the article; opens a dropped file with segments', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${origin}/#s1=AAAAnot-a-state`);
    await page.waitForSelector('table.comparison');
    expect(await page.locator('.notice').textContent()).toMatch(/could not be opened.*damaged/);
    expect(await pageNpvs(page)).toEqual(nodeNpvs(article));

    // A file dropped on the page opens: the segmented example, its segments and retention shown, Node's NPVs.
    const segmentsText = readFileSync('examples/segments.json', 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'segments.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, segmentsText);
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('segments.json');
    expect(await pageNpvs(page)).toEqual(nodeNpvs(JSON.parse(segmentsText) as ScenarioFileData));
    const audience = page.locator('fieldset.group', { hasText: 'The audience' });
    expect(await audience.getByRole('textbox', { name: 'Share of the list · engaged' }).inputValue()).toBe('25');
    expect(await audience.getByRole('textbox', { name: 'Retention α (sBG)' }).inputValue()).toBe('0.06');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works offline as one file from file://, fits 390 px without sideways scroll (tables too), runs Monte Carlo in its blob worker; screenshots at 1366 and 390 px', async () => {
    const { page, errors, requests } = await watchedPage(context);
    await page.goto(singleFileUrl);
    await page.waitForSelector('table.comparison');
    expect(await pageNpvs(page)).toEqual(nodeNpvs(article));
    // The article as the page opens it: the README's screenshots.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'app-1366.png') });
    await page.$eval('.charts', (charts) => charts.scrollIntoView({ block: 'start' })); // the results column scrolls on its own
    await page.screenshot({ path: join(ARTIFACTS, 'app-1366-charts.png') });
    await baselineField(page, 'Open rate (OR)').fill('45');
    await expect.poll(() => pageNpvs(page)).toEqual(nodeNpvs({ ...article, baseline: { ...article.baseline, openRate: 0.45 } }));
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      scrollTo(0, 0);
    });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Each comparison table fits its box at 390 px (a wider one would scroll inside it, never the page).
    const overflow = await page.$$eval('.tables .table-box', (boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth));
    expect(overflow).toEqual([0, 0, 0]);
    await page.screenshot({ path: join(ARTIFACTS, 'app-390.png'), fullPage: true });
    // Its worker is a classic worker made from a blob of its own inline script.
    await page.click('#tab-monteCarlo');
    await page.getByRole('spinbutton', { name: 'Draws' }).fill('300');
    await page.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await expect.poll(() => page.locator('[role=tabpanel]').textContent(), { timeout: 30_000 }).toMatch(/Done: 300 draws/);
    expect(errors).toEqual([]);
    expect(requests.every((url) => url === singleFileUrl || url.startsWith(`${singleFileUrl}#`) || url.startsWith('blob:null/'))).toBe(true);
    await page.close();
  });
});
