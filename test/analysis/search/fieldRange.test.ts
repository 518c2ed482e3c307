import { describe, expect, it } from 'vitest';
import { fieldRange } from '../../../src/analysis/search/fieldRange';

describe('fieldRange', () => {
  it('reads the bounds of each rule, moving an exclusive bound in by one float step', () => {
    expect(fieldRange('openRate')).toEqual({ min: 0, max: 1 });
    expect(fieldRange('investment')).toEqual({ min: 0, max: 1e12 });
    expect(fieldRange('emailsPerMonth')).toEqual({ min: 0, max: 1000 });
    const discount = fieldRange('discountRateAnnual');
    expect(discount.max).toBe(10);
    expect(discount.min).toBeGreaterThan(-1);
    expect(discount.min).toBeLessThan(-1 + 1e-15);
  });

  it('reads the rule of a field path: a segment’s field as the field, shares, retention and moves by their own rules', () => {
    expect(fieldRange('segments.engaged.openRate')).toEqual(fieldRange('openRate'));
    expect(fieldRange('segments.engaged.emailsPerMonth')).toEqual({ min: 0, max: 1000 });
    expect(fieldRange('segments.engaged.share')).toEqual({ min: 0, max: 1 });
    expect(fieldRange('moves[0].sharePerMonth')).toEqual({ min: 0, max: 1 });
    const alpha = fieldRange('retention.alpha'); // α > 0: the bound moves in
    expect(alpha.min).toBeGreaterThan(0);
    expect(alpha.min).toBeLessThan(1e-15);
  });

  it('names a path that is no numeric input', () => {
    expect(() => fieldRange('segments.engaged.subscribers')).toThrow(/^field: must be a numeric input field .* or a path such as segments\.engaged\.openRate/);
  });
});
