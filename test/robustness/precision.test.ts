import Decimal from 'decimal.js';
import { afterEach, describe, expect, test } from 'vitest';
import { ExactDecimal } from '../../src/calculator/decimalCalculator';
import { irr } from '../../src/finance/irr';
import { npv } from '../../src/finance/npv';
import { xnpv } from '../../src/finance/xnpv';
import { forecast } from '../../src/model/forecast';
import { forecastNpv } from '../../src/model/forecastNpv';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';

const input = {
  subscribers: 4000,
  newSubscribersPerMonth: 320,
  newSubscribersGrowthMonthly: 0.015,
  churnPerMonth: 0.0117,
  churnPerEmail: 0.0049,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 100,
  budgetPerMonth: 1200,
  inflationAnnual: 0.03,
  discountRateAnnual: 0.256,
};
const file = { baseline: input, hypotheses: { More: { emailsPerMonth: 3 }, Invest: { investment: 15000 } } };

/** The settings of a decimal.js constructor, to compare before and after. */
const settingsOf = (ctor: typeof Decimal) => ({
  precision: ctor.precision,
  rounding: ctor.rounding,
  toExpNeg: ctor.toExpNeg,
  toExpPos: ctor.toExpPos,
  minE: ctor.minE,
  maxE: ctor.maxE,
  modulo: ctor.modulo,
  crypto: ctor.crypto,
});

/** Every entry point that computes with decimals, once; the results as strings. */
const everything = () => [
  forecast(input, { years: 5 }).npv.toString(),
  JSON.stringify(compareScenarios(file)),
  npv(0.01, [-1000, 300, 400, 500]).toString(),
  xnpv(0.1, [-1000, 1100], ['2023-01-01', '2024-03-01']).toString(),
  String(irr([-1000, 300, 400, 500])),
  String(forecastNpv(parseScenarioInput(input), [60])[0]),
];

const defaults = settingsOf(Decimal);
afterEach(() => {
  Decimal.set({ ...defaults, crypto: false });
});

describe('decimal precision', () => {
  test('the library computes with its own Decimal: 40 significant digits, half-even rounding', () => {
    expect(ExactDecimal.precision).toBe(40);
    expect(ExactDecimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    const result = forecast(input, { years: 1 });
    expect((result.npv.constructor as typeof Decimal).precision).toBe(40);
    // 1 / 3 at a rate of 200 %: forty threes, the last rounded half-even.
    expect(npv(2, [0, 1]).toString()).toBe(`0.${'3'.repeat(40)}`);
    expect(npv(2, [0, 2]).toString()).toBe(`0.${'6'.repeat(39)}7`);
  });

  test('running every decimal entry point leaves the global Decimal settings as they were', () => {
    const before = settingsOf(Decimal);
    everything();
    expect(settingsOf(Decimal)).toEqual(before);
    expect(before.precision).toBe(20); // decimal.js's own default: the library never set it
  });

  test('a host that changes the global Decimal settings gets the same results', () => {
    const reference = everything();
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN, toExpNeg: -1, toExpPos: 1 });
    expect(everything()).toEqual(reference);
  });
});
