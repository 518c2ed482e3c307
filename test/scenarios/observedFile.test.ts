import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CalibrationUnknowns, ObservedFile } from '../../src/scenarios/observedFile';
import { parseWith } from '../../src/schema/parseWith';
import { inputErrorOf } from '../model/support';

const problems = (data: unknown) => inputErrorOf(() => parseWith(ObservedFile, data)).problems;
const row = { hypothesis: 'H1', years: 1, npv: 100 };

describe('ObservedFile', () => {
  test("accepts the article's observed file as written", () => {
    const data = JSON.parse(readFileSync('examples/moller-article.observed.json', 'utf8'));
    const parsed = parseWith(ObservedFile, data);
    expect(parsed.observed).toHaveLength(18);
    expect(Object.keys(parsed.unknowns!)).toEqual(Object.keys(data.unknowns));
  });

  test('null, a number for observed, and an empty list are refused', () => {
    expect(problems(null)).toEqual([{ path: '', rule: 'must be an object: { "observed": [{ "hypothesis", "years", "npv" }, …], "unknowns": { … } }' }]);
    expect(problems({ observed: 5 })).toEqual([{ path: 'observed', rule: 'must be a list of { "hypothesis", "years", "npv" }' }]);
    expect(problems({ observed: [] })).toEqual([{ path: 'observed', rule: 'must hold at least one observed NPV' }]);
    expect(problems({})).toEqual([{ path: 'observed', rule: 'is required unless "monthly" is given: a list of { "hypothesis", "years", "npv" }' }]);
  });

  test('npv must be a finite number: "x", "NaN", 1e400 (Infinity once parsed) and null are refused', () => {
    for (const npv of ['x', 'NaN', JSON.parse('1e400'), null, -Infinity]) {
      expect(problems({ observed: [{ ...row, npv }] }), String(npv)).toEqual([{ path: 'observed[0].npv', rule: 'must be a finite number (money), e.g. 9485' }]);
    }
  });

  test('years must be a number of years (a string is refused), over 0, at most 100, whole months', () => {
    expect(problems({ observed: [{ ...row, years: '5' }] })).toEqual([{ path: 'observed[0].years', rule: 'must be a number of years, e.g. 5' }]);
    expect(problems({ observed: [{ ...row, years: 0 }] })).toEqual([{ path: 'observed[0].years', rule: 'must be more than 0' }]);
    expect(problems({ observed: [{ ...row, years: 101 }] })).toEqual([{ path: 'observed[0].years', rule: 'must be at most 100' }]);
    expect(problems({ observed: [{ ...row, years: 1.01 }] })).toEqual([{ path: 'observed[0].years', rule: 'must be a whole number of months (years × 12)' }]);
  });

  test('unknown keys in a row or in the file are refused', () => {
    expect(problems({ observed: [{ ...row, npV: 1 }] })).toEqual([{ path: 'observed[0].npV', rule: 'is not a known field (check the spelling)' }]);
    expect(problems({ observed: [row], unknown: {} })).toEqual([{ path: 'unknown', rule: 'is not a known field (check the spelling)' }]);
  });
});

describe('CalibrationUnknowns', () => {
  test('an unknown named __proto__ (an own key, as JSON.parse makes it) is refused, not dropped', () => {
    const data = JSON.parse('{"__proto__": {"min": 0, "max": 1}, "openRate": {"min": 0, "max": 1}}');
    expect(inputErrorOf(() => parseWith(CalibrationUnknowns, data, ['unknowns'])).problems).toEqual([
      { path: 'unknowns.__proto__', rule: `"__proto__" is not an input: name a field ("churnPerEmail") or a hypothesis' field ("H4.investment")` },
    ]);
  });

  test('bounds must be finite numbers with min below max; at least one unknown', () => {
    expect(inputErrorOf(() => parseWith(CalibrationUnknowns, { a: { min: 1, max: 1 } })).problems).toEqual([{ path: 'a', rule: 'min must be below max' }]);
    expect(inputErrorOf(() => parseWith(CalibrationUnknowns, { a: { min: 0, max: Infinity } })).problems).toEqual([
      { path: 'a.max', rule: 'must be a finite number' },
    ]);
    expect(inputErrorOf(() => parseWith(CalibrationUnknowns, { a: 5 })).problems).toEqual([{ path: 'a', rule: 'must be { "min": …, "max": … }' }]);
    expect(inputErrorOf(() => parseWith(CalibrationUnknowns, {})).problems).toEqual([{ path: '', rule: 'must name at least one unknown input' }]);
    expect(inputErrorOf(() => parseWith(CalibrationUnknowns, [])).problems).toEqual([
      { path: '', rule: 'must be an object: input name → { "min": …, "max": … }' },
    ]);
  });
});

describe('ObservedFile monthly series', () => {
  test('reads monthly rows, alone (observed then reads as []) or beside NPVs', () => {
    const alone = parseWith(ObservedFile, { monthly: [{ hypothesis: 'baseline', month: 3, subscribers: 4100, orders: 25, revenue: 2500 }] });
    expect(alone).toEqual({ observed: [], monthly: [{ hypothesis: 'baseline', month: 3, subscribers: 4100, orders: 25, revenue: 2500 }] });
  });

  test('names the place of every bad monthly value, and asks for NPVs or months', () => {
    const problems = inputErrorOf(() =>
      parseWith(ObservedFile, {
        monthly: [
          { hypothesis: 'baseline', month: 0, orders: 1 },
          { hypothesis: 'baseline', month: 2, revenue: -5 },
          { hypothesis: 'baseline', month: 3 },
          { hypothesis: 'baseline', month: 4, orders: 'many' },
        ],
      }),
    ).problems;
    expect(problems).toEqual([
      { path: 'monthly[0].month', rule: 'must be a whole number of months, 1 for the first' },
      { path: 'monthly[1].revenue', rule: 'must be 0 or more (revenue in the month, money)' },
      { path: 'monthly[2]', rule: 'must give at least one of "subscribers", "orders", "revenue"' },
      { path: 'monthly[3].orders', rule: 'must be a finite number, 0 or more (orders in the month)' },
    ]);
    expect(inputErrorOf(() => parseWith(ObservedFile, { source: 'x' })).problems).toEqual([
      { path: 'observed', rule: 'is required unless "monthly" is given: a list of { "hypothesis", "years", "npv" }' },
    ]);
  });
});
