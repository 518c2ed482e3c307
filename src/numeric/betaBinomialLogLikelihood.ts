import { requireArgument } from '../errors/argument';
import { logBeta } from './logBeta';
import { logGamma } from './logGamma';

/** One group of a beta-binomial: `successes` out of `trials` (counts; non-integer counts are read through the gamma function). */
export interface BinomialGroup {
  readonly successes: number;
  readonly trials: number;
}

/** True when every group holds finite counts with 0 ≤ successes ≤ trials. */
export const validGroups = (groups: unknown): groups is readonly BinomialGroup[] =>
  Array.isArray(groups) &&
  groups.every(
    (g: Partial<BinomialGroup> | null) =>
      typeof g === 'object' && g !== null && Number.isFinite(g.successes) && Number.isFinite(g.trials) && g.successes! >= 0 && g.successes! <= g.trials!,
  );

/**
 * The log-likelihood of groups under the beta-binomial model: each group's success probability p is
 * drawn from Beta(α, β), then its successes k out of n trials are binomial(n, p). Summed over groups:
 *
 * ```
 * ℓ(α, β) = Σ_i [ ln C(n_i, k_i) + ln B(k_i + α, n_i − k_i + β) − ln B(α, β) ]
 * ln C(n, k) = ln Γ(n + 1) − ln Γ(k + 1) − ln Γ(n − k + 1)
 * ```
 *
 * @param groups - the groups: successes and trials, 0 ≤ successes ≤ trials
 * @param alpha - α > 0
 * @param beta - β > 0
 * @returns ℓ (natural log of a probability, ≤ 0 for whole counts)
 * @throws {InputError} when a group is not 0 ≤ successes ≤ trials or α, β are not positive
 *
 * @example
 * betaBinomialLogLikelihood([{ successes: 1, trials: 2 }], 1, 1) //=> -1.0986122886… (ln 1/3: with a uniform p every k of n is equally likely)
 */
export function betaBinomialLogLikelihood(groups: readonly BinomialGroup[], alpha: number, beta: number): number {
  requireArgument('groups', groups, validGroups(groups), 'a list of { successes, trials }, finite, 0 ≤ successes ≤ trials');
  requireArgument('alpha', alpha, Number.isFinite(alpha) && alpha > 0, 'a positive finite number');
  requireArgument('beta', beta, Number.isFinite(beta) && beta > 0, 'a positive finite number');
  const prior = logBeta(alpha, beta);
  let total = 0;
  for (const { successes: k, trials: n } of groups) {
    const choose = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
    total += choose + logBeta(k + alpha, n - k + beta) - prior;
  }
  return total;
}
