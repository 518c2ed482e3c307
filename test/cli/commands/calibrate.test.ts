import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forecast } from '../../../src/model/forecast';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import { article } from '../../analysis/flatList';
import { file, run } from './support';

const dir = mkdtempSync(join(tmpdir(), 'email-npv-calibrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('email-npv calibrate', () => {
  it('asks for --observed when calibrating', () => {
    const out = run(['calibrate', 'examples/moller-article.json']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--observed: is required');
  });

  it('recovers an open rate from the NPVs the forecast gives with it', () => {
    const truth = { ...scenarioInputOf(article), openRate: 0.35 };
    const observed = [1, 3].map((years) => ({ hypothesis: 'baseline', years, npv: forecast(truth, { years }).npv.toNumber() }));
    const observedFile = join(dir, 'open-rate.observed.json');
    writeFileSync(observedFile, JSON.stringify({ observed, unknowns: { openRate: { min: 0.1, max: 0.9 } } }));
    const out = run(['calibrate', file, '--observed', observedFile, '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as { fitted: Record<string, number>; residuals: { hypothesis: string; years: number }[]; maxAbsError: number };
    expect(result.fitted.openRate).toBeCloseTo(0.35, 6);
    expect(result.residuals.map((r) => [r.hypothesis, r.years])).toEqual([
      ['baseline', 1],
      ['baseline', 3],
    ]);
    expect(result.maxAbsError).toBeLessThan(0.01); // money, under a cent
  });

  it('warns on stderr about a rate of the file typed as a percentage, with exit 0', () => {
    const scenarioFile = join(dir, 'percent-rate.json');
    writeFileSync(scenarioFile, JSON.stringify({ ...article, baseline: { ...article.baseline, discountRateAnnual: 10 } }));
    const observedFile = join(dir, 'percent-rate.observed.json');
    const observed = [{ hypothesis: 'baseline', years: 1, npv: forecast(scenarioInputOf(article), { years: 1 }).npv.toNumber() }];
    writeFileSync(observedFile, JSON.stringify({ observed, unknowns: { openRate: { min: 0.1, max: 0.9 } } }));
    const out = run(['calibrate', scenarioFile, '--observed', observedFile]);
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/^warning: .*discountRateAnnual/m);
    expect(out.stdout).toMatch(/^Fitted inputs$/m);
  });

  it('prints no warning for the article example', () => {
    const observedFile = join(dir, 'article.observed.json');
    const observed = [{ hypothesis: 'baseline', years: 1, npv: forecast(scenarioInputOf(article), { years: 1 }).npv.toNumber() }];
    writeFileSync(observedFile, JSON.stringify({ observed, unknowns: { openRate: { min: 0.1, max: 0.9 } } }));
    const out = run(['calibrate', file, '--observed', observedFile]);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
  });

  it('exits 2 naming unknowns when the observed file gives none to fit', () => {
    const observedFile = join(dir, 'no-unknowns.observed.json');
    writeFileSync(observedFile, JSON.stringify({ observed: [{ hypothesis: 'baseline', years: 1, npv: 9485 }] }));
    const out = run(['calibrate', file, '--observed', observedFile]);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('unknowns: is required');
  });
});

describe('email-npv calibrate with field-path unknowns', { timeout: 60_000 }, () => {
  // Two segments, no churn, no acquisition, no discounting: each month nets 1,200 × OR_engaged + 280 − 1,200, so
  // a 1-year NPV of −2,400 means 12 × (1,200 × OR − 920) = −2,400: OR_engaged = 0.6.
  const baseline = {
    subscribers: 10000,
    emailsPerMonth: 2,
    openRate: 0.4,
    clickRate: 0.1,
    conversionRate: 0.05,
    averageOrderValue: 40,
    budgetPerMonth: 1200,
    discountRateAnnual: 0,
    segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7, openRate: 0.1 } },
  };
  const scenarioFile = join(dir, 'segments.json');
  writeFileSync(scenarioFile, JSON.stringify({ baseline, hypotheses: {} }));

  it('fits a segment’s open rate and writes it into the segment, all else as it was', () => {
    const observedFile = join(dir, 'segments.observed.json');
    writeFileSync(
      observedFile,
      JSON.stringify({ observed: [{ hypothesis: 'baseline', years: 1, npv: -2400 }], unknowns: { 'segments.engaged.openRate': { min: 0.1, max: 0.9 } } }),
    );
    const out = run(['calibrate', scenarioFile, '--observed', observedFile, '--write', '-']);
    expect(out.status).toBe(0);
    const written = JSON.parse(out.stdout) as { baseline: typeof baseline };
    expect(written.baseline.segments.engaged.openRate).toBeCloseTo(0.6, 9);
    expect({ ...written.baseline, segments: { ...written.baseline.segments, engaged: { share: 0.3, openRate: 0.5 } } }).toEqual(baseline);
    expect(out.stderr).toMatch(/^segments\.engaged\.openRate\s+60(\.00)?%$/m);
  });

  it('exits 2 with unknowns.<name>: rule for a path the scenario has no place for', () => {
    const observedFile = join(dir, 'bad-path.observed.json');
    writeFileSync(
      observedFile,
      JSON.stringify({ observed: [{ hypothesis: 'baseline', years: 1, npv: -2400 }], unknowns: { 'segments.x.openRate': { min: 0.1, max: 0.9 } } }),
    );
    const out = run(['calibrate', scenarioFile, '--observed', observedFile]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('unknowns.segments.x.openRate: "segments.x.openRate" names no segment of the scenario (engaged, dormant)');
  });
});
