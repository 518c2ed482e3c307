import type { BinomialGroup } from '../numeric/betaBinomialLogLikelihood';
import { aovEstimate } from './aovEstimate';
import { campaignNote } from './campaignNote';
import type { CampaignRow, Estimate } from './historyTypes';
import { machineOpens } from './machineOpens';
import { rateEstimate } from './rateEstimate';

/** Options of {@link estimateCampaigns}. */
export interface EstimateCampaignsOptions {
  /** The file the campaigns came from, for notes. */
  readonly file: string;
  /** Where the fields are written: `''` for the scenario, `'segments.engaged.'` for a segment. */
  readonly prefix?: string;
  /** Words put before each note, e.g. `segment engaged (31 % of delivered emails): `. */
  readonly notePrefix?: string;
  /** What `clickRate` is a share of; default: "delivered" when the opens look inflated by machine opens (see `machineOpens`), else "opens". */
  readonly clickRateBasis?: 'opens' | 'delivered';
}

/** A rate's fitted long-run mean and the central 90 % bands of the mean and of a single campaign. */
export interface RateBands {
  readonly mean: number;
  readonly meanBand: readonly [number, number];
  readonly campaignBand: readonly [number, number];
}

/** The estimates from campaigns, the fitted means and bands the report draws, and warnings. */
export interface CampaignEstimates {
  readonly estimates: Estimate[];
  readonly warnings: string[];
  readonly fitted: Readonly<Record<string, RateBands>>;
  readonly clickRateBasis: 'opens' | 'delivered';
}

const has =
  <K extends keyof CampaignRow>(key: K) =>
  (row: CampaignRow) =>
    row[key] !== undefined;

/**
 * The rates of campaigns, each fitted across campaigns by a hierarchical beta-binomial (see `rateEstimate`),
 * and the average order value (see `aovEstimate`), at their field paths (`prefix` + field):
 *
 * - `openRate` = opens / delivered (left out when `clickRateBasis` is "delivered": the model ignores it then);
 * - `clickRate` = clicks / opens, or clicks / delivered when `clickRateBasis` is "delivered";
 * - `conversionRate` = orders / clicks (campaigns with more orders than clicks left out, with a warning);
 * - `churnPerEmail` = (unsubscribes + complaints + hard bounces) / delivered;
 * - `averageOrderValue` = revenue / orders.
 *
 * A rate is fitted from the campaigns that give both its counts. `fitted` holds the mean and bands of the
 * rates as the report draws them: `openRate`, `clickRate` per delivered email, `conversionRate`, `churnPerEmail`.
 *
 * @param rows - the campaigns
 * @param options - the file, the path prefix and the click rate's basis
 * @returns the estimates, the fitted bands, the basis used and warnings
 *
 * @example
 * const rows = [300, 320, 280, 310].map((opens, i) => ({ row: i + 2, delivered: 1000, opens, clicks: opens / 10 }));
 * estimateCampaigns(rows, { file: 'c.csv' }).estimates.map((e) => e.path) //=> ['openRate', 'clickRate']
 */
export function estimateCampaigns(rows: readonly CampaignRow[], options: EstimateCampaignsOptions): CampaignEstimates {
  const { file, prefix = '', notePrefix = '' } = options;
  const warnings: string[] = [];
  const check = options.clickRateBasis === undefined ? machineOpens(rows) : undefined;
  if (check !== undefined) warnings.push(...check.warnings.map((w) => `${prefix}${w}`));
  const withOpens = rows.filter(has('opens'));
  const clickRateBasis = options.clickRateBasis ?? (check!.inflated || withOpens.length === 0 ? 'delivered' : 'opens');
  const estimates: Estimate[] = [];
  const fitted: Record<string, RateBands> = {};
  const fit = (field: string, used: readonly CampaignRow[], group: (row: CampaignRow) => BinomialGroup, labels: readonly [string, string], write: boolean) => {
    const groups = used.map(group);
    const totals = (i: 0 | 1) => groups.reduce((sum, g) => sum + (i === 0 ? g.trials : g.successes), 0);
    const note =
      notePrefix +
      campaignNote(
        used,
        [
          [totals(0), labels[0]],
          [totals(1), labels[1]],
        ],
        file,
      );
    const result = used.length === 0 ? undefined : rateEstimate(groups, `${prefix}${field}`, note);
    if (result === undefined) return undefined;
    if (write) {
      estimates.push(result.estimate);
      warnings.push(...result.warnings);
    }
    return result;
  };
  const opened = fit('openRate', withOpens, (r) => ({ successes: r.opens!, trials: r.delivered }), ['delivered', 'unique opens'], clickRateBasis === 'opens');
  if (opened !== undefined) fitted[`${prefix}openRate`] = opened.fitted;
  const clickedRows = rows.filter(has('clicks'));
  const perDelivered = fit(
    'clickRate',
    clickedRows,
    (r) => ({ successes: r.clicks!, trials: r.delivered }),
    ['delivered', 'unique clicks'],
    clickRateBasis === 'delivered',
  );
  if (perDelivered !== undefined) fitted[`${prefix}clickRate`] = perDelivered.fitted;
  if (clickRateBasis === 'opens') {
    const both = clickedRows.filter((r) => r.opens !== undefined && r.clicks! <= r.opens);
    if (both.length < clickedRows.filter(has('opens')).length) {
      warnings.push(`${prefix}clickRate: campaigns with more clicks than opens are left out of the clicks per open`);
    }
    fit('clickRate', both, (r) => ({ successes: r.clicks!, trials: r.opens! }), ['unique opens', 'unique clicks'], true);
  }
  const converting = rows.filter((r) => r.orders !== undefined && r.clicks !== undefined);
  const plausible = converting.filter((r) => r.orders! <= r.clicks!);
  if (plausible.length < converting.length) {
    const n = converting.length - plausible.length;
    warnings.push(
      `${prefix}conversionRate: ${n} campaign${n === 1 ? ' has' : 's have'} more orders than clicks (orders not from a click): left out of the orders per click`,
    );
  }
  const converted = fit('conversionRate', plausible, (r) => ({ successes: r.orders!, trials: r.clicks! }), ['unique clicks', 'orders'], true);
  if (converted !== undefined) fitted[`${prefix}conversionRate`] = converted.fitted;
  const lost = (r: CampaignRow) => (r.unsubscribes ?? 0) + (r.complaints ?? 0) + (r.hardBounces ?? 0);
  const churning = rows.filter((r) => r.unsubscribes !== undefined || r.complaints !== undefined || r.hardBounces !== undefined);
  const churned = fit(
    'churnPerEmail',
    churning.filter((r) => lost(r) <= r.delivered),
    (r) => ({ successes: lost(r), trials: r.delivered }),
    ['delivered', 'unsubscribes + complaints + hard bounces'],
    true,
  );
  if (churned !== undefined) fitted[`${prefix}churnPerEmail`] = churned.fitted;
  const ordered = rows.filter((r) => r.orders !== undefined && r.revenue !== undefined && r.orders > 0);
  const orders = ordered.reduce((sum, r) => sum + r.orders!, 0);
  const revenue = ordered.reduce((sum, r) => sum + r.revenue!, 0);
  const aov = aovEstimate(
    ordered.map((r) => ({ orders: r.orders!, revenue: r.revenue! })),
    `${prefix}averageOrderValue`,
    notePrefix +
      campaignNote(
        ordered,
        [
          [orders, 'orders'],
          [revenue, 'revenue'],
        ],
        file,
      ),
  );
  if (aov !== undefined) {
    estimates.push(aov.estimate);
    warnings.push(...aov.warnings);
  }
  return { estimates, warnings, fitted, clickRateBasis };
}
