import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { toExact } from '../../src/finance/numeric';

describe('toExact', () => {
  test('takes a number by its shortest decimal string, so 0.1 + 0.2 is 0.3', () => {
    expect(toExact(0.1, 'rate').plus(toExact(0.2, 'rate')).toString()).toBe('0.3');
  });

  test('takes numeric strings and Decimals of any configuration as they are', () => {
    expect(toExact('-1200.50', 'flows[0]').toString()).toBe('-1200.5');
    const Other = Decimal.clone({ precision: 5 });
    expect(toExact(new Other('123.456789'), 'x').toString()).toBe('123.456789');
  });

  test('keeps 40 significant digits', () => {
    expect(toExact('1', 'x').div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
  });

  test('refuses what is not a finite number, naming the input', () => {
    expect(() => toExact('abc', 'rate')).toThrow('rate: must be a finite number (got "abc")');
    expect(() => toExact(Number.POSITIVE_INFINITY, 'flows[3]')).toThrow('flows[3]: must be a finite number (got Infinity)');
    expect(() => toExact(new Decimal(Number.NaN), 'x')).toThrow('x: must be a finite number (got NaN)');
    expect(() => toExact(null as unknown as number, 'x')).toThrow('x: must be a finite number (got object)');
  });
});
