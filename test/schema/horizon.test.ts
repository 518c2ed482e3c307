import { describe, expect, test } from 'vitest';
import { forecast, Horizon, horizonMonths, InputError, MAX_MONTHS } from '../../src/index';
import { isWholeMonths, yearsToMonths } from '../../src/schema/horizon';
import { deepFreeze, handExample, inputErrorOf } from '../model/support';

const LINE = /^[\w.[\]]+: .+/;

describe('horizonMonths', () => {
  test('a horizon in months is that many months', () => {
    expect(horizonMonths({ months: 18 })).toBe(18);
  });

  test('a horizon in years is twelve months per year', () => {
    expect(horizonMonths({ years: 5 })).toBe(60);
  });

  test('fractional years whose twelfths are whole months are accepted', () => {
    expect(horizonMonths({ years: 2.5 })).toBe(30);
    expect(horizonMonths({ years: 0.25 })).toBe(3);
    expect(horizonMonths({ years: 1 / 3 })).toBe(4);
  });

  test('the longest horizon is 1200 months or 100 years', () => {
    expect(MAX_MONTHS).toBe(1200);
    expect(horizonMonths({ months: 1200 })).toBe(1200);
    expect(horizonMonths({ years: 100 })).toBe(1200);
  });

  test('a horizon of 1000 years is rejected with a rule naming years', () => {
    const error = inputErrorOf(() => horizonMonths({ years: 1000 }));
    expect(error.problems).toEqual([{ path: 'horizon.years', rule: 'must be at most 100 years' }]);
  });

  test('a horizon of 1201 months is rejected', () => {
    expect(() => horizonMonths({ months: 1201 })).toThrow(InputError);
  });

  test('a horizon of 0 months is rejected', () => {
    expect(() => horizonMonths({ months: 0 })).toThrow(InputError);
  });

  test('a horizon of 1.5 months is rejected', () => {
    expect(() => horizonMonths({ months: 1.5 })).toThrow(InputError);
  });

  test('a horizon of 0.1 years (1.2 months) is rejected', () => {
    expect(() => horizonMonths({ years: 0.1 })).toThrow(InputError);
  });

  test('a horizon with both or neither of months and years is rejected', () => {
    expect(() => horizonMonths({ months: 12, years: 1 } as never)).toThrow(InputError);
    expect(() => horizonMonths({} as never)).toThrow(InputError);
  });

  test('forecast rejects a 1000-year horizon with an InputError', () => {
    expect(() => forecast(handExample, { years: 1000 })).toThrow(InputError);
  });

  test('the horizon schema accepts its own input type', () => {
    expect(Horizon.safeParse({ months: 3 }).success).toBe(true);
  });

  test('horizonMonths does not mutate a frozen horizon', () => {
    const horizon = deepFreeze({ years: 2 });
    expect(horizonMonths(horizon)).toBe(24);
    expect(horizon).toEqual({ years: 2 });
  });

  test('every problem of a horizon error reads field: rule with no NaN', () => {
    for (const horizon of [{ years: 1000 }, { months: 1201 }, { months: -3 }, { years: 0.1 }, { years: -1 }]) {
      const error = inputErrorOf(() => horizonMonths(horizon));
      for (const p of error.problems) expect(`${p.path}: ${p.rule}`).toMatch(LINE);
      expect(error.message).not.toMatch(/NaN/);
    }
  });

  test('a horizon of 1.5 months names months and says it must be whole ', () => {
    const error = inputErrorOf(() => horizonMonths({ months: 1.5 }));
    expect(error.message).toMatch(/months: must be a whole number of months/);
  });

  test('a horizon of NaN months names horizon.months', () => {
    const error = inputErrorOf(() => horizonMonths({ months: Number.NaN }));
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems) expect(p.path).toBe('horizon.months');
  });

  test('every line of a horizon error message reads field: rule', () => {
    const error = inputErrorOf(() => horizonMonths({ years: 1000 }));
    for (const line of error.message.split('\n')) expect(line).toMatch(LINE);
  });

  test('a tiny horizon in years that rounds to 0 months is rejected', () => {
    expect(() => horizonMonths({ years: 1e-11 })).toThrow(InputError);
  });
});

describe('yearsToMonths and isWholeMonths', () => {
  test('a horizon in years is the nearest whole number of months', () => {
    expect([1, 3, 5, 2.5, 1 / 12].map(yearsToMonths)).toEqual([12, 36, 60, 30, 1]);
  });

  test('only twelfths of a year are whole months', () => {
    expect([1, 2.5, 1 / 12, 100].every(isWholeMonths)).toBe(true);
    expect([0.1, 1.01, 2.55].some(isWholeMonths)).toBe(false);
  });
});
