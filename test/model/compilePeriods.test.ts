import { describe, expect, test } from 'vitest';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { compilePeriods } from '../../src/model/compilePeriods';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { D, expectDecimalClose, handExample, inputErrorOf } from './support';

// Expected factors are computed by hand (and with a 60-digit Decimal for the 12th roots), from the formulas
// of the model as the README states them, not from the library.
describe('compilePeriods', () => {
  test('without changes: one run of months with the hand-computed factors', () => {
    const input = parseScenarioInput({ ...handExample, runningCostPerMonth: 20, offEmailMultiplier: 1.2, newSubscribersGrowthMonthly: 0.01 });
    const periods = compilePeriods(decimalCalculator, input);
    expect(periods).toHaveLength(1);
    const [p] = periods;
    expect(p!.fromMonth).toBe(1);
    expect(p!.keep.toString()).toBe('0.9'); // 1 − (0.1 + 0 × 2)
    expect(p!.loss.toString()).toBe('0.1');
    expect(p!.emailsPerMonth.toString()).toBe('2');
    expect(p!.ordersPerEmail.toString()).toBe('0.005'); // 0.5 × 0.1 × 0.1
    expect(p!.revenuePerOrder.toString()).toBe('60'); // 50 × 1.2
    expect(p!.grossMargin.toString()).toBe('0.5');
    expect(p!.fixedCosts.toString()).toBe('120'); // 100 + 20
    expect(p!.costPerEmail.toString()).toBe('0.01'); // 10 / 1000
    expect(p!.inflationFactorMonthly.toString()).toBe('1');
    expect(p!.discountFactorMonthly.toString()).toBe('1');
    expect(p!.acquisitionFactorMonthly.toString()).toBe('1.01');
    expect(p!.newSubscribersReset).toBe(100);
  });

  test('monthly factors are the 12th roots of the annual rates', () => {
    const input = parseScenarioInput({ ...handExample, inflationAnnual: 0.03, discountRateAnnual: 0.1 });
    const [p] = compilePeriods(decimalCalculator, input);
    expectDecimalClose(p!.inflationFactorMonthly, new D('1.03').pow(new D(1).div(12)), '1e-38');
    expectDecimalClose(p!.discountFactorMonthly, new D(1).div(new D('1.1').pow(new D(1).div(12))), '1e-38');
    // (1.1)^(−1/12) = 0.992089… : twelve months of it discount by 1/1.1.
    expect(Math.abs(p!.discountFactorMonthly.toNumber() ** 12 - 1 / 1.1)).toBeLessThan(1e-15);
  });

  test('compound churn keeps (1 − c)(1 − DR)^e; the delivered basis has no open rate', () => {
    const input = parseScenarioInput({
      ...handExample,
      churnModel: 'compound',
      churnPerMonth: 0.02,
      churnPerEmail: 0.01,
      emailsPerMonth: 4,
      openRate: undefined,
      clickRateBasis: 'delivered',
      clickRate: 0.03,
      conversionRate: 0.02,
    });
    const [p] = compilePeriods(decimalCalculator, input);
    expectDecimalClose(p!.keep, new D('0.98').times(new D('0.99').pow(4)), '1e-38'); // 0.98 × 0.96059601 = 0.9413840898
    expect(p!.keep.toString()).toBe('0.9413840898');
    expect(p!.ordersPerEmail.toString()).toBe('0.0006'); // 0.03 × 0.02
  });

  test('one run per change: each from its month, acquisition reset only where Pn is set', () => {
    const input = parseScenarioInput({
      ...handExample,
      changes: [
        { fromMonth: 13, set: { emailsPerMonth: 4 } },
        { fromMonth: 25, set: { newSubscribersPerMonth: 50 } },
      ],
    });
    const periods = compilePeriods(decimalCalculator, input);
    expect(periods.map((p) => p.fromMonth)).toEqual([1, 13, 25]);
    expect(periods.map((p) => p.emailsPerMonth.toString())).toEqual(['2', '4', '4']);
    expect(periods.map((p) => p.newSubscribersReset)).toEqual([100, undefined, 50]);
    // The churn per email is 0, so four emails keep the same share.
    expect(periods.map((p) => p.keep.toString())).toEqual(['0.9', '0.9', '0.9']);
  });

  test('the float backend gives the same factors as floats', () => {
    const input = parseScenarioInput({ ...handExample, inflationAnnual: 0.03, discountRateAnnual: 0.1 });
    const [f] = compilePeriods(floatCalculator, input);
    expect(f!.ordersPerEmail).toBeCloseTo(0.005, 15);
    expect(f!.keep).toBeCloseTo(0.9, 15);
    expect(f!.discountFactorMonthly).toBeCloseTo(1 / 1.1 ** (1 / 12), 15);
  });

  test('refuses a missing calculator or an unparsed input, naming it', () => {
    expect(inputErrorOf(() => compilePeriods(null as never, parseScenarioInput(handExample))).message).toMatch(/^calc: /);
    expect(inputErrorOf(() => compilePeriods(decimalCalculator, handExample as never)).message).toMatch(/^input: must be parsed first/);
  });
});
