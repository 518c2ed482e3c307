import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/render/formatMoney';

describe('formatMoney', () => {
  it('rounds to cents half-even only when formatting', () => {
    expect(formatMoney(new Decimal('1234.565'))).toBe('$1,234.56');
    expect(formatMoney(new Decimal('1234.575'))).toBe('$1,234.58');
  });

  it('keeps digits a float would lose', () => {
    expect(formatMoney(new Decimal('12345678901234567.005'))).toBe('$12,345,678,901,234,567.00');
  });

  it('formats negatives and whole units', () => {
    expect(formatMoney(new Decimal('-9485.4'), { fractionDigits: 0 })).toBe('-$9,485');
  });

  it('uses the currency and locale given', () => {
    expect(formatMoney(new Decimal('1234.5'), { currency: 'EUR', locale: 'de-DE' })).toBe('1.234,50\u00a0€');
  });
});
