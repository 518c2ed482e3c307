import { describe, expect, it } from 'vitest';
import { monteCarloSection, type MonteCarloSectionData } from '../../../src/render/report/monteCarloSection';
import { renderReportSection } from '../../../src/render/report/reportSection';

const format = { currency: 'USD', locale: 'en-US' };
const band = [12, 24, 36].map((month) => ({ month, p5: month * 100, p50: month * 200, p95: month * 300 }));
const section: MonteCarloSectionData = {
  kind: 'monteCarlo',
  scenario: 'H2+H4',
  baseline: 'today <&>',
  runs: 2000,
  band,
  percentiles: [
    { years: 1, p5: -100, p50: 200, p95: 500, probabilityNegative: 0.25, probabilityBeatsBaseline: 0.125 },
    { years: 3, p5: 100, p50: 400, p95: 900 },
  ],
};
const headerOf = (html: string) => [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map((m) => [...m[0].matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => c[1]));

describe('monteCarloSection', () => {
  it('shows the chance to beat the baseline, named, beside the chance of a loss', () => {
    const html = monteCarloSection(section, 'mc', format);
    expect(headerOf(html)).toEqual(['horizon', 'P5', 'P50 (median)', 'P95', 'chance of a loss', 'chance to beat today &lt;&amp;&gt;']);
    expect(rowsOf(html)).toEqual([
      ['1 year', '-$100', '$200', '$500', '25%', '12.5%'],
      ['3 years', '$100', '$400', '$900', '—', '—'],
    ]);
  });

  it('leaves the column out when no horizon gives the chance, and calls the baseline so when it is not named', () => {
    const withoutBeats = { ...section, percentiles: section.percentiles.map(({ probabilityBeatsBaseline: _p, ...rest }) => rest) };
    expect(headerOf(monteCarloSection(withoutBeats, 'mc', format))).toEqual(['horizon', 'P5', 'P50 (median)', 'P95', 'chance of a loss']);
    const unnamed = { ...section, baseline: undefined };
    expect(headerOf(monteCarloSection(unnamed, 'mc', format)).at(-1)).toBe('chance to beat the baseline');
  });

  it('is checked by the report: a chance outside 0 to 1 is a problem at its place', () => {
    const bad = { ...section, percentiles: [{ ...section.percentiles[0]!, probabilityBeatsBaseline: 1.5 }] };
    expect(() => renderReportSection(bad, 2, format)).toThrow('sections[2].percentiles[0].probabilityBeatsBaseline: must be from 0 to 1');
  });
});
