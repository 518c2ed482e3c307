import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/render/formatNumber';

describe('formatNumber', () => {
  test('groups thousands and rounds to the digits asked for', () => {
    expect(formatNumber(new Decimal('4233.6997841'), 1)).toBe('4,233.7');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(0.5, 2)).toBe('0.50');
  });

  test('rounds half to even, on the exact decimal', () => {
    expect(formatNumber(new Decimal('2.5'))).toBe('2');
    expect(formatNumber(new Decimal('3.5'))).toBe('4');
    expect(formatNumber(new Decimal('-2.5'))).toBe('-2');
    expect(formatNumber(new Decimal('0.125'), 2)).toBe('0.12');
    // 1.005 as a float is 1.00499999999999989…, but a number is taken by its shortest decimal string: 1.005 → 1.00 (half even).
    expect(formatNumber(1.005, 2)).toBe('1.00');
    expect(formatNumber(1.015, 2)).toBe('1.02');
  });

  test('keeps digits a float would lose', () => {
    expect(formatNumber(new Decimal('12345678901234567890'))).toBe('12,345,678,901,234,567,890');
  });

  test('uses the locale given', () => {
    expect(formatNumber(new Decimal('1234.5'), 1, 'de-DE')).toBe('1.234,5');
  });

  test('refuses non-finite values, bad digit counts and unknown locales', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/^value: must be a finite number/);
    expect(() => formatNumber(new Decimal(Number.POSITIVE_INFINITY))).toThrow(/^value: must be a finite number/);
    expect(() => formatNumber(1, 21)).toThrow(/^fractionDigits: must be a whole number from 0 to 20/);
    expect(() => formatNumber(1, 1.5)).toThrow(/^fractionDigits: /);
    expect(() => formatNumber(1, 0, 'not a locale!')).toThrow('locale: "not a locale!" is not a BCP 47 locale Intl knows, e.g. "en-US"');
  });
});
