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
});
