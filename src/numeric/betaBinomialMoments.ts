import { requireArgument } from '../errors/argument';
import { type BinomialGroup, validGroups } from './betaBinomialLogLikelihood';

/** A beta-binomial's mean μ = α / (α + β) and concentration κ = α + β, estimated by {@link betaBinomialMoments}. */
export interface BetaBinomialMoments {
  readonly mean: number;
  /** κ = α + β; `Infinity` when the groups vary no more than binomial noise. */
  readonly concentration: number;
}

/**
 * Method-of-moments estimates of a beta-binomial's mean and concentration (Kleinman 1973): the pooled
 * rate, and the intra-class correlation ρ = 1 / (κ + 1) from the weighted spread of the groups' rates.
 *
 * ```
 * μ = Σk / Σn,   S = Σ n_i (k_i/n_i − μ)²,   N = Σn
 * E[S] = μ(1 − μ) [ (m − 1) + ρ (N − Σn_i² / N) ]   ⇒   ρ = (S / (μ(1 − μ)) − (m − 1)) / (N − Σn_i² / N),   κ = 1/ρ − 1
 * ```
 * Groups with no trials are left out. κ is `Infinity` when ρ ≤ 0 (no spread beyond binomial noise, or
 * one group only) and 0 when ρ ≥ 1; μ is 0 or 1 when every trial failed or succeeded.
 *
 * @param groups - successes and trials, 0 ≤ successes ≤ trials, at least one trial in all
 * @returns the mean (a fraction) and the concentration
 *
 * @example
 * betaBinomialMoments([{ successes: 20, trials: 100 }, { successes: 40, trials: 100 }]) //=> { mean: 0.3, concentration: 10.7318… }
 */
export function betaBinomialMoments(groups: readonly BinomialGroup[]): BetaBinomialMoments {
  requireArgument('groups', groups, validGroups(groups), 'a list of { successes, trials }, finite, 0 ≤ successes ≤ trials');
  const used = groups.filter((g) => g.trials > 0);
  const trials = used.reduce((sum, g) => sum + g.trials, 0);
  requireArgument('groups', groups, trials > 0, 'a list with at least one trial');
  const mean = used.reduce((sum, g) => sum + g.successes, 0) / trials;
  const binomial = mean * (1 - mean);
  const spread = used.reduce((sum, g) => sum + g.trials * (g.successes / g.trials - mean) ** 2, 0);
  const effective = trials - used.reduce((sum, g) => sum + g.trials * g.trials, 0) / trials;
  if (binomial === 0 || effective <= 0) return { mean, concentration: Number.POSITIVE_INFINITY };
  const rho = (spread / binomial - (used.length - 1)) / effective;
  if (rho <= 0) return { mean, concentration: Number.POSITIVE_INFINITY };
  return { mean, concentration: rho >= 1 ? 0 : 1 / rho - 1 };
}
