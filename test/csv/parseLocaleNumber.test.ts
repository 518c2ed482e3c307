import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../src/csv/parseLocaleNumber';

const value = (text: string, locale?: string) => {
  const read = parseLocaleNumber(text, locale);
  return read.ok ? read.value : read.rule;
};

describe('parseLocaleNumber', () => {
  it.each([
    ['1,234.5', 'en-US', 1234.5],
    ['1.234,5', 'de-DE', 1234.5],
    ['1 234,5', 'fr-FR', 1234.5],
    ['1\u202f234,5', 'fr-FR', 1234.5],
    ["1'234.5", 'de-CH', 1234.5],
    ['12,34,567', 'en-IN', 1234567],
    ['1234567', 'en-US', 1234567],
    ['12.5%', 'en-US', 0.125],
    ['12,5 %', 'de-DE', 0.125],
    ['$ 2,400.00', 'en-US', 2400],
    ['2.400,00 €', 'de-DE', 2400],
    ['-3', 'en-US', -3],
    ['\u22123', 'en-US', -3],
    ['.5', 'en-US', 0.5],
    ['  42  ', 'en-US', 42],
  ])('%s in %s is %d', (text, locale, expected) => {
    expect(value(text, locale)).toBe(expected);
  });

  it('marks a percentage', () => {
    expect(parseLocaleNumber('21.5%')).toEqual({ ok: true, value: 0.215, percent: true });
    expect(parseLocaleNumber('0.215')).toEqual({ ok: true, value: 0.215, percent: false });
  });

  it('says "is not a number" for text and an empty cell', () => {
    expect(value('n/a')).toBe('"n/a" is not a number');
    expect(value('')).toBe('"" is not a number');
    expect(value('-')).toBe('"-" is not a number');
  });

  it('refuses a separator where the locale puts none, naming the locale', () => {
    expect(value('1,5')).toBe('"1,5" is not a number in en-US (thousands separated by ",", decimals after ".", e.g. 1,234.5)');
    expect(value('1.234,5')).toMatch(/^"1.234,5" is not a number in en-US/);
    expect(value('1,234.5', 'de-DE')).toBe('"1,234.5" is not a number in de-DE (thousands separated by ".", decimals after ",", e.g. 1.234,5)');
    expect(value('12abc')).toMatch(/is not a number in en-US/);
  });
});
