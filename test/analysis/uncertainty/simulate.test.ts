import * as formulajs from '@formulajs/formulajs';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import { describe, expect, it } from 'vitest';
import { simulate, type Simulation } from '../../../src/analysis/uncertainty/simulate';
import { splitDistributions } from '../../../src/analysis/uncertainty/splitDistributions';
import { forecast } from '../../../src/model/forecast';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';
import { expectClose, inputErrorOf } from '../../model/support';
import { baseline, deepFreeze } from '../../scenarios/support';
import { issueExample } from '../../schema/segmentedExample';

/** The documented stream: MT19937 seeded with `seed`, 53 bits per number. */
function uniforms(seed: number, count: number): number[] {
  const stream = mersenne(seed);
  return Array.from({ length: count }, () => uniformFloat64(stream));
}

/** The exact NPV of the support baseline with some fields replaced, as a number. */
const npvWith = (values: Record<string, number>, years: number) => forecast({ ...baseline, ...values }, { years }).npv.toNumber();

const scenarioOf = (result: Simulation, years: number, name: string) => result.horizons.find((h) => h.years === years)!.scenarios.find((s) => s.name === name)!;

/** Sampling standard deviation of the p-quantile of n draws, for a density f at the quantile: √(p(1 − p)/n) / f. */
const quantileSd = (p: number, n: number, density: number) => Math.sqrt((p * (1 - p)) / n) / density;

describe('simulate', () => {
  it("gives the deterministic forecast's NPV when every distribution has (almost) no spread", () => {
    const result = simulate(
      {
        baseline: { ...baseline, openRate: { dist: 'uniform', min: 0.4, max: 0.4 + 1e-12 }, averageOrderValue: { dist: 'normal', mean: 40, sd: 1e-9 } },
        hypotheses: { Automation: { emailsPerMonth: 3, investment: { dist: 'triangular', min: 5000, mode: 5000, max: 5000 + 1e-9 } } },
      },
      { draws: 300, seed: 2 },
    );
    for (const years of [1, 3, 5]) {
      for (const [name, values] of [
        ['baseline', {}],
        ['Automation', { emailsPerMonth: 3, investment: 5000 }],
      ] as const) {
        const expected = npvWith(values, years);
        const { npv } = scenarioOf(result, years, name);
        for (const statistic of [npv.mean, npv.p5, npv.p25, npv.p50, npv.p75, npv.p95]) expectClose(statistic, expected, 1e-9);
      }
    }
    const rows = forecast(baseline, { years: 5 }).rows;
    result.monthly.forEach(({ month, cumulativeNpv }) => {
      const expected = rows[month - 1]!.cumulativeNpv.toNumber();
      expectClose(cumulativeNpv.baseline!.p5, expected, 1e-9);
      expectClose(cumulativeNpv.baseline!.p95, expected, 1e-9);
    });
  });

  it('gives exactly the percentiles of the drawn values when NPV is linear in the one uncertain input (brute force)', () => {
    // NPV = a + b × AOV with everything else fixed; the test draws the same AOVs from the documented stream.
    const draws = 2000;
    const result = simulate(
      { baseline: { ...baseline, averageOrderValue: { dist: 'normal', mean: 40, sd: 5 } }, hypotheses: {} },
      { draws, seed: 9, horizonsYears: [3] },
    );
    const a = npvWith({ averageOrderValue: 0 }, 3);
    const b = npvWith({ averageOrderValue: 1 }, 3) - a;
    const npvs = uniforms(9, draws)
      .map((u) => a + b * (40 + 5 * (formulajs.NORM.INV(u, 0, 1) as number)))
      .sort((x, y) => x - y);
    const { npv } = scenarioOf(result, 3, 'baseline');
    expectClose(npv.mean, npvs.reduce((s, x) => s + x, 0) / draws, 1e-9);
    for (const [p, statistic] of [
      [0.05, npv.p5],
      [0.25, npv.p25],
      [0.5, npv.p50],
      [0.75, npv.p75],
      [0.95, npv.p95],
    ] as const) {
      expectClose(statistic, formulajs.PERCENTILE.INC(npvs, p) as number, 1e-9);
    }
  });

  it('gives the monthly bands of cumulative NPV as the percentiles of the drawn values, month by month (brute force)', () => {
    const draws = 1000;
    const result = simulate(
      { baseline: { ...baseline, averageOrderValue: { dist: 'uniform', min: 30, max: 50 } }, hypotheses: {} },
      { draws, seed: 14, horizonsYears: [1.5] },
    );
    const at = (aov: number) => forecast({ ...baseline, averageOrderValue: aov }, { months: 18 }).rows.map((r) => r.cumulativeNpv.toNumber());
    const [zero, one] = [at(0), at(1)];
    const aovs = uniforms(14, draws).map((u) => 30 + u * (50 - 30));
    result.monthly.forEach(({ month, cumulativeNpv }) => {
      const npvs = aovs.map((aov) => zero[month - 1]! + (one[month - 1]! - zero[month - 1]!) * aov).sort((x, y) => x - y);
      const band = cumulativeNpv.baseline!;
      for (const [p, statistic] of [
        [0.05, band.p5],
        [0.5, band.p50],
        [0.95, band.p95],
      ] as const)
        expectClose(statistic, formulajs.PERCENTILE.INC(npvs, p) as number, 1e-9);
    });
  });

  it('gives percentiles within sampling error of the closed form: open rate beta(40, 60)', () => {
    const draws = 10_000;
    const result = simulate(
      { baseline: { ...baseline, openRate: { dist: 'beta', alpha: 40, beta: 60 } }, hypotheses: {} },
      { draws, seed: 4, horizonsYears: [1] },
    );
    const a = npvWith({ openRate: 0 }, 1);
    const b = npvWith({ openRate: 1 }, 1) - a;
    const sd = Math.sqrt((40 * 60) / (100 ** 2 * 101));
    const { npv } = scenarioOf(result, 1, 'baseline');
    expect(Math.abs(npv.mean - (a + b * 0.4))).toBeLessThan(4 * b * (sd / Math.sqrt(draws)));
    for (const [p, statistic] of [
      [0.05, npv.p5],
      [0.5, npv.p50],
      [0.95, npv.p95],
    ] as const) {
      const q = formulajs.BETA.INV(p, 40, 60) as number;
      const density = formulajs.BETA.DIST(q, 40, 60, false) as number;
      expect(Math.abs(statistic - (a + b * q)), `P${p * 100}`).toBeLessThan(4 * b * quantileSd(p, draws, density));
    }
  });

  it('truncates to the field’s range instead of clamping: the truncated normal’s quantiles', () => {
    // openRate normal(0.95, 0.2): 40 % of the untruncated mass lies above 1
    const draws = 10_000;
    const result = simulate(
      { baseline: { ...baseline, openRate: { dist: 'normal', mean: 0.95, sd: 0.2, value: 0.9 } }, hypotheses: {} },
      { draws, seed: 5, horizonsYears: [1] },
    );
    const a = npvWith({ openRate: 0 }, 1);
    const b = npvWith({ openRate: 1 }, 1) - a;
    const cdf = (x: number) => formulajs.NORM.DIST(x, 0.95, 0.2, true) as number;
    const mass = cdf(1) - cdf(0);
    const { npv } = scenarioOf(result, 1, 'baseline');
    expect(npv.p5).toBeGreaterThanOrEqual(a);
    expect(npv.p95).toBeLessThan(a + b); // clamping would pile 40 % of draws on openRate = 1
    for (const [p, statistic] of [
      [0.05, npv.p5],
      [0.5, npv.p50],
      [0.95, npv.p95],
    ] as const) {
      const q = formulajs.NORM.INV(cdf(0) + p * mass, 0.95, 0.2) as number;
      const density = (formulajs.NORM.DIST(q, 0.95, 0.2, false) as number) / mass;
      expect(Math.abs(statistic - (a + b * q)), `P${p * 100}`).toBeLessThan(4 * b * quantileSd(p, draws, density));
    }
  });

  it('is deterministic under a seed: the same seed gives identical results, another seed other numbers', () => {
    const file = { baseline: { ...baseline, openRate: { dist: 'beta', alpha: 40, beta: 60 } }, hypotheses: { More: { emailsPerMonth: 3 } } };
    const first = simulate(file, { draws: 300, seed: 3 });
    expect(simulate(file, { draws: 300, seed: 3 })).toEqual(first);
    const other = simulate(file, { draws: 300, seed: 4 });
    expect(scenarioOf(other, 5, 'More').npv.p50).not.toBe(scenarioOf(first, 5, 'More').npv.p50);
  });

  it('reports its progress in runs (scenarios × draws), rising to the total, without changing the result', () => {
    const file = { baseline: { ...baseline, openRate: { dist: 'beta', alpha: 40, beta: 60 } }, hypotheses: { More: { emailsPerMonth: 3 }, Same: {} } };
    const calls: [number, number][] = [];
    const watched = simulate(file, { draws: 1200, seed: 3, onProgress: (done, total) => calls.push([done, total]) });
    expect(watched).toEqual(simulate(file, { draws: 1200, seed: 3 }));
    expect(calls.every(([, total]) => total === 3 * 1200)).toBe(true);
    expect(calls.map(([done]) => done)).toEqual([500, 1000, 1200, 1700, 2200, 2400, 2900, 3400, 3600]);
    expect(inputErrorOf(() => simulate(file, { onProgress: 'yes' as never })).problems).toContainEqual({ path: 'onProgress', rule: 'must be a function' });
  });

  it('takes draws and seed from the file unless the options give them', () => {
    const file = { baseline: { ...baseline, openRate: { dist: 'uniform', min: 0.3, max: 0.5 } }, hypotheses: {}, simulation: { draws: 123, seed: 8 } };
    expect(simulate(file)).toMatchObject({ draws: 123, seed: 8 });
    expect(simulate(file, { draws: 50, seed: 1 })).toMatchObject({ draws: 50, seed: 1 });
    expect(simulate({ baseline, hypotheses: {} })).toMatchObject({ draws: 10_000, seed: 1 });
  });

  it('gives P(beats) = 1 when a hypothesis is better in every draw, and the share a brute-force count gives', () => {
    const draws = 400;
    const result = simulate(
      {
        baseline: { ...baseline, openRate: { dist: 'uniform', min: 0.3, max: 0.5 } },
        hypotheses: { Better: { openRate: 0.6 }, Fixed: { openRate: 0.42 }, Own: { openRate: { dist: 'uniform', min: 0.35, max: 0.45 } } },
      },
      { draws, seed: 12 },
    );
    // one number per distribution per draw, in file order: baseline.openRate, then hypotheses.Own.openRate
    const u = uniforms(12, 2 * draws);
    const base = Array.from({ length: draws }, (_, k) => 0.3 + u[2 * k]! * (0.5 - 0.3));
    const own = Array.from({ length: draws }, (_, k) => 0.35 + u[2 * k + 1]! * (0.45 - 0.35));
    for (const years of [1, 3, 5]) {
      expect(scenarioOf(result, years, 'Better').probabilityBeatsBaseline).toBe(1);
      expect(scenarioOf(result, years, 'Better').deltaVsBaseline.p5).toBeGreaterThan(0);
      expect(scenarioOf(result, years, 'Fixed').probabilityBeatsBaseline).toBe(base.filter((x) => 0.42 > x).length / draws);
      expect(scenarioOf(result, years, 'Own').probabilityBeatsBaseline).toBe(own.filter((x, k) => x > base[k]!).length / draws);
      expect(scenarioOf(result, years, 'baseline').probabilityBeatsBaseline).toBeNull();
    }
  });

  it('gives the chance of a loss: the share of draws with a negative NPV (brute force)', () => {
    const draws = 300;
    const a = npvWith({ averageOrderValue: 100 }, 1); // 40 orders a month × $100 × 0.6 − $1,200 > 0
    const result = simulate(
      { baseline: { ...baseline, averageOrderValue: 100, investment: { dist: 'uniform', min: 0, max: 2 * a } }, hypotheses: {} },
      { draws, seed: 21, horizonsYears: [1] },
    );
    const losses = uniforms(21, draws).filter((u) => a - u * (2 * a) < 0).length;
    expect(scenarioOf(result, 1, 'baseline').probabilityNegative).toBeCloseTo(losses / draws, 12);
    expect(losses).toBeGreaterThan(100);
  });

  it('uses common random numbers: a hypothesis that changes nothing never beats the baseline and differs by 0 in every draw', () => {
    const result = simulate(
      {
        baseline: { ...baseline, openRate: { dist: 'beta', alpha: 40, beta: 60 }, churnPerEmail: { dist: 'triangular', min: 0.001, mode: 0.002, max: 0.004 } },
        hypotheses: { Same: { budgetPerMonth: 1200 } },
      },
      { draws: 500, seed: 6 },
    );
    for (const horizon of result.horizons) {
      const same = horizon.scenarios[1]!;
      expect(same.probabilityBeatsBaseline).toBe(0);
      expect(same.deltaVsBaseline).toEqual({ mean: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 });
      expect(same.npv).toEqual(horizon.scenarios[0]!.npv);
      expect(same.npv.p95 - same.npv.p5).toBeGreaterThan(0);
    }
  });

  it("gives a hypothesis' distribution to the combinations that inherit it, the same draw for each", () => {
    const result = simulate(
      {
        baseline,
        hypotheses: {
          Automation: { investment: { dist: 'uniform', min: 10000, max: 20000 } },
          'Automation again': { combine: ['Automation'] },
          'Automation, paid': { combine: ['Automation'], set: { investment: 15000 } },
        },
      },
      { draws: 300, seed: 1 },
    );
    expect(result.uncertainInputs.map((i) => [i.path, i.usedBy])).toEqual([['hypotheses.Automation.investment', ['Automation', 'Automation again']]]);
    for (const horizon of result.horizons) {
      expect(horizon.scenarios[2]!.npv).toEqual(horizon.scenarios[1]!.npv);
      expect(horizon.scenarios[3]!.npv.p5).toBe(horizon.scenarios[3]!.npv.p95);
    }
  });

  it('throws away whole draws that break additive churn, counts them, and draws again from the stream', () => {
    // loss = 0.1 + 4 × churnPerEmail > 1 when churnPerEmail > 0.225: a quarter of the draws of uniform(0, 0.3)
    const draws = 300;
    const result = simulate(
      {
        baseline: { ...baseline, churnPerMonth: 0.1, emailsPerMonth: 4, churnPerEmail: { dist: 'uniform', min: 0, max: 0.3, value: 0.1 } },
        hypotheses: { Fewer: { emailsPerMonth: 2 } },
      },
      { draws, seed: 10, horizonsYears: [1] },
    );
    const stream = mersenne(10);
    let kept = 0;
    let thrown = 0;
    while (kept < draws) {
      if (0.1 + 4 * (uniformFloat64(stream) * 0.3) > 1) thrown++;
      else kept++;
    }
    expect(result.redrawn).toBe(thrown);
    expect(thrown).toBeGreaterThan(50);
  });

  it('gives up, naming the scenario, when nearly every draw breaks additive churn', () => {
    const error = inputErrorOf(() =>
      simulate(
        {
          baseline: { ...baseline, churnPerMonth: 0.1, emailsPerMonth: 4, churnPerEmail: { dist: 'uniform', min: 0.26, max: 0.5, value: 0.2 } },
          hypotheses: {},
        },
        { draws: 100 },
      ),
    );
    expect(error.message).toBe(
      'baseline.churnPerEmail: the distributions make churnPerMonth + churnPerEmail × emailsPerMonth exceed 1 (additive churn) in most draws: narrow them',
    );
  });

  it('reports the point NPVs exactly, as compareScenarios gives them for the plain file', () => {
    const file = { baseline: { ...baseline, openRate: { dist: 'beta', alpha: 40, beta: 60, value: 0.41 } }, hypotheses: { More: { emailsPerMonth: 3 } } };
    const result = simulate(file, { draws: 50 });
    const comparison = compareScenarios(splitDistributions(file).file);
    comparison.horizons.forEach((h, i) => {
      h.results.forEach((r, s) => expect(result.horizons[i]!.scenarios[s]!.pointNpv.toString()).toBe(r.npv.toString()));
    });
  });

  it('gives a P5–P50–P95 band for every month and scenario, the horizon’s percentiles at the horizon month', () => {
    const result = simulate(
      { baseline: { ...baseline, openRate: { dist: 'beta', alpha: 40, beta: 60 } }, hypotheses: { More: { emailsPerMonth: 3 } } },
      { draws: 400, horizonsYears: [1, 2] },
    );
    expect(result.monthly.map((m) => m.month)).toEqual(Array.from({ length: 24 }, (_, m) => m + 1));
    for (const { cumulativeNpv } of result.monthly) {
      for (const band of [cumulativeNpv.baseline!, cumulativeNpv.More!]) {
        expect(band.p5).toBeLessThanOrEqual(band.p50);
        expect(band.p50).toBeLessThanOrEqual(band.p95);
      }
    }
    const { p5, p50, p95 } = scenarioOf(result, 2, 'More').npv;
    expect(result.monthly[23]!.cumulativeNpv.More).toEqual({ p5, p50, p95 });
  });

  it('does not mutate its input', () => {
    const file = deepFreeze({ baseline: { ...baseline, openRate: { dist: 'beta', alpha: 40, beta: 60 } }, hypotheses: { More: { emailsPerMonth: 3 } } });
    expect(() => simulate(file, { draws: 20 })).not.toThrow();
  });

  it('names the field and the rule for bad distributions and options', () => {
    const bad = { baseline: { ...baseline, openRate: { dist: 'normal', mean: 0.4, sd: 0 } }, hypotheses: {} };
    expect(inputErrorOf(() => simulate(bad)).message).toBe('baseline.openRate.sd: must be more than 0 (the standard deviation, in the field’s unit)');
    const file = { baseline, hypotheses: {} };
    expect(inputErrorOf(() => simulate(file, { draws: 0 })).message).toBe('draws: must be at least 1 draw');
    expect(inputErrorOf(() => simulate(file, { draws: 2.5 })).message).toBe('draws: must be a whole number of draws');
    expect(inputErrorOf(() => simulate(file, { seed: -1 })).message).toBe('seed: must be a whole number from 0 to 4294967295');
    expect(inputErrorOf(() => simulate(file, { horizonsYears: [0] })).message).toBe('horizonsYears[0]: must be more than 0 years');
    expect(inputErrorOf(() => simulate(file, { draws: 100_000, horizonsYears: [100] })).message).toBe(
      'draws: must be at most 10000 with a 1200-month horizon (draws × months ≤ 12000000)',
    );
  });
});

describe('simulate warnings', () => {
  it('lists the plausibility warnings of the file, where they are written', () => {
    const data = { baseline: { ...baseline, openRate: { dist: 'uniform', min: 0.3, max: 0.5 } }, hypotheses: { H1: { inflationAnnual: 2 } } };
    const result = simulate(data, { draws: 20, horizonsYears: [1] });
    expect(result.warnings).toEqual(['hypotheses.H1.inflationAnnual: 2 is 200 % a year; rates are fractions: did you mean 0.02 (2 %)?']);
  });

  it('gives the deterministic forecast of a segmented scenario when its distributions at segment, retention and move paths have no spread', () => {
    const engaged = { ...issueExample.segments.engaged, openRate: { dist: 'uniform', min: 0.5, max: 0.5 + 1e-12 } };
    const data = {
      baseline: {
        ...issueExample,
        segments: { ...issueExample.segments, engaged },
        moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: { dist: 'triangular', min: 0.03, mode: 0.03, max: 0.03 + 1e-12 } }],
        retention: { ...issueExample.retention, alpha: { dist: 'normal', mean: 0.7, sd: 1e-10 } },
      },
      hypotheses: { Dormant: { segments: { dormant: { emailsPerMonth: 1, churnPerEmail: { dist: 'uniform', min: 0.002, max: 0.002 + 1e-12 } } } } },
    };
    const result = simulate(data, { draws: 50, seed: 4 });
    expect(result.uncertainInputs.map((u) => [u.field, u.usedBy])).toEqual([
      ['segments.engaged.openRate', ['baseline', 'Dormant']],
      ['moves[0].sharePerMonth', ['baseline', 'Dormant']],
      ['retention.alpha', ['baseline', 'Dormant']],
      ['segments.dormant.churnPerEmail', ['Dormant']],
    ]);
    const dormantPlain = {
      ...issueExample,
      segments: { ...issueExample.segments, dormant: { ...issueExample.segments.dormant, emailsPerMonth: 1, churnPerEmail: 0.002 } },
    };
    for (const years of [1, 3, 5]) {
      for (const [name, input] of [
        ['baseline', issueExample],
        ['Dormant', dormantPlain],
      ] as const) {
        const expected = forecast(input, { years }).npv.toNumber();
        const s = scenarioOf(result, years, name);
        for (const value of [s.npv.mean, s.npv.p5, s.npv.p95]) expectClose(value, expected, 1e-8);
        expectClose(s.pointNpv.toNumber(), expected, 1e-9); // point values are the means, 5e-13 above the plain values
      }
    }
  });

  it('moves the NPV with a drawn segment field as the forecast with that value does (common random numbers, draw by draw)', () => {
    const engaged = { ...issueExample.segments.engaged, openRate: { dist: 'uniform', min: 0.3, max: 0.6 } };
    const result = simulate(
      { baseline: { ...issueExample, segments: { ...issueExample.segments, engaged } }, hypotheses: {} },
      { draws: 40, seed: 9, horizonsYears: [3] },
    );
    // the draws are 0.3 + 0.3 u_k; the NPV is increasing in the open rate, so the median draw gives the median NPV
    const draws = uniforms(9, 40)
      .map((u) => 0.3 + 0.3 * u)
      .sort((a, b) => a - b);
    const median = (draws[19]! + draws[20]!) / 2;
    const at = (openRate: number) =>
      forecast(
        { ...issueExample, segments: { ...issueExample.segments, engaged: { ...issueExample.segments.engaged, openRate } } },
        { years: 3 },
      ).npv.toNumber();
    const npvs = [draws[19]!, draws[20]!].map(at);
    expectClose(scenarioOf(result, 3, 'baseline').npv.p50, (npvs[0]! + npvs[1]!) / 2, 1e-9);
    expect(at(median)).toBeGreaterThan(at(0.3));
  });
});
