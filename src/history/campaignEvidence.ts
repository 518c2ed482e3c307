import { HISTORY_LIMITS } from '../scenarios/historyEvidence';
import type { CampaignEvidence, CampaignRow } from './historyTypes';

/**
 * Each campaign's observed rates, for the report's look at the history (`history.campaigns`): opens and
 * clicks per delivered email, orders per click, (unsubscribes + complaints + hard bounces) per delivered
 * email — each where the row gives its counts and the rate is a fraction from 0 to 1. Names are cut to
 * 300 characters, segments to 100, and at most `HISTORY_LIMITS.campaigns` (the latest) are kept.
 *
 * @param rows - the campaigns
 * @returns their evidence, in the rows' order
 *
 * @example
 * campaignEvidence([{ row: 2, date: '2025-01-07', delivered: 1000, opens: 300, clicks: 40, orders: 2 }])
 * //=> [{ date: '2025-01-07', delivered: 1000, openRate: 0.3, clickRate: 0.04, conversionRate: 0.05 }]
 */
export function campaignEvidence(rows: readonly CampaignRow[]): CampaignEvidence[] {
  const rate = (part: number | undefined, whole: number | undefined) =>
    part === undefined || whole === undefined || !(whole > 0) || part > whole ? undefined : part / whole;
  return rows.slice(-HISTORY_LIMITS.campaigns).map((row) => {
    const lost =
      row.unsubscribes === undefined && row.complaints === undefined && row.hardBounces === undefined
        ? undefined
        : (row.unsubscribes ?? 0) + (row.complaints ?? 0) + (row.hardBounces ?? 0);
    const evidence: Record<string, unknown> = {
      date: row.date,
      name: row.name?.slice(0, 300),
      segment: row.segment?.slice(0, 100),
      delivered: row.delivered,
      openRate: rate(row.opens, row.delivered),
      clickRate: rate(row.clicks, row.delivered),
      conversionRate: rate(row.orders, row.clicks),
      churnPerEmail: rate(lost, row.delivered),
    };
    return Object.fromEntries(Object.entries(evidence).filter(([, value]) => value !== undefined)) as unknown as CampaignEvidence;
  });
}
