import { describe, expect, it } from 'vitest';
import { fieldValueCsv } from '../../src/render/fieldValueCsv';

describe('fieldValueCsv', () => {
  it('writes money to the cent and every other kind exactly, in plain decimals', () => {
    expect(fieldValueCsv('investment', 15000.456)).toBe('15000.46');
    expect(fieldValueCsv('openRate', 0.12127)).toBe('0.12127');
    expect(fieldValueCsv('churnPerEmail', 1e-7)).toBe('0.0000001');
  });

  it('writes a value at a field path by the kind of the field it names', () => {
    expect(fieldValueCsv('segments.engaged.averageOrderValue', 60.004)).toBe('60.00');
    expect(fieldValueCsv('segments.engaged.openRate', 0.12127)).toBe('0.12127');
    expect(fieldValueCsv('retention.beta', 1.23456)).toBe('1.23456');
  });
});
