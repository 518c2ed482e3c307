import { describe, expect, it } from 'vitest';
import { campaignEvidence } from '../../src/history/campaignEvidence';
import { HistoryEvidence } from '../../src/scenarios/historyEvidence';

describe('campaignEvidence', () => {
  it('gives each campaign’s rates where its counts allow, valid as history.campaigns', () => {
    const evidence = campaignEvidence([
      { row: 2, date: '2025-01-07', name: 'n'.repeat(400), segment: 'vip', delivered: 1000, opens: 300, clicks: 40, orders: 2, unsubscribes: 3, complaints: 1 },
      { row: 3, delivered: 0, opens: 0 },
      { row: 4, delivered: 100, clicks: 5, orders: 9 },
    ]);
    expect(evidence[0]).toEqual({
      date: '2025-01-07',
      name: 'n'.repeat(300),
      segment: 'vip',
      delivered: 1000,
      openRate: 0.3,
      clickRate: 0.04,
      conversionRate: 0.05,
      churnPerEmail: 0.004,
    });
    expect(evidence[1]).toEqual({ delivered: 0 });
    expect(evidence[2]).toEqual({ delivered: 100, clickRate: 0.05 });
    expect(HistoryEvidence.safeParse({ campaigns: evidence }).success).toBe(true);
  });
});
