import { describe, expect, test } from 'vitest';
import { optionsArgument } from '../../src/errors/optionsArgument';

describe('optionsArgument', () => {
  test('left out, the options are empty', () => {
    expect(optionsArgument(undefined)).toEqual({});
  });

  test('a plain object is returned as it is', () => {
    const options = { years: 5 };
    expect(optionsArgument(options)).toBe(options);
  });

  test('anything else is refused, naming the argument', () => {
    expect(() => optionsArgument(null as unknown as object)).toThrow('options: must be an object of options, e.g. {} (got null)');
    expect(() => optionsArgument([] as object, 'format')).toThrow('format: must be an object of options, e.g. {} (got a list)');
    expect(() => optionsArgument(new Map() as object)).toThrow('options: must be an object of options, e.g. {} (got a Map)');
    expect(() => optionsArgument(3 as unknown as object)).toThrow('(got 3)');
  });
});
