import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import { forecast } from '../../src/model/forecast';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import type { ScenarioInputData } from '../../src/schema/scenarioInput';
import { baseline, deepFreeze } from './support';

// Orders and margin are positive, so a higher average order value means a higher NPV at every horizon.
const file = {
  name: 'Pricing',
  hypotheses: {
    Cheaper: { averageOrderValue: 30 },
    Same: {},
    Pricier: { averageOrderValue: 50 },
    'Pricier still': { combine: ['Pricier'], set: { averageOrderValue: 60, changes: [{ fromMonth: 7, set: { averageOrderValue: 70 } }] } },
  },
  baseline,
};
// The same scenarios merged by hand.
const byHand: Record<string, ScenarioInputData> = {
  baseline,
  Cheaper: { ...baseline, averageOrderValue: 30 },
  Same: baseline,
  Pricier: { ...baseline, averageOrderValue: 50 },
  'Pricier still': { ...baseline, averageOrderValue: 60, changes: [{ fromMonth: 7, set: { averageOrderValue: 70 } }] },
};
const comparison = compareScenarios(deepFreeze(file));
const resultsAt = (h: number) => comparison.horizons[h]!.results;

describe('compareScenarios', () => {
  test('gives the file’s name and baseline name, and the default horizons', () => {
    expect(comparison.name).toBe('Pricing');
    expect(comparison.baselineName).toBe('baseline');
    expect(comparison.horizons.map((h) => [h.years, h.months])).toEqual([
      [1, 12],
      [3, 36],
      [5, 60],
    ]);
  });

  test('lists the results in file order, the baseline first', () => {
    expect(resultsAt(0).map((r) => r.name)).toEqual(['baseline', 'Cheaper', 'Same', 'Pricier', 'Pricier still']);
  });

  test('each NPV equals the forecast of the hand-merged scenario over that horizon, exactly', () => {
    for (const horizon of comparison.horizons) {
      for (const result of horizon.results) {
        expect(result.npv.toString(), `${result.name} at ${horizon.years} years`).toBe(forecast(byHand[result.name]!, { years: horizon.years }).npv.toString());
      }
    }
  });

  test('deltaVsBaseline is the NPV minus the baseline’s NPV', () => {
    for (const horizon of comparison.horizons) {
      const baselineNpv = forecast(baseline, { years: horizon.years }).npv;
      for (const result of horizon.results) {
        expect(result.deltaVsBaseline.toString()).toBe(forecast(byHand[result.name]!, { years: horizon.years }).npv.minus(baselineNpv).toString());
      }
      expect(horizon.results[0]!.deltaVsBaseline.isZero()).toBe(true);
    }
  });

  test('a higher average order value ranks higher, and equal NPVs share a rank', () => {
    for (const horizon of comparison.horizons) {
      const rank = Object.fromEntries(horizon.results.map((r) => [r.name, r.rank]));
      expect(rank).toEqual({ 'Pricier still': 1, Pricier: 2, baseline: 3, Same: 3, Cheaper: 5 });
      expect(horizon.winner).toBe('Pricier still');
    }
  });

  test('on a tie for first place the winner is the first in file order', () => {
    const tie = compareScenarios({ baseline, hypotheses: { Cheaper: { averageOrderValue: 30 }, Same: {} } });
    expect(tie.horizons[0]!.results.map((r) => r.rank)).toEqual([1, 3, 1]);
    expect(tie.horizons[0]!.winner).toBe('baseline');
  });

  test('the monthly cumulative NPV of each scenario matches its forecast month by month', () => {
    expect(comparison.monthly.map((m) => m.month)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const name of Object.keys(byHand)) {
      const rows = forecast(byHand[name]!, { months: 60 }).rows;
      expect(
        comparison.monthly.map((m) => m.cumulativeNpv[name]!.toString()),
        name,
      ).toEqual(rows.map((r) => r.cumulativeNpv.toString()));
    }
  });

  test('the month-12 cumulative NPV is the one-year NPV', () => {
    for (const result of resultsAt(0)) expect(comparison.monthly[11]!.cumulativeNpv[result.name]!.equals(result.npv)).toBe(true);
  });

  test('horizons given as an option replace the file’s, in the order given', () => {
    const custom = compareScenarios({ ...file, horizonsYears: [1, 3, 5] }, { horizonsYears: [2, 0.5] });
    expect(custom.horizons.map((h) => h.months)).toEqual([24, 6]);
    expect(custom.monthly).toHaveLength(24);
    expect(custom.horizons[1]!.results[3]!.npv.toString()).toBe(forecast(byHand.Pricier!, { months: 6 }).npv.toString());
  });

  test('the file’s own horizons are used when no option is given', () => {
    expect(compareScenarios({ ...file, horizonsYears: [2] }).horizons.map((h) => h.months)).toEqual([24]);
  });

  test('bad horizons given as an option are reported under horizonsYears', () => {
    expect(() => compareScenarios(file, { horizonsYears: [0] })).toThrow('horizonsYears[0]: must be more than 0 years');
  });

  test('a change beyond the longest horizon is reported under the scenario’s name', () => {
    const late = { ...file, hypotheses: { Late: { changes: [{ fromMonth: 61, set: { openRate: 0.5 } }] } } };
    expect(() => compareScenarios(late)).toThrow(InputError);
    expect(() => compareScenarios(late)).toThrow('hypotheses.Late.changes[0].fromMonth: is month 61, beyond the 60-month horizon');
    expect(() => compareScenarios(late, { horizonsYears: [6] })).not.toThrow();
    const lateBaseline = { baseline: { ...baseline, changes: [{ fromMonth: 61, set: { openRate: 0.5 } }] }, hypotheses: {} };
    expect(() => compareScenarios(lateBaseline)).toThrow('baseline.changes[0].fromMonth: is month 61, beyond the 60-month horizon');
  });

  test('a change beyond a shorter horizon but within the longest is fine', () => {
    const mid = compareScenarios({ baseline, hypotheses: { Mid: { changes: [{ fromMonth: 30, set: { averageOrderValue: 60 } }] } } });
    const oneYear = mid.horizons[0]!.results;
    expect(oneYear[1]!.npv.equals(oneYear[0]!.npv)).toBe(true);
    expect(mid.horizons[2]!.winner).toBe('Mid');
  });

  test('bad files and bad hypotheses are reported as field: rule', () => {
    expect(() => compareScenarios({ baseline, hypotheses: { H1: { openRate: 2 } } })).toThrow('hypotheses.H1.openRate: must be a fraction from 0 to 1');
    expect(() => compareScenarios({ baseline, hypotheses: { A: { combine: ['B'] }, B: { combine: ['A'] } } })).toThrow(
      'hypotheses.A.combine: forms a cycle A → B → A',
    );
  });

  test('the file is not mutated', () => {
    const frozen = deepFreeze(structuredClone(file));
    const before = structuredClone(frozen);
    compareScenarios(frozen);
    expect(frozen).toEqual(before);
  });
});

describe('compareScenarios when every scenario loses money', () => {
  // No orders (conversion 0): each scenario's NPV is −budget × 12 a year, undiscounted.
  const losing = {
    subscribers: 1000,
    emailsPerMonth: 1,
    openRate: 0.4,
    clickRate: 0.1,
    conversionRate: 0,
    averageOrderValue: 40,
    budgetPerMonth: 1000,
    discountRateAnnual: 0,
  };

  test('says none breaks even and names the one that loses least', () => {
    const result = compareScenarios({ horizonsYears: [1], baseline: losing, hypotheses: { Cheaper: { budgetPerMonth: 500 } } });
    const h = result.horizons[0]!;
    expect(h.results.map((r) => r.npv.toString())).toEqual(['-12000', '-6000']);
    expect(h.winner).toBe('Cheaper');
    expect(h.allLose).toBe(true);
  });

  test('is not said when one scenario breaks even exactly', () => {
    const h = compareScenarios({ horizonsYears: [1], baseline: losing, hypotheses: { Free: { budgetPerMonth: 0 } } }).horizons[0]!;
    expect(h.results[1]!.npv.isZero()).toBe(true);
    expect(h.allLose).toBe(false);
    expect(comparison.horizons.every((x) => !x.allLose)).toBe(true);
  });
});

describe('compareScenarios warnings', () => {
  test('lists the plausibility warnings of the file, each where it is written', () => {
    const result = compareScenarios({ baseline: { ...baseline, discountRateAnnual: 10 }, hypotheses: { H1: { openRate: 0.45 }, H2: { inflationAnnual: 3 } } });
    expect(result.warnings).toEqual([
      'baseline.discountRateAnnual: 10 is 1000 % a year; rates are fractions: did you mean 0.1 (10 %)?',
      'hypotheses.H2.inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?',
    ]);
    expect(comparison.warnings).toEqual([]);
  });
});

describe('compareScenarios with segments', () => {
  // Two segments of the baseline: A (40 %, open rate 0.5) and B (60 %, open rate 0.1); a hypothesis stops mailing B.
  const segmentedBaseline = { ...baseline, segments: { A: { share: 0.4, openRate: 0.5 }, B: { share: 0.6, openRate: 0.1 } } };

  test('gives each segmented scenario’s contributions, which add up to its NPV at every horizon', () => {
    const result = compareScenarios({
      horizonsYears: [1, 2],
      baseline: segmentedBaseline,
      hypotheses: { 'Stop mailing B': { segments: { B: { emailsPerMonth: 0 } } } },
    });
    for (const h of result.horizons) {
      for (const r of h.results) {
        const own = r.segmentContributions!;
        expect(Object.keys(own.segments)).toEqual(['A', 'B']);
        const total = Object.values(own.segments).reduce((sum, c) => sum.plus(c), own.scenarioWide);
        expect(total.minus(r.npv).abs().toNumber()).toBeLessThan(1e-25);
      }
      // A segment that gets no email earns nothing and costs no sending: its contribution is 0.
      expect(h.results[1]!.segmentContributions!.segments.B!.isZero()).toBe(true);
      // The hypothesis changes B only: A contributes the same.
      expect(h.results[1]!.segmentContributions!.segments.A!.equals(h.results[0]!.segmentContributions!.segments.A!)).toBe(true);
    }
  });

  test('an unsegmented scenario has no contributions key, so its results print as before', () => {
    for (const h of comparison.horizons) for (const r of h.results) expect(Object.keys(r)).toEqual(['name', 'npv', 'rank', 'deltaVsBaseline']);
    // A hypothesis may add segments to an unsegmented baseline: only it gets contributions.
    const [h] = compareScenarios({ horizonsYears: [1], baseline, hypotheses: { Split: { segments: segmentedBaseline.segments } } }).horizons;
    expect(h!.results.map((r) => r.segmentContributions === undefined)).toEqual([true, false]);
  });
});
