import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { requireArgument } from '../errors/argument';

/**
 * The quantile of Student's t distribution with ν degrees of freedom, from the beta quantile:
 * T² / (ν + T²) follows Beta(½, ν/2), so for p ≥ ½
 *
 * ```
 * x = Beta⁻¹(2p − 1; ½, ν/2),   t_p = √(ν·x / (1 − x)),   t_{1−p} = −t_p
 * ```
 *
 * @param p - the probability, strictly between 0 and 1
 * @param degreesOfFreedom - ν > 0
 * @returns t with P(T ≤ t) = p
 *
 * @example
 * studentTQuantile(0.95, 10) //=> 1.8124611…
 * studentTQuantile(0.975, 1) //=> 12.7062047…
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  requireArgument('p', p, Number.isFinite(p) && p > 0 && p < 1, 'a probability strictly between 0 and 1');
  requireArgument('degreesOfFreedom', degreesOfFreedom, Number.isFinite(degreesOfFreedom) && degreesOfFreedom > 0, 'a positive finite number');
  if (p < 0.5) return -studentTQuantile(1 - p, degreesOfFreedom);
  const x = betaQuantile(2 * p - 1, 0.5, degreesOfFreedom / 2);
  return Math.sqrt((degreesOfFreedom * x) / (1 - x));
}
