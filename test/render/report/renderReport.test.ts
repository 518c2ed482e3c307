import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReport, type ReportOptions } from '../../../src/render/report/renderReport';
import { buildReport } from '../../../src/report/buildReport';
import type { ReportSectionData } from '../../../src/render/report/reportSection';
import { InputError } from '../../../src/errors/inputError';
import type { UserScenarioFileData } from '../../../src/report/userScenarioFile';
import { assertWellFormedXml, elements } from '../charts/support';

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as UserScenarioFileData;
/** The report of a file: its data built at the horizons asked for, then drawn with the other options. */
const report = (file: UserScenarioFileData, { horizonsYears, ...options }: ReportOptions & { horizonsYears?: readonly number[] } = {}) =>
  renderReport(buildReport(file, horizonsYears === undefined ? {} : { horizonsYears }), options);
const html = report(article);

/** The charts as drawn for wide screens (each chart is drawn twice, see chartFigure; `narrowSvgs` gives the phone drawings). */
const svgs = (page: string) => [...page.matchAll(/<div class="chart-wide">(<svg [\s\S]*?<\/svg>)<\/div>/g)].map((m) => m[1]!);
const narrowSvgs = (page: string) => [...page.matchAll(/<div class="chart-narrow">(<svg [\s\S]*?<\/svg>)<\/div>/g)].map((m) => m[1]!);
const tables = (page: string, className: string) => [...page.matchAll(new RegExp(`<table class="${className}">[\\s\\S]*?</table>`, 'g'))].map((m) => m[0]);
const rowOf = (table: string, name: string) =>
  [...table.matchAll(/<tr[^>]*>[\s\S]*?<\/tr>/g)].map((m) => m[0]).find((r) => r.includes(`<th scope="row">${name}`));
const cells = (row: string) => [...row.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]);

const small = {
  name: 'Small shop',
  baseline: { subscribers: 1000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 40, discountRateAnnual: 0.1 },
  hypotheses: { More: { emailsPerMonth: 3 } },
};

describe('renderReport', () => {
  it('is one self-contained HTML document: no script, no external resource, a policy that forbids both', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(new Set([...html.matchAll(/https?:\/\/[^\s"']+/g)].map((m) => m[0]))).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it('highlights the article’s winners: H2 at 1 year, H2+H4 at 3 and 5 years', () => {
    const comparison = tables(html, 'comparison');
    expect(comparison).toHaveLength(3);
    const winners = comparison.map((t) => [...t.matchAll(/<tr class="winner"><th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]));
    expect(winners).toEqual([['H2 ★'], ['H2+H4 ★'], ['H2+H4 ★']]);
    expect(comparison[0]).toContain('<caption>1 year (12 months) — winner: H2</caption>');
    expect(html).toContain('Over 1 year (12 months): <strong>H2</strong> wins with $13,498, $4,013 more than baseline.');
  });

  it('shows the NPVs the article published, to the dollar', () => {
    // Møller's table (README, "The article, reproduced"): baseline $9,485 / $48,253 / $97,797, H2+H4 $163,724 at 5 years.
    const [one, three, five] = tables(html, 'comparison');
    expect(cells(rowOf(one!, 'baseline')!)).toEqual(['baseline', '$9,485', '3', '$0']);
    expect(cells(rowOf(three!, 'baseline')!)[1]).toBe('$48,253');
    expect(cells(rowOf(five!, 'H2+H4')!)[1]).toBe('$163,724');
    expect(cells(rowOf(five!, 'H1')!)[3]).toBe('-$3,037');
  });

  it('draws the NPV and subscribers charts with one line per scenario, from month 0 for NPV', () => {
    const charts = svgs(html);
    expect(charts.map((svg) => elements(svg, 'svg')[0]!['data-chart'])).toEqual(['npv', 'subscribers']);
    // Each drawn again for phones, the same lines at 320 px.
    const narrow = narrowSvgs(html);
    expect(narrow.map((svg) => [elements(svg, 'svg')[0]!['data-chart'], elements(svg, 'svg')[0]!.width])).toEqual([
      ['npv', '320'],
      ['subscribers', '320'],
    ]);
    for (const svg of narrow) expect(elements(svg, 'path', 'series')).toHaveLength(6);
    expect(html.match(/<svg /g)).toHaveLength(4);
    for (const svg of charts) {
      assertWellFormedXml(svg);
      expect(elements(svg, 'path', 'series')).toHaveLength(6);
      expect(svg).not.toMatch(/NaN|Infinity/);
      expect(elements(svg, 'line', 'horizon').map((l) => l['data-month'])).toEqual(['12', '36', '60']);
    }
    // Chart ids are unique in the page, so aria-labelledby names the right title.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(charts[0]).toContain('<desc id="npv-chart-desc">');
    expect(charts[0]).toContain('H2+H4 $163,724');
  });

  it('lists every baseline input with its unit, defaults marked', () => {
    const [inputs] = tables(html, 'inputs');
    const rows = [...inputs!.matchAll(/<tbody>([\s\S]*)<\/tbody>/g)][0]![1]!.trim().split('\n');
    // The 22 fields of the README's model table (every field but `changes`).
    expect(rows).toHaveLength(22);
    expect(cells(rowOf(inputs!, 'Budget (B)')!)).toEqual(['Budget (B)', '$1,200.00', 'USD per month']);
    expect(cells(rowOf(inputs!, 'Open rate (OR)')!)).toEqual(['Open rate (OR)', '40%', 'of delivered emails']);
    expect(cells(rowOf(inputs!, 'Gross margin')!)).toEqual(['Gross margin', '100% (default)', 'of revenue']);
    expect(rowOf(inputs!, 'Churn per email (DR)')).toContain('title="0.004942156949411331"');
  });

  it('shows each hypothesis as its differences from the baseline, combinations resolved', () => {
    const diffs = tables(html, 'diff');
    expect(diffs).toHaveLength(5);
    const h2 = html.slice(html.indexOf('<h3>H2</h3>'));
    expect(cells(rowOf(h2, 'Emails per month (e)')!)).toEqual(['Emails per month (e)', '2', '3', 'emails per subscriber per month']);
    expect(cells(rowOf(h2, 'Budget (B)')!)).toEqual(['Budget (B)', '$1,200.00', '$1,800.00', 'USD per month']);
    const both = html.slice(html.indexOf('<h3>H2+H4</h3>'));
    expect(both).toContain('Combines H2 + H4, then sets its own values');
    const bothTable = tables(both, 'diff')[0]!;
    expect([...bothTable.matchAll(/<th scope="row">([^<]*)/g)].map((m) => m[1])).toEqual(['Emails per month (e)', 'Budget (B)', 'Investment (C)']);
    expect(cells(rowOf(bothTable, 'Emails per month (e)')!)[2]).toBe('4');
  });

  it('lists changes over time', () => {
    const page = report({
      ...small,
      baseline: { ...small.baseline, changes: [{ fromMonth: 13, set: { openRate: 0.35 } }] },
      hypotheses: { More: { changes: [{ fromMonth: 25, set: { emailsPerMonth: 4, budgetPerMonth: 100 } }] } },
    });
    expect(page).toContain('<li>From month 13: Open rate (OR) 35%</li>');
    expect(page).toContain('<li>From month 25: Emails per month (e) 4; Budget (B) $100.00</li>');
  });

  it('escapes every user-provided string', () => {
    const evil = '<script>alert("x")</script>';
    const page = report(
      {
        name: `${evil} & co`,
        baselineName: `base"line'`,
        baseline: small.baseline,
        hypotheses: { [evil]: { emailsPerMonth: 3 }, [`"><img src=x onerror=alert(1)>`]: { openRate: 0.5 } },
      },
      { title: `</title>${evil}` },
    );
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>');
    expect(page).toContain('<h3>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h3>');
    expect(page).toContain('base&quot;line&#39;');
    for (const svg of svgs(page)) assertWellFormedXml(svg);
  });

  it('uses the currency, locale and horizons asked for, and shows published values beside the model', () => {
    const published = new Map([['baseline', new Map([[1, 9485]])]]);
    const page = report(article, { currency: 'EUR', locale: 'de-DE', horizonsYears: [2], published });
    expect(tables(page, 'comparison')).toHaveLength(1);
    expect(page).toContain('<caption>2 years (24 months) — winner:');
    expect(page).toContain('<th scope="col" class="num">published</th>');
    expect(page).toMatch(/<td class="num" title="1200">1\.200,00\u00a0€<\/td>/);
    expect(elements(svgs(page)[0]!, 'line', 'horizon').map((l) => l['data-month'])).toEqual(['24']);
  });

  it('adds the optional sections in order, each in one call, with their charts and tables', () => {
    const band = Array.from({ length: 61 }, (_, m) => ({ month: m, p5: -17000 + 1000 * m, p50: -17000 + 2000 * m, p95: -17000 + 3000 * m }));
    const sections: ReportSectionData[] = [
      {
        kind: 'sensitivity',
        scenario: 'baseline',
        horizonYears: 5,
        base: 97797,
        bars: [
          { label: 'openRate', low: 80000, high: 115000 },
          { label: 'churnPerEmail', low: 104000, high: 91000 },
        ],
      },
      {
        kind: 'monteCarlo',
        scenario: 'H2',
        runs: 10000,
        seed: 7,
        band,
        percentiles: [
          { years: 1, p5: -5000, p50: 7000, p95: 19000, probabilityNegative: 0.123 },
          { years: 5, p5: 43000, p50: 103000, p95: 163000 },
        ],
      },
    ];
    const page = report(article, { sections });
    expect(svgs(page).map((svg) => elements(svg, 'svg')[0]!['data-chart'])).toEqual(['npv', 'subscribers', 'tornado', 'fan']);
    expect(page).toContain(
      '<nav aria-label="Contents"><a href="#comparison">Which strategy is worth most</a><a href="#charts">Over time</a><a href="#section-1">Sensitivity of baseline</a><a href="#section-2">Monte Carlo: H2</a><a href="#inputs">Inputs</a></nav>',
    );
    const [sensitivity] = tables(page, 'sensitivity');
    expect(cells(rowOf(sensitivity!, 'openRate')!)).toEqual(['openRate', '$80,000', '$115,000', '$35,000']);
    const [percentiles] = tables(page, 'percentiles');
    expect(cells(rowOf(percentiles!, '1 year')!)).toEqual(['1 year', '-$5,000', '$7,000', '$19,000', '12.3%']);
    expect(cells(rowOf(percentiles!, '5 years')!)[4]).toBe('—');
    expect(page).toContain('10,000 runs of H2 (seed 7)');
  });

  it('reports bad sections, options and files as field: rule problems', () => {
    const bad = (options: object) => () => report(article, options);
    expect(bad({ sections: [{ kind: 'sensitivity', scenario: 'baseline', base: 1, bars: [{ label: 'x', low: Number.NaN, high: 1 }] }] })).toThrow(
      'sections[0].bars[0].low: must be a finite number',
    );
    expect(bad({ sections: [{ kind: 'oracle' }] })).toThrow('sections[0].kind:');
    expect(bad({ sections: [{ kind: 'monteCarlo', scenario: 'H2', runs: 0, band: [], percentiles: [] }] })).toThrow('sections[0].runs: must be 1 or more');
    expect(bad({ currency: 'dollars' })).toThrow('currency: "dollars" with locale "en-US" is not a currency format Intl knows');
    expect(bad({ horizonsYears: [0] })).toThrow('horizonsYears[0]: must be more than 0 years');
    expect(() => report({ ...small, hypotheses: { More: { openRate: 2 } } })).toThrow(InputError);
  });

  it('gives the same document for the same file, and leaves the file as it was', () => {
    const copy = structuredClone(article);
    expect(report(copy)).toBe(html);
    expect(copy).toEqual(article);
  });

  it('shows a segmented file’s contributions, its segments’ subscribers and its segment inputs, well formed, nothing non-finite', () => {
    const segmented = JSON.parse(readFileSync('examples/segments.json', 'utf8')) as UserScenarioFileData;
    const page = report(segmented);
    const ids = [...page.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['comparison', 'charts', 'segments', 'inputs']);
    expect(page).toContain('<a href="#segments">What each segment contributes</a>');
    expect(svgs(page)).toHaveLength(3);
    for (const svg of svgs(page)) assertWellFormedXml(svg);
    expect(tables(page, 'contributions')).toHaveLength(3);
    // The comparison tables keep their four columns: the contributions have their own section.
    expect(cells(rowOf(tables(page, 'comparison')[0]!, 'baseline')!)).toHaveLength(4);
    expect(tables(page, 'inputs segments')).toHaveLength(1);
    expect(tables(page, 'inputs retention')).toHaveLength(1);
    expect(page).not.toMatch(/NaN|Infinity|undefined/);
  });
});
