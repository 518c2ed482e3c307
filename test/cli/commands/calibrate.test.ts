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
