import { describe, expect, it } from 'vitest';
import { renderReportSection, type ReportSectionData } from '../../../src/render/report/reportSection';
import { inputErrorOf } from '../../model/support';

const format = { currency: 'USD', locale: 'en-US' };
const sensitivity: ReportSectionData = { kind: 'sensitivity', scenario: 'baseline', base: 1000, bars: [{ label: 'openRate', low: 800, high: 1150 }] };
const monteCarlo: ReportSectionData = {
  kind: 'monteCarlo',
  scenario: 'H2+H4',
  runs: 100,
  band: [{ month: 12, p5: 100, p50: 200, p95: 300 }],
  percentiles: [{ years: 1, p5: 100, p50: 200, p95: 300 }],
};
const rulesOf = (run: () => unknown) => inputErrorOf(run).problems.map((p) => `${p.path}: ${p.rule}`);

describe('renderReportSection', () => {
  it('numbers the section from 1 by its place and titles a sensitivity section after its scenario', () => {
    const section = renderReportSection(sensitivity, 0, format);
    expect(section.id).toBe('section-1');
    expect(section.title).toBe('Sensitivity of baseline');
    expect(section.html.startsWith('<section id="section-1" aria-labelledby="section-1-title">\n<h2 id="section-1-title">Sensitivity of baseline</h2>\n')).toBe(
      true,
    );
    expect(section.html.endsWith('\n</section>')).toBe(true);
    // the body is the sensitivity section's: its sentence, its chart under the section's id, its table
    expect(section.html).toContain('<p>NPV of baseline with one input at a time');
    expect(section.html).toContain('section-1-tornado');
    expect(section.html).toContain('<table class="sensitivity">');
  });

  it('titles a Monte Carlo section after its scenario, escaped in the heading', () => {
    const section = renderReportSection({ ...monteCarlo, scenario: 'H2 & H4' }, 2, format);
    expect(section.id).toBe('section-3');
    expect(section.title).toBe('Monte Carlo: H2 & H4');
    expect(section.html).toContain('<h2 id="section-3-title">Monte Carlo: H2 &amp; H4</h2>');
  });

  it('takes the title the data gives over the default', () => {
    const section = renderReportSection({ ...sensitivity, title: 'What moves <NPV>' }, 1, format);
    expect(section.title).toBe('What moves <NPV>');
    expect(section.html).toContain('<h2 id="section-2-title">What moves &lt;NPV&gt;</h2>');
  });

  it("checks the data and names each problem by the section's place", () => {
    expect(rulesOf(() => renderReportSection({ ...sensitivity, base: Number.NaN }, 0, format))).toEqual(['sections[0].base: must be a finite number (money)']);
    expect(rulesOf(() => renderReportSection({ ...sensitivity, horizonYears: 1.01 }, 4, format))).toEqual([
      'sections[4].horizonYears: must be a whole number of months (years × 12)',
    ]);
    expect(rulesOf(() => renderReportSection({ ...monteCarlo, runs: 0 }, 1, format))).toEqual(['sections[1].runs: must be 1 or more']);
    expect(
      rulesOf(() => renderReportSection({ ...monteCarlo, percentiles: [{ years: 1, p5: 100, p50: 200, p95: 300, probabilityNegative: 2 }] }, 0, format)),
    ).toEqual(['sections[0].percentiles[0].probabilityNegative: must be from 0 to 1']);
  });

  it("puts the section's place before the path of a problem its chart finds", () => {
    expect(rulesOf(() => renderReportSection({ ...sensitivity, bars: [] }, 3, format))).toEqual(['sections[3].bars: must hold at least one bar']);
  });

  it('refuses a kind it does not know', () => {
    expect(rulesOf(() => renderReportSection({ ...sensitivity, kind: 'pie' } as unknown as ReportSectionData, 0, format))).toEqual([
      'sections[0].kind: must be a section { kind: "sensitivity" | "monteCarlo", … }',
    ]);
  });
});
