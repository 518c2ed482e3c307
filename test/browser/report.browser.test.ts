import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, requireChromium, hasChromium, watchedPage } from './support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { renderReport } from '../../src/render/report/renderReport';
import type { ReportSectionData } from '../../src/render/report/reportSection';
import type { UserScenarioFileData } from '../../src/report/userScenarioFile';

// Runs the report and the package's ESM build in a real headless Chromium (Debian's `chromium`).
// Skipped where /usr/bin/chromium is missing, except in CI (process.env.CI), where it must run.
const ROOT = resolve('.');
const ARTIFACTS = resolve('test-artifacts');
requireChromium('report.browser.test');

type Json = Record<string, unknown>;
const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as UserScenarioFileData;
const uncertain = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as UserScenarioFileData & {
  baseline: Json;
  hypotheses: Record<string, Json>;
};

/** The `note` of every distribution of a file, baseline and hypotheses. */
const notesOf = (file: { baseline: Json; hypotheses: Record<string, Json> }) =>
  [file.baseline, ...Object.values(file.hypotheses)].flatMap((scenario) =>
    Object.values(scenario).flatMap((value) => (typeof value === 'object' && value !== null && 'note' in value ? [String(value.note)] : [])),
  );

/**
 * The labels of the uncertain example's tornado inputs (`report.sensitivity.fields`), written out by hand from the
 * field metadata's wording, not computed by the code under test.
 */
const TORNADO_LABELS = [
  'Open rate (OR)',
  'Click rate',
  'Conversion rate (CR)',
  'Average order value (AOV)',
  'Emails per month (e)',
  'Churn per email (DR)',
  'Churn per month (c)',
  'New subscribers in month 1 (Pn)',
  'Growth of new subscribers (g)',
  'Budget (B)',
  'Discount rate (r)',
];

// ---- The import map a user (or a CDN) gives the browser for the package's bare imports -------------------------

/** The conditions a browser's ES module loader stands for, in the order `exports` objects are read. */
const CONDITIONS = new Set(['browser', 'import', 'module', 'default']);

/** The target of an `exports` entry under the browser's conditions (first matching key, in the object's order). */
function conditionalTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map(conditionalTarget).find((t) => t !== undefined);
  if (target !== null && typeof target === 'object') {
    for (const [key, value] of Object.entries(target)) {
      if (!CONDITIONS.has(key)) continue;
      const found = conditionalTarget(value);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The file a package's `exports` (or, without them, its `module`/`main`) gives a subpath (`.` or `./x`), relative to the package. */
function packageTarget(manifest: Json, subpath: string): string | undefined {
  const { exports } = manifest;
  if (exports === undefined) {
    if (subpath !== '.') return extname(subpath) === '' ? `${subpath}.js` : subpath;
    return String(manifest.module ?? manifest.main ?? 'index.js');
  }
  const map =
    typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'))
      ? (exports as Json)
      : { '.': exports };
  if (Object.hasOwn(map, subpath)) return conditionalTarget(map[subpath]);
  const pattern = Object.keys(map)
    .filter((key) => key.includes('*') && subpath.startsWith(key.slice(0, key.indexOf('*'))) && subpath.endsWith(key.slice(key.indexOf('*') + 1)))
    .sort((a, b) => b.indexOf('*') - a.indexOf('*'))[0];
  if (pattern === undefined) return undefined;
  const star = subpath.slice(pattern.indexOf('*'), subpath.length - (pattern.length - pattern.indexOf('*') - 1));
  return conditionalTarget(map[pattern])?.replaceAll('*', star);
}

/** The bare specifiers and relative paths a module's source imports (static `import`/`export … from`, and `import('…')`). */
function importsOf(source: string): string[] {
  const found = [
    ...source.matchAll(/(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"'\n]+)["']/g),
    ...source.matchAll(/\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g),
  ];
  return [...new Set(found.map((m) => m[1]!))];
}

/** Resolves a bare specifier from a file as a browser with the import map will: the package (found up the tree) and its exports. */
function resolveBare(specifier: string, fromFile: string): string | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const subpath = `.${specifier.slice(name.length)}`;
  for (let dir = dirname(fromFile); dir.startsWith(ROOT); dir = dirname(dir)) {
    const packageDir = join(dir, 'node_modules', name);
    if (!existsSync(join(packageDir, 'package.json'))) continue;
    const target = packageTarget(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Json, subpath);
    return target === undefined ? undefined : resolve(packageDir, target);
  }
  return undefined;
}

/**
 * The import map that lets a browser load `entry` natively: every bare specifier `entry` imports, and those the
 * packages' own ESM files import in turn, mapped to the file the package's `exports` give the `import` condition.
 * Also the files it reaches, and the bare imports found in sources that resolve to nothing (e.g. in a comment).
 */
function importMapOf(entry: string): { imports: Record<string, string>; files: string[]; unresolved: string[] } {
  const imports: Record<string, string> = {};
  const unresolved: string[] = [];
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (/^[a-z]+:/i.test(specifier)) continue;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = resolve(dirname(file), specifier);
        if (existsSync(target) && statSync(target).isFile()) queue.push(target);
        continue;
      }
      const target = resolveBare(specifier, file);
      if (target === undefined || !existsSync(target)) {
        unresolved.push(`${specifier} (from ${relative(ROOT, file)})`);
        continue;
      }
      const url = `/${relative(ROOT, target).split(sep).join('/')}`;
      if (imports[specifier] !== undefined && imports[specifier] !== url)
        throw new Error(`${specifier} resolves to two files (${imports[specifier]}, ${url}): the map would need scopes`);
      imports[specifier] = url;
      queue.push(target);
    }
  }
  return { imports, files: [...seen].map((f) => relative(ROOT, f)), unresolved };
}

describe.skipIf(!hasChromium)('the report and the library in headless Chromium', { timeout: 120_000 }, () => {
  let context: BrowserContext;
  let workDir: string;
  const reports: Record<'article' | 'uncertain', string> = { article: '', uncertain: '' };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'email-npv-browser-'));
    for (const [name, file] of [
      ['article', article],
      ['uncertain', uncertain],
    ] as const) {
      reports[name] = join(workDir, `${name}.html`);
      writeFileSync(reports[name], renderReport(buildReport(file)));
    }
    // A fresh profile of our own: nothing from another run or user can leak in.
    context = await launchChromium(join(workDir, 'profile'), { width: 1366, height: 768 });
  }, 60_000); // Chromium may take a while to start while the rest of the suite loads both cores.

  afterAll(async () => {
    await context?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** What the page shows of its charts (each is drawn for wide and narrow screens; the one hidden is left out): kind, series, size. */
  const chartsOf = (page: Page) =>
    page.$$eval('svg.chart', (svgs) =>
      svgs
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
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
    const file = reports.article;
    const { page, errors, requests } = await watchedPage(context, { width: 1366 });
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
    // H1, H2 and H4 all send 3 emails a month, H3 and H2+H4 4, with the same churn: their subscribers are the same,
    // and the legend says which lines coincide.
    const legend = await page.$$eval('svg.chart[data-chart="subscribers"]', (svgs) =>
      Array.from(svgs.find((svg) => svg.getBoundingClientRect().width > 0)!.querySelectorAll('.legend-item text'), (t) => t.textContent),
    );
    expect(legend).toEqual(['baseline', 'H1', 'H2 (= H1)', 'H3', 'H4 (= H1)', 'H2+H4 (= H3)']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.$$eval('nav', (navs) => navs.map((n) => getComputedStyle(n).display))).toEqual(['none']);
    // In print, the wide drawing of each chart.
    expect(await page.$$eval('.chart-narrow', (boxes) => boxes.map((b) => getComputedStyle(b).display))).toEqual(['none', 'none']);
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
    const { page, errors } = await watchedPage(context, { width: 1366 });
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

  it('opens the report of the uncertain example: its tornado and Monte Carlo fans drawn from the analyses, the reasons of its uncertain inputs shown', async () => {
    const file = reports.uncertain;
    const { page, errors, requests } = await watchedPage(context, { width: 1366 });
    await page.goto(pathToFileURL(file).href);
    const charts = await chartsOf(page);
    expect(charts.map(({ kind, series, emptyOrNaN }) => ({ kind, emptyOrNaN, drawn: series > 0 }))).toEqual(
      ['npv', 'subscribers', 'tornado', 'fan', 'fan'].map((kind) => ({ kind, emptyOrNaN: 0, drawn: true })),
    );
    for (const chart of charts) expect(chart.width).toBeGreaterThan(300);
    const text = await page.evaluate(() => document.body.innerText);
    const notes = notesOf(uncertain);
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(text).toContain(note);
    // Uncertain inputs are marked in the inputs table: the open rate (beta) is, the emails per month (a number) is not.
    const values = await page.$$eval('table.inputs tbody tr', (rows) =>
      Object.fromEntries((rows as HTMLTableRowElement[]).map((r) => [r.cells[0]!.textContent, r.cells[1]!.textContent])),
    );
    expect(values['Open rate (OR)']).toBe('~ 40%');
    expect(values['Emails per month (e)']).toBe('2');
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-uncertain.png'), fullPage: true });
    await page.close();
  });

  /** What a page's layout does that a reader would see: page width, chart text sizes and overflows, tables and their boxes, words broken. */
  const layoutOf = (page: Page) =>
    page.evaluate(() => {
      const visible = (el: Element) => el.getBoundingClientRect().width > 0;
      const texts = Array.from(document.querySelectorAll('svg.chart text'))
        .filter(visible)
        .map((t) => {
          const svg = t.closest('svg')!.getBoundingClientRect();
          const box = t.getBoundingClientRect();
          const ctm = (t as SVGTextElement).getScreenCTM()!;
          return {
            text: t.textContent ?? '',
            px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b),
            outside: box.left < svg.left - 1 || box.right > svg.right + 1 || box.top < svg.top - 1 || box.bottom > svg.bottom + 1,
          };
        });
      const tables = Array.from(document.querySelectorAll('table')).map((table) => {
        const box = table.parentElement!;
        return {
          caption: table.caption?.textContent ?? table.className,
          inScrollBox: box.classList.contains('table-scroll') && getComputedStyle(box).overflowX === 'auto',
          named: box.getAttribute('role') === 'region' && box.getAttribute('tabindex') === '0' && (box.getAttribute('aria-label') ?? '') !== '',
          boxInsidePage: box.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5,
          scrolls: table.scrollWidth > box.clientWidth,
        };
      });
      // A word of a name (row headers, headings) on two lines is a word broken mid-word.
      const broken: string[] = [];
      for (const el of Array.from(document.querySelectorAll('th, h1, h2, h3, caption, figcaption, li, p'))) {
        const node = el.firstChild;
        if (node === null || node.nodeType !== Node.TEXT_NODE || !visible(el)) continue;
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s-]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, texts, tables, broken };
    });

  for (const width of [390, 1366]) {
    for (const name of ['article', 'uncertain'] as const) {
      it(`lays out the ${name} report at ${width} px: no sideways page scroll, chart text ≥ 10 px inside its chart, tables in their own scrolling boxes, no word broken`, async () => {
        const { page, errors } = await watchedPage(context, { width });
        await page.goto(pathToFileURL(reports[name]).href);
        const layout = await layoutOf(page);
        expect(layout.scrollWidth).toBeLessThanOrEqual(width);
        expect(layout.texts.length).toBeGreaterThan(30);
        const smallest = layout.texts.reduce((a, b) => (b.px < a.px ? b : a));
        expect(smallest.px, `smallest chart text: "${smallest.text}"`).toBeGreaterThanOrEqual(10);
        expect(layout.texts.filter((t) => t.outside).map((t) => t.text)).toEqual([]);
        expect(layout.texts.filter((t) => t.text.includes('…')).map((t) => t.text)).toEqual([]);
        for (const table of layout.tables) expect(table, table.caption).toMatchObject({ inScrollBox: true, named: true, boxInsidePage: true });
        expect(layout.broken).toEqual([]);
        if (name === 'uncertain') {
          // The tornado's labels are the inputs' labels from the field metadata, then their two values; none cut.
          const labels = await page.$$eval('svg.chart[data-chart="tornado"]', (svgs) =>
            Array.from(svgs.find((svg) => svg.getBoundingClientRect().width > 0)!.querySelectorAll('.bar-label'), (t) =>
              t.children.length === 0 ? (t.textContent ?? '') : Array.from(t.children, (s) => s.textContent).join(' '),
            ),
          );
          expect(labels).toHaveLength(TORNADO_LABELS.length);
          const named = labels.map((label) => TORNADO_LABELS.find((l) => label.startsWith(`${l} `)));
          expect(new Set(named)).toEqual(new Set(TORNADO_LABELS));
          for (const label of labels) expect(label).toMatch(/ [-\d.,$%]+\u00a0to\u00a0[-\d.,$%]+$/);
          mkdirSync(ARTIFACTS, { recursive: true });
          await page.screenshot({ path: join(ARTIFACTS, `report-${width}.png`), fullPage: true });
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('loads the package’s ESM build natively, as it is (an import map for its dependencies), and computes the same forecasts and charts as Node', async () => {
    const dist = resolve('dist/index.js');
    expect(existsSync(dist), 'dist/index.js is missing: build the package first (npx tsup)').toBe(true);
    // What a user's own import map (or a CDN) does: each bare specifier to the package's own ESM file.
    const map = importMapOf(dist);
    expect(Object.keys(map.imports).sort()).toEqual(
      expect.arrayContaining(['decimal.js', 'zod', 'date-fns/addMonths', 'pure-rand/generator/mersenne', 'pure-rand/distribution/uniformFloat64']),
    );
    // Every file the build reaches must be an ES module: a CommonJS one (`exports`, `module.exports`, `require`
    // with no import or export) cannot load in a browser as it is, and must be bundled into the build instead.
    const commonJs = map.files.filter((file) => {
      const source = readFileSync(file, 'utf8');
      const moduleStatement = /^\s*(?:import\s*[\w{*"']|export\s)/m.test(source);
      return !moduleStatement && /\b(?:module\.exports|exports\.\w+\s*=|Object\.defineProperty\(exports|require\()/.test(source);
    });
    expect(commonJs, `CommonJS files the build reaches (bundle their packages into dist/index.js: tsup noExternal): ${commonJs.join(', ')}`).toEqual([]);
    expect(map.unresolved).toEqual([]);
    const page = [
      '<!doctype html><meta charset="utf-8"><title>email-npv</title><link rel="icon" href="data:,">',
      `<script type="importmap">${JSON.stringify({ imports: map.imports })}</script>`,
      '<script type="module">import * as lib from "/dist/index.js"; window.emailNpv = lib;</script>',
    ].join('\n');
    const types: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };
    // The repository over HTTP, read-only: the page, then any file under it (the build and node_modules).
    const server: Server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      const file = resolve(ROOT, `.${path}`);
      if (!file.startsWith(ROOT + sep) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const watched = await watchedPage(context, { width: 1366 });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      type Library = typeof import('../../src/index');
      const node = (await import(pathToFileURL(dist).href)) as Library;
      const inputs = node.resolveHypotheses(node.parseScenarioFile(article)).map((s) => s.input);
      const series = [{ name: 'baseline <&>', values: [-17000, -9000.5, 1200.25, 9400] }];
      const expected = {
        npvs: inputs.map((input) => node.forecast(input, { years: 5 }).npv.toString()),
        chart: node.npvChart(series, { firstMonth: 0, currency: 'EUR', locale: 'de-DE' }),
        label: node.fieldPathLabel('segments.engaged.openRate'),
      };

      await watched.page.goto(`${origin}/`);
      await watched.page
        .waitForFunction(() => 'emailNpv' in window, undefined, { timeout: 30_000 })
        .catch((error: unknown) => {
          throw new Error(`the build did not load: ${watched.errors.join('; ') || String(error)}`);
        });
      const inBrowser = await watched.page.evaluate(
        ({ inputs, series }) => {
          const lib = (window as unknown as { emailNpv: Library }).emailNpv;
          return {
            npvs: inputs.map((input) => lib.forecast(input, { years: 5 }).npv.toString()),
            chart: lib.npvChart(series, { firstMonth: 0, currency: 'EUR', locale: 'de-DE' }),
            label: lib.fieldPathLabel('segments.engaged.openRate'),
          };
        },
        { inputs, series },
      );
      expect(inBrowser.npvs).toEqual(expected.npvs);
      expect(Math.round(Number(inBrowser.npvs[0]))).toBe(97797); // the article's published baseline at 5 years
      expect(inBrowser.npvs[0]!.length).toBeGreaterThan(30); // exact decimals, not a float's 17 digits
      expect(inBrowser.chart).toBe(expected.chart);
      expect(inBrowser.label).toBe('Open rate (OR), segment engaged');
      expect(inBrowser.label).toBe(expected.label);
      expect(watched.errors).toEqual([]);
      // Loaded as it is: the build itself, then the packages' own files, nothing bundled for the browser, nothing from elsewhere.
      const paths = watched.requests.map((url) => {
        expect(url.startsWith(`${origin}/`), url).toBe(true);
        return url.slice(origin.length);
      });
      expect(paths).toContain('/dist/index.js');
      for (const url of Object.values(map.imports)) expect(paths, url).toContain(url);
      expect(paths.filter((p) => p !== '/' && !p.startsWith('/dist/index.js') && !p.startsWith('/node_modules/'))).toEqual([]);
    } finally {
      await watched.page.close();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});
