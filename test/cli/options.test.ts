import { describe, expect, it } from 'vitest';
import { moneyFormatOf, numberListOption, numberOption, strictNumber } from '../../src/cli/options';
import { InputError } from '../../src/errors/inputError';

/** The `path: rule` lines of the InputError that `f` throws. */
function problemsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.rule}`);
    throw error;
  }
  throw new Error('no InputError thrown');
}

describe('strictNumber', () => {
  it.each([
    ['5', 5],
    ['-0.25', -0.25],
    ['.5', 0.5],
    ['2.50', 2.5],
    ['007', 7],
  ])('reads %j in decimal notation', (raw, value) => expect(strictNumber(raw, '--years')).toBe(value));

  it.each(['0x10', '1e', '1e3', ' 5', '5 ', '5abc', 'Infinity', '-Infinity', 'NaN', '', '+5', '1.', '1,5', '1_000', `1${'0'.repeat(400)}`])(
    'refuses %j, naming the option',
    (raw) => {
      expect(problemsOf(() => strictNumber(raw, '--years'))).toEqual([`--years: must be a number, got "${raw}" (decimal notation, e.g. 5 or 0.25)`]);
    },
  );

  it('refuses a fraction or another notation where a whole number is required', () => {
    expect(strictNumber('12', '--draws', true)).toBe(12);
    expect(problemsOf(() => strictNumber('1.5', '--draws', true))).toEqual(['--draws: must be a whole number, got "1.5"']);
    expect(problemsOf(() => strictNumber('2.0', '--draws', true))).toEqual(['--draws: must be a whole number, got "2.0"']);
    expect(problemsOf(() => strictNumber('1e3', '--draws', true))).toEqual(['--draws: must be a number, got "1e3" (decimal notation, e.g. 5 or 0.25)']);
  });
});

describe('numberOption and numberListOption', () => {
  it('give the fallback or undefined when the option is absent', () => {
    expect(numberOption({}, 'years', 5)).toBe(5);
    expect(numberListOption({}, 'horizons')).toBeUndefined();
  });

  it('read a list of decimal numbers and refuse any other part', () => {
    expect(numberListOption({ horizons: '1,2.5,10' }, 'horizons')).toEqual([1, 2.5, 10]);
    for (const raw of ['1,x', '1,,3', '1, 3', '0x10', '1e2', '']) {
      expect(problemsOf(() => numberListOption({ horizons: raw }, 'horizons'))).toEqual([
        `--horizons: must be numbers separated by commas, e.g. 1,3,5 (got "${raw}")`,
      ]);
    }
  });
});

describe('moneyFormatOf', () => {
  it('defaults to USD in en-US and takes a known pair', () => {
    expect(moneyFormatOf({})).toEqual({ currency: 'USD', locale: 'en-US' });
    expect(moneyFormatOf({ currency: 'EUR', locale: 'de-DE' })).toEqual({ currency: 'EUR', locale: 'de-DE' });
  });

  it('names --locale for a locale Intl does not know, and --currency for a currency', () => {
    expect(problemsOf(() => moneyFormatOf({ locale: '!!' }))).toEqual(['--locale: "!!" is not a locale Intl knows (e.g. en-US, de-DE)']);
    expect(problemsOf(() => moneyFormatOf({ locale: 'zz' }))).toEqual(['--locale: "zz" is not a locale Intl knows (e.g. en-US, de-DE)']);
    expect(problemsOf(() => moneyFormatOf({ currency: 'dollars' }))[0]).toMatch(/^--currency: "dollars" with locale "en-US" is not a currency format/);
  });
});
