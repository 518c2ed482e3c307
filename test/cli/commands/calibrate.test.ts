import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forecast } from '../../../src/model/forecast';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import { article } from '../../analysis/flatList';
import { file, run, segmentedBaseline } from './support';

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
  const baseline = segmentedBaseline;
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

describe('email-npv calibrate to monthly series', () => {
  // A list of 10,000 with 2 % monthly churn, no acquisition, no sends' churn: S_m = 10,000 × 0.98^(m−1), by hand.
  const scenario = {
    baseline: {
      subscribers: 10_000,
      churnPerMonth: 0.05,
      emailsPerMonth: 2,
      openRate: 0.3,
      clickRate: 0.1,
      conversionRate: 0.05,
      averageOrderValue: 50,
      discountRateAnnual: 0.1,
    },
    hypotheses: {},
  };
  const monthly = Array.from({ length: 6 }, (_, i) => ({ hypothesis: 'baseline', month: i + 1, subscribers: 10_000 * 0.98 ** i }));

  it('fits an unknown to the series and prints the monthly residuals in the table and in csv', () => {
    const scenarioFile = join(dir, 'list.json');
    const observedFile = join(dir, 'list.observed.json');
    writeFileSync(scenarioFile, JSON.stringify(scenario));
    writeFileSync(observedFile, JSON.stringify({ monthly, unknowns: { churnPerMonth: { min: 0, max: 0.2 } } }));
    const table = run(['calibrate', scenarioFile, '--observed', observedFile]);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toContain('Monthly residuals');
    expect(table.stdout).toMatch(/churnPerMonth\s+2(\.0+)?%/);
    expect(table.stdout).toMatch(/^baseline\s+6\s+subscribers\s+9,039\.2\s+9,039\.2\s+/m); // 10,000 × 0.98⁵ = 9,039.207968
    const csv = run(['calibrate', scenarioFile, '--observed', observedFile, '--format', 'csv']);
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout).toMatch(/^monthly residual,baseline subscribers month 6,,,9039\.21,9039\.21,/m);
    expect(csv.stdout.trim().split('\n')).toHaveLength(1 + 1 + 6 + 2); // header, fitted, 6 months, rms, worst
  });
});
