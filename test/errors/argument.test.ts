import { describe, expect, test } from 'vitest';
import { requireArgument } from '../../src/errors/argument';
import { InputError } from '../../src/errors/inputError';

/** The message requireArgument throws for a refused `value`. */
function refusal(value: unknown): string {
  try {
    requireArgument('rate', value, false, 'a finite number');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error('requireArgument did not throw');
}

describe('requireArgument', () => {
  test('does nothing when the argument is acceptable', () => {
    expect(() => requireArgument('rate', 0.05, true, 'a finite number')).not.toThrow();
  });

  test('says a missing argument is required', () => {
    expect(refusal(undefined)).toBe('rate: is required, a finite number');
  });

  test('shows what was given, briefly', () => {
    expect(refusal(null)).toBe('rate: must be a finite number (got null)');
    expect(refusal(5)).toBe('rate: must be a finite number (got 5)');
    expect(refusal(Number.NaN)).toBe('rate: must be a finite number (got a number that is not finite)');
    expect(refusal('x')).toBe('rate: must be a finite number (got "x")');
    expect(refusal('a'.repeat(40))).toBe(`rate: must be a finite number (got "${'a'.repeat(30)}…")`);
    expect(refusal([1, 2])).toBe('rate: must be a finite number (got a list)');
    expect(refusal(new Map())).toBe('rate: must be a finite number (got a Map)');
    expect(refusal({ a: 1 })).toBe('rate: must be a finite number (got an object)');
    expect(refusal(Object.create(null))).toBe('rate: must be a finite number (got an object)');
    expect(refusal(true)).toBe('rate: must be a finite number (got a boolean)');
  });

  test('names the argument as given, with one problem', () => {
    expect.assertions(1);
    try {
      requireArgument('options.horizonsYears', 'x', false, 'a list of years');
    } catch (error) {
      expect((error as InputError).problems).toEqual([{ path: 'options.horizonsYears', rule: 'must be a list of years (got "x")' }]);
    }
  });
});
