import { describe, expect, it } from 'vitest';
import { fieldValueText } from '../../src/render/fieldValueText';

const usd = { currency: 'USD', locale: 'en-US' };

describe('fieldValueText', () => {
  it('writes a value by its field’s kind: shares as percentages, money to the cent, numbers with a few digits', () => {
    expect(fieldValueText('openRate', 0.12127, usd)).toBe('12.13%');
    expect(fieldValueText('budgetPerMonth', 1200, usd)).toBe('$1,200.00');
    expect(fieldValueText('budgetPerMonth', 1200, { currency: 'EUR', locale: 'de-DE' })).toBe('1.200,00\u00a0€');
    expect(fieldValueText('emailsPerMonth', 2.123456, usd)).toBe('2.123');
  });

  it('writes a value at a field path by the kind of the field it names', () => {
    expect(fieldValueText('segments.engaged.openRate', 0.12127, usd)).toBe('12.13%');
    expect(fieldValueText('segments.dormant.averageOrderValue', 60, usd)).toBe('$60.00');
    expect(fieldValueText('moves[0].sharePerMonth', 0.03, usd)).toBe('3%');
    expect(fieldValueText('retention.alpha', 0.7, usd)).toBe('0.7');
  });
});
