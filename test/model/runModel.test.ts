import { describe, expect, test } from 'vitest';
import { decimalCalculator, floatCalculator, forecast, parseScenarioInput, runModel, type ScenarioInputData } from '../../src/index';
import { expectClose } from './support';
import { npv } from '../../src/finance/npv';
import { monthlyFactor } from '../../src/finance/monthlyFactor';

const listOnly = (overrides: Partial<ScenarioInputData>): ScenarioInputData => ({
  subscribers: 5000,
  newSubscribersPerMonth: 300,
  churnPerMonth: 0.03,
  churnPerEmail: 0,
  emailsPerMonth: 4,
  openRate: 0.3,
  clickRate: 0.05,
  conversionRate: 0.02,
  averageOrderValue: 80,
  discountRateAnnual: 0.08,
  ...overrides,
});

/** S at the start of month t + 1 with constant loss c and constant inflow N. */
const closedFormSubscribers = (s0: number, n: number, c: number, t: number) => (s0 - n / c) * (1 - c) ** t + n / c;

/** −B × Σ_{m=1..M} v^m with v = (1 + r)^(−1/12), as a geometric series. */
const annuityNpv = (budget: number, rate: number, months: number) => {
  const v = (1 + rate) ** (-1 / 12);
  return -budget * ((v * (1 - v ** months)) / (1 - v));
};

describe('closed forms', () => {
  test('subscribers follow (S0 − N/c)(1 − c)^t + N/c on the exact path for 60 months', () => {
    const s0 = 5000,
      n = 300,
      c = 0.03;
    const result = forecast(listOnly({ subscribers: s0, newSubscribersPerMonth: n, churnPerMonth: c }), { months: 60 });
    expect(result.rows).toHaveLength(60);
    result.rows.forEach((row, index) => {
      expectClose(row.subscribersStart.toNumber(), closedFormSubscribers(s0, n, c, index), 1e-12);
    });
  });

  test('subscribers follow the closed form on the float path when the list shrinks towards N/c', () => {
    const s0 = 100000,
      n = 250,
      c = 0.07;
    const parsed = parseScenarioInput(listOnly({ subscribers: s0, newSubscribersPerMonth: n, churnPerMonth: c }));
    const run = runModel(floatCalculator, parsed, { months: 60, keepRows: true });
    run.rows.forEach((row, index) => {
      expectClose(row.subscribersStart, closedFormSubscribers(s0, n, c, index), 1e-12);
    });
  });

  test('a constant monthly budget with no subscribers gives the annuity NPV −B × v(1 − v^M)/(1 − v)', () => {
    const budget = 1234.5,
      rate = 0.1,
      months = 120;
    const input = listOnly({ subscribers: 0, newSubscribersPerMonth: 0, budgetPerMonth: budget, discountRateAnnual: rate });
    expectClose(forecast(input, { months }).npv.toNumber(), annuityNpv(budget, rate, months), 1e-12);
    expectClose(runModel(floatCalculator, parseScenarioInput(input), { months }).npv, annuityNpv(budget, rate, months), 1e-12);
  });

  test('the annuity NPV holds at every checkpoint of one run', () => {
    const budget = 500,
      rate = 0.25;
    const parsed = parseScenarioInput(listOnly({ subscribers: 0, newSubscribersPerMonth: 0, budgetPerMonth: budget, discountRateAnnual: rate }));
    const checkpoints = [60, 1, 12, 37];
    const run = runModel(decimalCalculator, parsed, { months: 60, checkpoints });
    run.npvAtCheckpoints.forEach((npv, index) => expectClose(npv.toNumber(), annuityNpv(budget, rate, checkpoints[index]!), 1e-12));
  });

  test('repeated and unsorted checkpoints each get the annuity NPV of their month, on both backends', () => {
    const budget = 800,
      rate = 0.12;
    const parsed = parseScenarioInput(listOnly({ subscribers: 0, newSubscribersPerMonth: 0, budgetPerMonth: budget, discountRateAnnual: rate }));
    const checkpoints = [36, 12, 36, 1, 60, 12];
    const exact = runModel(decimalCalculator, parsed, { months: 60, checkpoints });
    const float = runModel(floatCalculator, parsed, { months: 60, checkpoints });
    checkpoints.forEach((month, place) => {
      expectClose(exact.npvAtCheckpoints[place]!.toNumber(), annuityNpv(budget, rate, month), 1e-12);
      expectClose(float.npvAtCheckpoints[place]!, annuityNpv(budget, rate, month), 1e-12);
    });
  });

  test('zero emails per month gives zero emails, orders, revenue and gross profit in every row', () => {
    const result = forecast(listOnly({ emailsPerMonth: 0, budgetPerMonth: 10 }), { months: 24 });
    for (const row of result.rows) {
      expect(row.emailsSent.isZero()).toBe(true);
      expect(row.orders.isZero()).toBe(true);
      expect(row.revenue.isZero()).toBe(true);
      expect(row.grossProfit.isZero()).toBe(true);
      expect(row.costs.toString()).toBe('10');
    }
  });

  test('a monthly churn of 1 empties the list so month 2 starts with only the new subscribers of month 1', () => {
    const result = forecast(listOnly({ subscribers: 9000, newSubscribersPerMonth: 40, newSubscribersGrowthMonthly: 0.5, churnPerMonth: 1 }), { months: 4 });
    const starts = result.rows.map((row) => row.subscribersStart.toString());
    expect(starts).toEqual(['9000', '40', '60', '90']);
    expect(result.rows[0]!.subscribersLost.toString()).toBe('9000');
  });

  test('the float and exact calculators give the same rows for the same input', () => {
    const parsed = parseScenarioInput(listOnly({ inflationAnnual: 0.04, pricesFollowInflation: true, budgetPerMonth: 700, investment: 3000 }));
    const exact = runModel(decimalCalculator, parsed, { months: 36, keepRows: true });
    const float = runModel(floatCalculator, parsed, { months: 36, keepRows: true });
    float.rows.forEach((row, index) => {
      const other = exact.rows[index]!;
      expectClose(row.cumulativeNpv, other.cumulativeNpv.toNumber(), 1e-12);
      expectClose(row.revenue, other.revenue.toNumber(), 1e-12);
    });
  });

  test('the fast path keeps no rows unless asked', () => {
    const parsed = parseScenarioInput(listOnly({}));
    expect(runModel(floatCalculator, parsed, { months: 12 }).rows).toHaveLength(0);
  });

  test('a checkpoint beyond the horizon is an input error naming checkpoints', () => {
    const parsed = parseScenarioInput(listOnly({}));
    expect(() => runModel(floatCalculator, parsed, { months: 12, checkpoints: [13] })).toThrow(/^checkpoints: /);
  });

  test('a float run that overflows is an input error naming the horizon', () => {
    const parsed = parseScenarioInput(
      listOnly({
        subscribers: 1e12,
        newSubscribersPerMonth: 1e12,
        newSubscribersGrowthMonthly: 10,
        emailsPerMonth: 1000,
        averageOrderValue: 1e12,
        openRate: 1,
        clickRate: 1,
        conversionRate: 1,
        offEmailMultiplier: 100,
        discountRateAnnual: 0,
      }),
    );
    expect(() => runModel(floatCalculator, parsed, { months: 1200 })).toThrow(/^horizon: /);
  });
});

describe("the model's NPV is finance's npv of its monthly flows", () => {
  test.each([
    ['a constant rate', listOnly({ investment: 12000, budgetPerMonth: 900, inflationAnnual: 0.03, pricesFollowInflation: true, discountRateAnnual: 0.12 })],
    ['a zero rate', listOnly({ investment: 500, discountRateAnnual: 0 })],
    ['a high rate, compound churn', listOnly({ investment: 3000, churnModel: 'compound', churnPerEmail: 0.004, discountRateAnnual: 0.9 })],
  ])('%s: −investment + Σ net_m × DF_m = npv(monthlyFactor − 1, [−investment, net_1 … net_M]) to 40 digits', (_, data) => {
    const input = parseScenarioInput(data);
    const run = runModel(decimalCalculator, input, { months: 120, keepRows: true });
    const rate = monthlyFactor(decimalCalculator, input.discountRateAnnual).minus(1);
    const flows = [decimalCalculator.from(-input.investment), ...run.rows.map((row) => row.netCashFlow)];
    const expected = npv(rate, flows);
    expect(run.npv.minus(expected).abs().toNumber()).toBeLessThanOrEqual(1e-30 * Math.max(1, expected.abs().toNumber()));
    run.rows.forEach((row, m) =>
      expect(
        row.cumulativeNpv
          .minus(npv(rate, flows.slice(0, m + 2)))
          .abs()
          .toNumber(),
      ).toBeLessThanOrEqual(1e-30 * Math.max(1, expected.abs().toNumber())),
    );
  });
});
