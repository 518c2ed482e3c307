import { describe, expect, it } from 'vitest';
import { monthlyModelValues, monthlyObservations } from '../../../src/analysis/calibration/monthlyObservations';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { inputErrorOf } from '../../model/support';

describe('monthlyObservations', () => {
  it('gives one observation per value, each series scaled by the root mean square of its observed values', () => {
    const observations = monthlyObservations(
      [
        { hypothesis: 'baseline', month: 1, subscribers: 300, revenue: 10 },
        { hypothesis: 'baseline', month: 2, subscribers: 400 },
        { hypothesis: 'H1', month: 1, orders: 0 },
      ],
      ['baseline', 'H1'],
    );
    expect(observations).toEqual([
      { hypothesis: 'baseline', scenario: 0, month: 1, series: 'subscribers', observed: 300, scale: Math.sqrt((300 ** 2 + 400 ** 2) / 2) },
      { hypothesis: 'baseline', scenario: 0, month: 1, series: 'revenue', observed: 10, scale: 10 },
      { hypothesis: 'baseline', scenario: 0, month: 2, series: 'subscribers', observed: 400, scale: Math.sqrt((300 ** 2 + 400 ** 2) / 2) },
      { hypothesis: 'H1', scenario: 1, month: 1, series: 'orders', observed: 0, scale: 1 },
    ]);
  });

  it('refuses a scenario not in the file and a repeated month, with their places', () => {
    const error = inputErrorOf(() =>
      monthlyObservations(
        [
          { hypothesis: 'H9', month: 1, orders: 1 },
          { hypothesis: 'baseline', month: 3, orders: 1 },
          { hypothesis: 'baseline', month: 3, orders: 2 },
        ],
        ['baseline'],
      ),
    );
    expect(error.problems).toEqual([
      { path: 'monthly[0].hypothesis', rule: '"H9" is not in the file (names: baseline)' },
      { path: 'monthly[2]', rule: 'repeats baseline month 3 (given at monthly[1]): give each month once' },
    ]);
  });
});

describe('monthlyModelValues', () => {
  it('reads subscribers at the start of the month, orders and revenue of the month, as worked by hand', () => {
    // S₁ = 1000; keep = 1 − 0.01 − 0.005 × 2 = 0.98; S₂ = 1000 × 0.98 + 100 = 1080; orders_m = S_m × 2 × 0.4 × 0.1 × 0.05
    const input = parseScenarioInput({
      subscribers: 1000,
      newSubscribersPerMonth: 100,
      churnPerMonth: 0.01,
      churnPerEmail: 0.005,
      emailsPerMonth: 2,
      openRate: 0.4,
      clickRate: 0.1,
      conversionRate: 0.05,
      averageOrderValue: 50,
      budgetPerMonth: 0,
      discountRateAnnual: 0.1,
    });
    const o = (month: number, series: 'subscribers' | 'orders' | 'revenue') => ({ hypothesis: 'baseline', scenario: 0, month, series, observed: 0, scale: 1 });
    const values = monthlyModelValues([input], [o(2, 'subscribers'), o(2, 'orders'), o(1, 'revenue')]);
    expect(values[0]).toBeCloseTo(1080, 9);
    expect(values[1]).toBeCloseTo(1080 * 0.004, 9);
    expect(values[2]).toBeCloseTo(1000 * 0.004 * 50, 9);
  });
});
