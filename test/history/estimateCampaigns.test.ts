import { describe, expect, it } from 'vitest';
import { estimateCampaigns } from '../../src/history/estimateCampaigns';

const rows = [0, 1, 2, 3, 4].map((i) => ({
  row: i + 2,
  date: `2025-0${i + 1}-01`,
  delivered: 10000,
  opens: 3000 + 100 * i,
  clicks: 300 + 5 * i,
  orders: 10 + i,
  revenue: 500 * (10 + i),
  unsubscribes: 20,
  complaints: 1,
  hardBounces: 4,
}));

describe('estimateCampaigns', () => {
  it('fits every rate from its own counts and the average order value, with notes of the data', () => {
    const { estimates, fitted, clickRateBasis } = estimateCampaigns(rows, { file: 'c.csv' });
    expect(clickRateBasis).toBe('opens');
    expect(estimates.map((e) => e.path)).toEqual(['openRate', 'clickRate', 'conversionRate', 'churnPerEmail', 'averageOrderValue']);
    const byPath = Object.fromEntries(estimates.map((e) => [e.path, e]));
    // Equal trials: the fitted mean is near the pooled rate.
    expect(byPath.openRate!.value).toBeCloseTo(16000 / 50000, 3);
    expect(byPath.clickRate!.value).toBeCloseTo(1550 / 16000, 3);
    // Churn: (20 + 1 + 4) / 10,000 in every campaign: no spread beyond binomial noise.
    expect(byPath.churnPerEmail!.value).toBeCloseTo(0.0025, 6);
    expect(byPath.averageOrderValue!.value).toBe(500);
    expect(byPath.openRate!.note).toBe('5 campaigns 2025-01-01 … 2025-05-01: 50,000 delivered, 16,000 unique opens (c.csv)');
    expect(byPath.churnPerEmail!.note).toBe('5 campaigns 2025-01-01 … 2025-05-01: 50,000 delivered, 125 unsubscribes + complaints + hard bounces (c.csv)');
    // The report's click rate is per delivered email: 1,550 / 50,000.
    expect(fitted.clickRate!.mean).toBeCloseTo(0.031, 3);
  });

  it('fits clicks per delivered email when the basis is "delivered", and leaves out campaigns with more orders than clicks', () => {
    const odd = [...rows, { row: 9, delivered: 1000, clicks: 2, orders: 5 }];
    const { estimates, warnings } = estimateCampaigns(odd, { file: 'c.csv', clickRateBasis: 'delivered' });
    expect(estimates.map((e) => e.path)).toEqual(['clickRate', 'conversionRate', 'churnPerEmail', 'averageOrderValue']);
    expect(estimates[0]!.note).toMatch(/: 51,000 delivered, 1,552 unique clicks \(c\.csv\)$/);
    expect(warnings).toContain('conversionRate: 1 campaign has more orders than clicks (orders not from a click): left out of the orders per click');
  });
});
