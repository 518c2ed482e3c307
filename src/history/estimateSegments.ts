import { estimateCampaigns, type CampaignEstimates } from './estimateCampaigns';
import type { CampaignRow } from './historyTypes';
import { segmentNames } from './segmentNames';

/** Per segment: its estimates (at `segments.<name>.<field>`), its share, fitted bands and warnings. */
export interface SegmentEstimates extends CampaignEstimates {
  /** Segment name → its share of the list at the start: its share of the delivered emails. */
  readonly shares: Readonly<Record<string, number>>;
}

/**
 * One set of campaign estimates per segment (see `estimateCampaigns`), written as `segments.<name>.<field>`,
 * the names made valid by `segmentNames`. Each segment's `share` is its share of the emails delivered
 * (the exports give no list size per segment), and each note says so. The click rate's basis is the one
 * given for all segments (a scenario has one `clickRateBasis`).
 *
 * ```
 * share_s = Σ delivered (segment s) / Σ delivered (all campaigns)
 * ```
 *
 * @param rows - the campaigns, each with its `segment`
 * @param options - the file and the click rate's basis
 * @returns the estimates, the shares, the fitted bands and warnings
 *
 * @example
 * const rows = ['a', 'b', 'a', 'b'].map((segment, i) => ({ row: i + 2, segment, delivered: segment === 'a' ? 3000 : 1000, clicks: 40 + i }));
 * estimateSegments(rows, { file: 'c.csv', clickRateBasis: 'delivered' }).shares //=> { a: 0.75, b: 0.25 }
 */
export function estimateSegments(
  rows: readonly CampaignRow[],
  options: { readonly file: string; readonly clickRateBasis: 'opens' | 'delivered' },
): SegmentEstimates {
  const names = segmentNames(rows.map((row) => row.segment ?? ''));
  const total = rows.reduce((sum, row) => sum + row.delivered, 0);
  const result: SegmentEstimates = { estimates: [], warnings: [], fitted: {}, clickRateBasis: options.clickRateBasis, shares: {} };
  for (const [value, name] of names) {
    const own = rows.filter((row) => (row.segment ?? '') === value);
    const share = own.reduce((sum, row) => sum + row.delivered, 0) / total;
    const notePrefix = `segment ${name}${name === value ? '' : ` ("${value}")`}, ${(100 * share).toFixed(1)} % of delivered emails (its share): `;
    const fit = estimateCampaigns(own, { file: options.file, prefix: `segments.${name}.`, notePrefix, clickRateBasis: options.clickRateBasis });
    result.estimates.push(...fit.estimates);
    result.warnings.push(...fit.warnings);
    Object.assign(result.fitted, fit.fitted);
    (result.shares as Record<string, number>)[name] = share;
  }
  return result;
}
