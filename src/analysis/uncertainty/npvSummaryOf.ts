import { percentiles } from '../../numeric/percentiles';
import type { NpvSummary } from './simulation';

/**
 * The mean (summed in draw order) and the P5, P25, P50, P75 and P95 (type 7, see `percentiles`) of one
 * money amount over the draws.
 *
 * ```
 * mean = Σ_k x_k / n;   P_q = percentile(sort(x), q)
 * ```
 *
 * @param values - the amount in each draw (money); reordered in place
 *
 * @example
 * npvSummaryOf(new Float64Array([5, 1, 4, 2, 3])) //=> { mean: 3, p5: 1.2, p25: 2, p50: 3, p75: 4, p95: 4.8 }
 */
export function npvSummaryOf(values: Float64Array): NpvSummary {
  let sum = 0;
  for (const x of values) sum += x;
  const [p5, p25, p50, p75, p95] = percentiles(values, [0.05, 0.25, 0.5, 0.75, 0.95]) as [number, number, number, number, number];
  return { mean: sum / values.length, p5, p25, p50, p75, p95 };
}
