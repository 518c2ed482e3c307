import { logBeta } from '../numeric/logBeta';
import type { RetentionCounts } from './retentionCounts';

/**
 * The shifted-beta-geometric log-likelihood of retention counts (Fader & Hardie 2007): a person who
 * leaves at the end of period t contributes ln P(T = t), one still there after t periods (censored)
 * ln S(t):
 *
 * ```
 * P(T = t) = B(α + 1, β + t − 1) / B(α, β),    S(t) = B(α, β + t) / B(α, β)
 * LL(α, β) = Σ_t churned_t · ln P(T = t) + Σ_t censored_t · ln S(t)
 * ```
 *
 * @param counts - churned and censored counts per period (see `retentionCounts`)
 * @param alpha - α > 0
 * @param beta - β > 0
 * @returns LL (natural log, ≤ 0)
 *
 * @example
 * sbgLogLikelihood({ churned: [1], censored: [1], people: 2, wholeCounts: true }, 1, 1) //=> -1.386294361… (2 ln ½)
 */
export function sbgLogLikelihood(counts: Pick<RetentionCounts, 'churned' | 'censored'>, alpha: number, beta: number): number {
  const base = logBeta(alpha, beta);
  let total = 0;
  counts.churned.forEach((n, i) => {
    if (n > 0) total += n * (logBeta(alpha + 1, beta + i) - base);
  });
  counts.censored.forEach((n, i) => {
    if (n > 0) total += n * (logBeta(alpha, beta + i + 1) - base);
  });
  return total;
}
