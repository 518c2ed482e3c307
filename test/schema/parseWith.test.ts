import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import { parseWith } from '../../src/schema/parseWith';

const Settings = z.strictObject({ years: z.number().max(100, { error: 'must be at most 100 years' }), label: z.string().default('x') });

describe('parseWith', () => {
  test('returns the parsed output, defaults filled in', () => {
    expect(parseWith(Settings, { years: 5 })).toEqual({ years: 5, label: 'x' });
  });

  test('throws an InputError listing every problem, paths prefixed', () => {
    let error: unknown;
    try {
      parseWith(Settings, { years: 500, label: 3 }, ['horizon']);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => p.path)).toEqual(['horizon.years', 'horizon.label']);
    expect((error as InputError).problems[0]!.rule).toBe('must be at most 100 years');
  });
});
