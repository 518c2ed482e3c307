import type { FieldPath } from '../schema/fieldPaths';
import type { Estimate } from './historyTypes';

/** Fewest campaigns with orders from which the spread of the average order value is measured. */
const MIN_CAMPAIGNS = 3;
/** The coefficient of variation assumed for the average order value when too few campaigns have orders. */
export const ASSUMED_AOV_VARIATION = 0.25;
/** z of the central 90 % interval of a normal distribution. */
const Z90 = 1.6448536269514722;

/** The average order value and warnings. */
export interface AovEstimate {
  readonly estimate: Estimate;
  readonly warnings: string[];
}

/**
 * The average order value across campaigns, revenue / orders pooled, with the standard error of a ratio
 * estimator over campaigns (each campaign a sampled unit, so the spread between campaigns counts),
 * written as a `lognormal` of that mean and standard deviation (order values are positive and skewed):
 *
 * ```
 * R = Σ revenue_i / Σ orders_i,   SE² = m / (m − 1) · Σ (revenue_i − R · orders_i)² / (Σ orders_i)²
 * σ² = ln(1 + (SE/R)²),   interval = R / √(1 + (SE/R)²) · exp(±1.645 σ)
 * ```
 * With fewer than 3 campaigns with orders, SE = {@link ASSUMED_AOV_VARIATION} · R / √m, with a warning.
 *
 * @param rows - per campaign, orders and revenue (campaigns without orders are left out)
 * @param path - the field (`averageOrderValue`, `segments.engaged.averageOrderValue`)
 * @param note - where the counts came from
 * @returns the estimate and warnings; undefined when no campaign has orders
 *
 * @example
 * aovEstimate([{ orders: 10, revenue: 500 }, { orders: 20, revenue: 1100 }, { orders: 30, revenue: 1500 }], 'averageOrderValue', '3 campaigns')?.estimate.value //=> 51.67
 */
export function aovEstimate(rows: readonly { readonly orders: number; readonly revenue: number }[], path: FieldPath, note: string): AovEstimate | undefined {
  const used = rows.filter((row) => row.orders > 0);
  const orders = used.reduce((sum, row) => sum + row.orders, 0);
  const revenue = used.reduce((sum, row) => sum + row.revenue, 0);
  if (used.length === 0 || !(revenue > 0)) return undefined;
  const m = used.length;
  const ratio = revenue / orders;
  const warnings: string[] = [];
  let se: number;
  if (m < MIN_CAMPAIGNS) {
    se = (ASSUMED_AOV_VARIATION * ratio) / Math.sqrt(m);
    warnings.push(
      `${path}: only ${m} campaign${m === 1 ? '' : 's'} with orders: the spread between campaigns cannot be measured; ` +
        `a standard error of ${100 * ASSUMED_AOV_VARIATION} % of the mean per campaign is assumed`,
    );
  } else {
    const squares = used.reduce((sum, row) => sum + (row.revenue - ratio * row.orders) ** 2, 0);
    se = Math.sqrt(((m / (m - 1)) * squares) / (orders * orders));
  }
  // A spread of 0 (every campaign the same order value) still leaves a sliver of uncertainty: the lognormal needs sd > 0.
  const sd = Math.max(se, ratio * 1e-9);
  const spread = 1 + (sd / ratio) ** 2;
  const sigma = Math.sqrt(Math.log(spread));
  const median = ratio / Math.sqrt(spread);
  const interval: [number, number] = [median * Math.exp(-Z90 * sigma), median * Math.exp(Z90 * sigma)];
  const distribution = { dist: 'lognormal' as const, mean: ratio, sd, value: ratio, note };
  return { estimate: { path, value: ratio, interval, distribution, note }, warnings };
}
