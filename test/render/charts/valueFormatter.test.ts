import { describe, expect, test } from 'vitest';
import { valueFormatter } from '../../../src/render/charts/valueFormatter';

describe('valueFormatter', () => {
  const usd = { kind: 'money', currency: 'USD', locale: 'en-US' } as const;

  test('money in whole units of the currency', () => {
    expect(valueFormatter(usd)(97797.43)).toBe('$97,797');
    expect(valueFormatter(usd)(-519.5)).toBe('-$520');
  });

  test('compact: three significant digits', () => {
    expect(valueFormatter(usd, true)(97797.43)).toBe('$97.8K');
    expect(valueFormatter(usd, true)(1_234_567)).toBe('$1.23M');
  });

  test('counts, and the locale given', () => {
    expect(valueFormatter({ kind: 'count', currency: 'USD', locale: 'en-US' })(4233.7)).toBe('4,234');
    expect(valueFormatter({ kind: 'money', currency: 'EUR', locale: 'de-DE' })(1234.4)).toBe('1.234\u00a0€');
  });
});
