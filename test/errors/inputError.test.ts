import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors/inputError';

describe('InputError', () => {
  test('lists every problem as `field: rule`, one a line, and keeps them as data', () => {
    const problems = [
      { path: 'openRate', rule: 'must be a fraction from 0 to 1' },
      { path: 'hypotheses.H1.clickRate', rule: 'must be at least 0' },
    ];
    const error = new InputError(problems);
    expect(error.message).toBe('openRate: must be a fraction from 0 to 1\nhypotheses.H1.clickRate: must be at least 0');
    expect(error.problems).toEqual(problems);
    expect(error.file).toBeUndefined();
  });

  test('names the file on a first line when the input came from one', () => {
    const error = new InputError([{ path: 'observed[0].npv', rule: 'must be a number' }], 'o.json');
    expect(error.message).toBe('in o.json:\nobserved[0].npv: must be a number');
    expect(error.file).toBe('o.json');
  });

  test('a problem of the whole input is shown as (input)', () => {
    expect(new InputError([{ path: '', rule: 'must be an object' }]).message).toBe('(input): must be an object');
  });

  test('is an Error named InputError', () => {
    const error = new InputError([]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InputError');
  });
});
