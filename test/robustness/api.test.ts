import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import * as api from '../../src/index';
import { InputError } from '../../src/errors/inputError';

const baseline = {
  subscribers: 4000,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 40,
  budgetPerMonth: 1200,
  discountRateAnnual: 0.1,
};
const file = { baseline, hypotheses: { H1: { openRate: 0.45 } } };
const parsed = api.parseScenarioInput(baseline);
const M = Number.MAX_VALUE;
const call = api as unknown as Record<string, (...args: unknown[]) => unknown>;

/** [function, arguments, the `field: rule` line expected (a pattern)]: each a call that once threw TypeError, RangeError or DecimalError, or gave a wrong result. */
const cases: readonly [string, readonly unknown[], RegExp][] = [
  ['forecastNpv', [parsed], /^monthsList: is required, a list of horizons in months/],
  ['forecastNpv', [null, [12]], /^input: must be an object$/],
  ['forecastNpv', [baseline, [12]], /^input: must be parsed first/],
  ['forecastNpv', [parsed, '12'], /^monthsList: must be a list of horizons/],
  ['irr', [], /^flows: is required, a list of cash flows/],
  ['irr', [null], /^flows: must be a list of cash flows.*\(got null\)$/],
  ['npv', [0.1], /^flows: is required/],
  ['xnpv', [0.1, [1], null], /^dates: must be a list of dates/],
  ['compareScenarios', [file, null], /^options: must be an object of options/],
  ['compareScenarios', [{ baseline, hypotheses: new Map([['H1', { openRate: 0.45 }]]) }], /^hypotheses: must be a plain object/],
  ['withFieldValues', [parsed, { nope: 1 }], /^nope: is not a numeric input field/],
  ['withFieldValues', [null, {}], /^input: must be the output of parseScenarioInput/],
  ['withFieldValues', [parsed, null], /^values: must be an object/],
  ['withFieldValues', [parsed, {}, { changes: 'all' }], /^options\.changes: must be "keep" or "scale"/],
  ['formatMoney', [], /^value: is required, a finite number/],
  ['formatMoney', [new Decimal(NaN)], /^value: must be a finite number/],
  ['formatMoney', [Infinity], /^value: must be a finite number/],
  ['formatMoney', [new Decimal(1), null], /^format: must be an object/],
  ['formatMoney', [1, { currency: 'NOPE!' }], /^format: "NOPE!" with locale "en-US" is not a currency format/],
  ['formatMoney', [1, { fractionDigits: -1 }], /^format\.fractionDigits: must be a whole number from 0 to 20/],
  ['formatNumber', [new Decimal(NaN)], /^value: must be a finite number/],
  ['formatNumber', [new Decimal(1), -1], /^fractionDigits: must be a whole number from 0 to 20/],
  ['formatNumber', [new Decimal(1), 0, 'xx-??'], /^locale: "xx-\?\?" is not a BCP 47 locale/],
  ['npvChart', [[{ name: 'a', values: [M, -M] }]], /^series\[0\]\.values\[0\]: must be a finite number from -1e300 to 1e300/],
  ['subscribersChart', [[{ name: 'a', values: [M] }]], /^series\[0\]\.values\[0\]: must be a finite number from -1e300/],
  ['fanChart', [[{ month: 1, p5: -M, p50: 0, p95: M }]], /^band\[0\]\.p5: must be a finite number from -1e300/],
  ['tornadoChart', [[{ label: 'a', low: -M, high: M }], 0], /^bars\[0\]\.low: must be a finite number from -1e300/],
  ['textTable', [], /^header: is required/],
  ['textTable', [['a'], null], /^rows: must be a list of rows/],
  ['renderTable', ['xml', [], []], /^format: must be one of "table", "md", "csv"/],
  ['forecastTable', [null], /^result: must be a forecast/],
  ['comparisonRows', [], /^horizon: is required/],
  ['runModel', [], /^calc: is required, a calculator/],
  ['runModel', [api.floatCalculator, parsed], /^options: is required/],
  ['runModel', [api.floatCalculator, {}, { months: 12 }], /^input\.subscribers: is required/],
  ['compilePeriods', [null, parsed], /^calc: must be a calculator/],
  ['inputPeriods', [], /^input: is required/],
  ['applyPatch', [null, {}], /^input: must be a scenario input/],
  ['applyPatch', [parsed, null], /^patch: must be an object$/],
  ['applyPatch', [parsed, { set: { openRate: 0.5 } }], /^patch\.set: is not a known field/],
  ['resolveHypotheses', [null], /^file: must be a scenario file parsed by parseScenarioFile/],
  ['fitLeastSquares', [], /^problem: is required/],
  ['fitLeastSquares', [{ bounds: [{ min: 1, max: 0 }], residuals: () => [] }], /^problem\.bounds: must be a list of \{ min, max \}/],
  ['seededRandom', [], /^seed: is required/],
  ['paybackOf', [baseline, null], /^options: must be an object of options/],
  ['breakEvenOf', [file, 5], /^hypothesis: must be the name of a hypothesis/],
  ['subscriberValue', [baseline, null], /^options: must be an object of options/],
  ['sensitivity', [baseline, null], /^options: must be an object of options/],
  ['simulate', [file, 5], /^options: must be an object of options/],
  ['fieldRange', ['nope'], /^field: must be a numeric input field/],
  ['findRoot', [], /^f: is required, a function/],
  ['findRoot', [(x: number) => x, 0, 1, null], /^options: must be an object of options/],
  ['steadyStateSubscriberValue', [], /^input: is required/],
  ['distributionSampler', [{ dist: 'normal', mean: 0.3, sd: 0.1 }, 'nope'], /^field: must be a numeric input field/],
  ['percentile', [], /^sorted: is required/],
  ['describeDistribution', [{}], /^distribution\.dist: /],
];

describe('every public function refuses a bad call with an InputError naming the argument', () => {
  test.each(cases.map(([name, args, rule], i) => ({ name, args, rule, i })))('$i: $name', ({ name, args, rule }) => {
    let thrown: unknown;
    try {
      call[name]!(...args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message.split('\n')[0]).toMatch(rule);
    expect((thrown as InputError).message).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('a patch cannot reach a prototype', () => {
  test('applyPatch refuses __proto__ as an unknown field; the injected value is never used and Object.prototype is untouched', () => {
    const patch = JSON.parse('{"__proto__":{"investment":1e6}}') as api.ScenarioPatch;
    expect(() => api.applyPatch(parsed, patch)).toThrow('patch.__proto__: is not a known field (check the spelling)');
    expect(({} as { investment?: unknown }).investment).toBeUndefined();
    expect(() => api.compareScenarios({ baseline, hypotheses: { H1: patch } })).toThrow(InputError);
    expect(({} as { investment?: unknown }).investment).toBeUndefined();
  });

  test('withFieldValues refuses a __proto__ key and leaves the prototype alone', () => {
    expect(() => api.withFieldValues(parsed, JSON.parse('{"__proto__":{"investment":1e6}}'))).toThrow(/^__proto__: is not a numeric input field/);
    expect(Object.getPrototypeOf(api.withFieldValues(parsed, { openRate: 0.3 }))).toBe(Object.prototype);
  });

  test('a valid patch still gives the same result, with the ordinary prototype', () => {
    const result = api.applyPatch(parsed, { openRate: 0.45 });
    expect(result.openRate).toBe(0.45);
    expect(result.investment).toBe(0);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});

describe('valid calls keep their results', () => {
  test('formatMoney and formatNumber accept a finite number as well as a Decimal', () => {
    expect(api.formatMoney(1234.565)).toBe('$1,234.56'); // 1234.565 is the decimal 1234.565, half-even to cents
    expect(api.formatMoney(new Decimal('1234.565'))).toBe('$1,234.56');
    expect(api.formatNumber(4233.7, 1)).toBe('4,233.7');
  });

  test('forecastNpv of a parsed input, twice, gives the same numbers', () => {
    const first = api.forecastNpv(parsed, [12, 60]);
    expect(api.forecastNpv(parsed, [12, 60])).toEqual(first);
    expect(first[0]).toBeCloseTo(api.forecast(baseline, { months: 12 }).npv.toNumber(), 6);
  });
});
