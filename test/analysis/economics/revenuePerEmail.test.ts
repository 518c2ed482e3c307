import { describe, expect, it } from 'vitest';
import { revenuePerEmail } from '../../../src/analysis/economics/revenuePerEmail';
import { inputErrorOf } from '../../model/support';

const input = { subscribers: 1000, emailsPerMonth: 2, openRate: 0.5, clickRate: 0.2, conversionRate: 0.1, averageOrderValue: 100, discountRateAnnual: 0.1 };

describe('revenuePerEmail', () => {
  it('is OR × CTOR × CR × AOV when the click rate is per open (metrics.md)', () => {
    expect(revenuePerEmail(input).toString()).toBe('1'); // 0.5 × 0.2 × 0.1 × 100
  });

  it('is CTR × CR × AOV when the click rate is per delivered email, and counts off-email sales', () => {
    const ctr = { ...input, openRate: undefined, clickRate: 0.1, clickRateBasis: 'delivered' as const, offEmailMultiplier: 1.5 };
    expect(revenuePerEmail(ctr).toString()).toBe('1.5'); // 0.1 × 0.1 × 100 × 1.5
  });

  it('uses the month-1 values when changes come later', () => {
    expect(revenuePerEmail({ ...input, changes: [{ fromMonth: 2, set: { averageOrderValue: 200 } }] }).toString()).toBe('1');
  });

  it('rejects bad input', () => {
    expect(inputErrorOf(() => revenuePerEmail({ ...input, openRate: 2 })).message).toMatch(/^openRate: must be a fraction/);
  });
});
