import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { finiteDecimalArgument } from '../../src/render/finiteDecimalArgument';

describe('finiteDecimalArgument', () => {
  test('a number by its shortest decimal string, a finite Decimal as it is', () => {
    expect(finiteDecimalArgument(0.1).toString()).toBe('0.1');
    const exact = new Decimal('1234.5678');
    expect(finiteDecimalArgument(exact)).toBe(exact);
  });

  test('refuses NaN, infinities and non-numbers, naming the argument', () => {
    expect(() => finiteDecimalArgument(new Decimal(Number.NaN))).toThrow('value: must be a finite number, a Decimal or a number (got a Decimal)');
    expect(() => finiteDecimalArgument(Number.NEGATIVE_INFINITY, 'npv')).toThrow(/^npv: must be a finite number/);
    expect(() => finiteDecimalArgument('12')).toThrow(/\(got "12"\)$/);
    expect(() => finiteDecimalArgument(undefined)).toThrow('value: is required, a finite number, a Decimal or a number');
  });
});
