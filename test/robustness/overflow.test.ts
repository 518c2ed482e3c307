import { describe, expect, test } from 'vitest';
import { forecast } from '../../src/model/forecast';
import { forecastNpv } from '../../src/model/forecastNpv';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { MAX_AMOUNT } from '../../src/schema/fields';
import { InputError } from '../../src/errors/inputError';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import type { ScenarioInputData } from '../../src/schema/scenarioInput';
import { D, inputErrorOf } from '../model/support';

const base = {
  subscribers: 4000,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 100,
  budgetPerMonth: 1200,
  discountRateAnnual: 0.1,
};
const overflowRule =
  'the forecast overflows the number range: lower newSubscribersGrowthMonthly or inflationAnnual, raise discountRateAnnual, or shorten the horizon';

/** The input's problems on the fast path, the exact path and in a comparison over the same horizon. */
function problemsEverywhere(data: ScenarioInputData, months: number) {
  return {
    fast: inputErrorOf(() => forecastNpv(parseScenarioInput(data), [months])).problems,
    exact: inputErrorOf(() => forecast(data, { months })).problems,
    compare: inputErrorOf(() => compareScenarios({ baseline: base, hypotheses: { Extreme: data }, horizonsYears: [months / 12] })).problems,
  };
}

describe('values that would overflow a float', () => {
  test.each([
    ['acquisition growing 10 a month (×11) for 100 years', { ...base, newSubscribersPerMonth: 1e12, newSubscribersGrowthMonthly: 10 }],
    ['inflation of 1,000 % a year with a discount rate near −100 % for 100 years', { ...base, inflationAnnual: 10, discountRateAnnual: -0.999 }],
    ['a discount rate of −99.9999 % a year for 100 years', { ...base, discountRateAnnual: -0.999999 }],
    [
      'acquisition growing 10 a month from month 600 on',
      { ...base, newSubscribersPerMonth: 1000, changes: [{ fromMonth: 600, set: { newSubscribersGrowthMonthly: 10 } }] },
    ],
  ] as [string, ScenarioInputData][])('%s is an input error naming the horizon, on the fast path, the exact path and in compare', (_, data) => {
    const { fast, exact, compare } = problemsEverywhere(data, 1200);
    expect(fast).toEqual([{ path: 'horizon', rule: overflowRule }]);
    expect(exact).toEqual([{ path: 'horizon', rule: overflowRule }]);
    expect(compare).toEqual([{ path: 'hypotheses.Extreme.horizon', rule: overflowRule }]);
  });

  test('inflation of 1,000 % a year for 100 years stays in range (11^100 ≈ 1.4e104): both paths return it and agree', () => {
    const data = { ...base, inflationAnnual: 10 };
    const exact = forecast(data, { months: 1200 }).npv;
    const [fast] = forecastNpv(parseScenarioInput(data), [1200]);
    expect(Number.isFinite(fast)).toBe(true);
    expect(exact.abs().greaterThan(1e100)).toBe(true);
    expect(new D(fast!).minus(exact.toString()).div(exact.toString()).abs().toNumber()).toBeLessThan(1e-9);
  });

  test('at the extremes of every rule, the two paths refuse the same inputs and agree on the others', () => {
    const extreme = {
      subscribers: MAX_AMOUNT,
      newSubscribersPerMonth: MAX_AMOUNT,
      emailsPerMonth: 1000,
      openRate: 1,
      clickRate: 1,
      conversionRate: 1,
      averageOrderValue: MAX_AMOUNT,
      offEmailMultiplier: 100,
      budgetPerMonth: MAX_AMOUNT,
      churnModel: 'compound' as const,
    };
    const verdicts: string[] = [];
    for (const newSubscribersGrowthMonthly of [0, 0.5, 10]) {
      for (const inflationAnnual of [-0.999999, 0, 10]) {
        for (const discountRateAnnual of [-0.999999, 0, 10]) {
          for (const months of [12, 600, 1200]) {
            const data = { ...extreme, newSubscribersGrowthMonthly, inflationAnnual, discountRateAnnual };
            const outcome = (run: () => number) => {
              try {
                return run();
              } catch (error) {
                expect(error).toBeInstanceOf(InputError);
                expect((error as InputError).problems).toEqual([{ path: 'horizon', rule: overflowRule }]);
                return 'overflow';
              }
            };
            const fast = outcome(() => forecastNpv(parseScenarioInput(data), [months])[0]!);
            const exact = outcome(() => forecast(data, { months }).npv.toNumber());
            const where = `growth ${newSubscribersGrowthMonthly}, inflation ${inflationAnnual}, discount ${discountRateAnnual}, ${months} months`;
            if (typeof fast === 'number' && typeof exact === 'number') {
              expect(Number.isFinite(fast), where).toBe(true);
              expect(Math.abs(fast - exact) / Math.max(1, Math.abs(exact)), where).toBeLessThan(1e-9);
              verdicts.push('finite');
            } else {
              expect([where, fast], 'both paths refuse').toEqual([where, exact]);
              verdicts.push('overflow');
            }
          }
        }
      }
    }
    // The grid holds both kinds, so the test checks the boundary, not one side of it.
    expect(new Set(verdicts)).toEqual(new Set(['finite', 'overflow']));
  });
});
