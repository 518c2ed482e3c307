import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runAnalysis } from '../../../app/src/analysis/analysisJobs';
import { simulate } from '../../../src/analysis/uncertainty/simulate';
import { forecast } from '../../../src/model/forecast';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';

vi.mock('email-npv', () => import('../../../src/index'));

const uncertain = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as Record<string, unknown>;
const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as {
  baseline: Record<string, unknown>;
  hypotheses: Record<string, Record<string, unknown>>;
};

describe('runAnalysis', () => {
  it('simulates as Node’s simulate does, Decimals as their strings, and survives structured cloning unchanged', async () => {
    const progress: [number, number][] = [];
    const wire = await runAnalysis({ kind: 'simulate', file: uncertain, draws: 300, seed: 7 }, (done, total) => progress.push([done, total]));
    const node = simulate(uncertain, { draws: 300, seed: 7 });
    expect(wire.horizons.map((h) => h.scenarios.map((s) => s.pointNpv))).toEqual(node.horizons.map((h) => h.scenarios.map((s) => s.pointNpv.toString())));
    expect(wire.horizons.map((h) => h.scenarios.map((s) => [s.npv, s.deltaVsBaseline, s.probabilityBeatsBaseline, s.probabilityNegative]))).toEqual(
      node.horizons.map((h) => h.scenarios.map((s) => [s.npv, s.deltaVsBaseline, s.probabilityBeatsBaseline, s.probabilityNegative])),
    );
    expect(wire.monthly).toEqual(node.monthly);
    expect(structuredClone(wire)).toEqual(wire);
    expect(progress.at(-1)).toEqual([6 * 300, 6 * 300]);
  });

  it('runs the sensitivity of one scenario on the file’s point values', async () => {
    const wire = await runAnalysis({ kind: 'sensitivity', file: uncertain, scenario: 'H2', years: 3, change: 0.1 });
    expect(wire.months).toBe(36);
    expect(wire.tornado.length).toBeGreaterThan(5);
    // The base NPV: H2 with every distribution at its point value, forecast by the exact model.
    const h2 = { ...article.baseline, ...article.hypotheses.H2 };
    expect(Number(wire.npvBase)).toBeCloseTo(forecast(parseScenarioInput(h2), { years: 3 }).npv.toNumber(), 6);
    const swings = wire.tornado.map((e) => Number(e.swing));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(structuredClone(wire)).toEqual(wire);
  });

  it('solves for NPV = 0 and for NPV = the baseline’s NPV', async () => {
    const zero = await runAnalysis({ kind: 'solveFor', file: article, scenario: 'baseline', field: 'openRate', years: 5, target: 'zero' });
    expect(zero.targetNpv).toBe(0);
    expect(Math.abs(Number(zero.npvAtValue))).toBeLessThan(1e-6);
    expect(zero.value).toBeGreaterThan(0.1);
    expect(zero.value).toBeLessThan(0.4);
    const even = await runAnalysis({ kind: 'solveFor', file: article, scenario: 'H2', field: 'budgetPerMonth', years: 5, target: 'baseline' });
    const baselineNpv = forecast(parseScenarioInput(article.baseline), { years: 5 }).npv.toNumber();
    expect(even.targetNpv).toBe(baselineNpv);
    // H2 with the budget found, forecast independently, ties with the baseline.
    const h2AtValue = forecast(parseScenarioInput({ ...article.baseline, ...article.hypotheses.H2, budgetPerMonth: even.value }), { years: 5 }).npv.toNumber();
    expect(h2AtValue).toBeCloseTo(baselineNpv, 3);
  });

  it('throws the library’s clear message when no value reaches the target', async () => {
    // At one year the baseline pays whatever its discount rate: no rate from −100 % to 1,000 % brings the NPV to 0.
    await expect(runAnalysis({ kind: 'solveFor', file: article, scenario: 'baseline', field: 'discountRateAnnual', years: 1, target: 'zero' })).rejects.toThrow(
      /^discountRateAnnual: no value from .* brings the 1-year NPV to 0 \(NPV runs from/,
    );
    await expect(runAnalysis({ kind: 'sensitivity', file: article, scenario: 'H9', years: 5, change: 0.1 })).rejects.toThrow(
      'scenario: "H9" is not in the file',
    );
  });

  it('fits a campaign CSV into the page’s file, as plain data that crosses to the page unchanged', async () => {
    const text = readFileSync('examples/history/campaigns.csv', 'utf8');
    const base = JSON.parse(readFileSync('examples/history/base.json', 'utf8')) as unknown;
    const outcome = await runAnalysis({ kind: 'fitCampaigns', text, base, fileName: 'campaigns.csv', segmentBy: 'List' });
    expect('fit' in outcome && outcome.fit.estimates.length).toBeGreaterThan(4);
    expect(structuredClone(outcome)).toEqual(outcome);
    const bad = await runAnalysis({ kind: 'fitCampaigns', text: 'Delivered,Unique Opens\n1200,n/a\n', base, fileName: 'c.csv' });
    expect(bad).toEqual({ problems: [{ path: 'c.csv row 2, column "Unique Opens"', rule: '"n/a" is not a number' }] });
  });
});
