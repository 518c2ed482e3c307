import { describe, expect, it } from 'vitest';
import { formatInputValue } from '../../../src/render/report/formatInputValue';

const usd = { currency: 'USD', locale: 'en-US' };

describe('formatInputValue', () => {
  it('writes shares as percentages with four significant digits, keeping the exact value for a tooltip', () => {
    expect(formatInputValue('share', 0.4, usd)).toEqual({ text: '40%', title: '0.4' });
    expect(formatInputValue('share', 0.004942156949411331, usd)).toEqual({ text: '0.4942%', title: '0.004942156949411331' });
  });

  it('writes money to the cent in the currency and locale', () => {
    expect(formatInputValue('money', 17000.09891920593, usd).text).toBe('$17,000.10');
    expect(formatInputValue('money', 1200, { currency: 'EUR', locale: 'de-DE' }).text).toBe('1.200,00\u00a0€');
  });

  it('writes people to two decimals and plain numbers to four significant digits', () => {
    expect(formatInputValue('people', 3999.9886482042834, usd).text).toBe('3,999.99');
    expect(formatInputValue('number', 1.23456, usd).text).toBe('1.235');
  });

  it('writes text, yes/no and a missing value as they read', () => {
    expect(formatInputValue('text', 'additive', usd)).toEqual({ text: 'additive', title: undefined });
    expect(formatInputValue('text', false, usd).text).toBe('no');
    expect(formatInputValue('share', undefined, usd).text).toBe('—');
  });
});
