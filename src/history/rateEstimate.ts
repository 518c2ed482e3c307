import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import type { FieldPath } from '../schema/fieldPaths';
import { betaBinomialFit } from '../numeric/betaBinomialFit';
import type { BinomialGroup } from '../numeric/betaBinomialLogLikelihood';
import { studentTQuantile } from '../numeric/studentTQuantile';
import type { Estimate } from './historyTypes';

/** Fewest campaigns from which the spread between campaigns is measured. */
export const MIN_CAMPAIGNS = 3;
/** The concentration κ assumed for single campaigns when there are too few to measure it (a single campaign's rate varies by about √(μ(1 − μ)/101)). */
export const ASSUMED_CONCENTRATION = 100;
/** z of the central 90 % interval of a normal distribution. */
const Z90 = 1.6448536269514722;

/** A rate fitted across campaigns: its estimate, the bands the report draws, and warnings. */
export interface RateEstimate {
  readonly estimate: Estimate;
  readonly fitted: { readonly mean: number; readonly meanBand: readonly [number, number]; readonly campaignBand: readonly [number, number] };
  readonly warnings: string[];
}

/** The middle value of `values` (the mean of the two middle ones for an even count). */
function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The central 90 % of a campaign's observed rate with n trials, rates varying as a beta of mean μ and concentration κ. */
function nextCampaignBand(mu: number, kappa: number, n: number): [number, number] {
  const concentration = (n * (1 + kappa)) / (n + kappa) - 1;
  return central90(mu * concentration, (1 - mu) * concentration);
}

/** The central 90 % of Beta(α, β). */
const central90 = (alpha: number, beta: number): [number, number] => [betaQuantile(0.05, alpha, beta), betaQuantile(0.95, alpha, beta)];

/**
 * The long-run mean of a rate across campaigns and its uncertainty, as a `beta` distribution.
 *
 * With 3 campaigns or more, a beta-binomial is fitted by maximum likelihood (see `betaBinomialFit`): the
 * mean μ̂ and its variance from the observed information — the spread between campaigns included — widened
 * for the few campaigns the spread is measured from by (t_{m−1, 0.95} / z_{0.95})², as a t interval is
 * wider than a normal one. The distribution written is the beta with that mean and variance:
 *
 * ```
 * κ' = μ̂(1 − μ̂) / Var − 1,   Beta(μ̂κ', (1 − μ̂)κ'),   Var = Var(μ̂) · (t_{m−1,0.95} / 1.645)²
 * ```
 * `nextCampaign` is the central 90 % of the rate a single campaign of the median size n shows: the campaigns'
 * spread (Beta(α, β), κ = α + β) and the count noise of n trials, the beta-binomial proportion's
 * Var = μ̂(1 − μ̂)(n + κ) / (n(1 + κ)), written as the Beta of that mean and variance. With 1 or 2 campaigns
 * the spread cannot be measured: single campaigns are assumed to vary as Beta with κ = {@link ASSUMED_CONCENTRATION},
 * Var = μ̂(1 − μ̂) (1/((κ + 1) m) + 1/N), and a warning says so. With no success (or no failure) in any
 * campaign, Jeffreys' Beta(k + ½, N − k + ½) of the pooled counts is written, with a warning.
 *
 * @param groups - per campaign, successes and trials (0 ≤ successes ≤ trials); campaigns with no trials are left out
 * @param path - the field it estimates (`openRate`, `segments.engaged.clickRate`), for the estimate and warnings
 * @param note - where the counts came from, written as the distribution's `note`
 * @returns the estimate, the bands of the mean and of single campaigns, and warnings; undefined when no campaign has a trial
 *
 * @example
 * const groups = [{ successes: 200, trials: 1000 }, { successes: 300, trials: 1000 }, { successes: 250, trials: 1000 }, { successes: 350, trials: 1000 }];
 * rateEstimate(groups, 'openRate', '4 campaigns')?.estimate.value //=> 0.27
 */
export function rateEstimate(groups: readonly BinomialGroup[], path: FieldPath, note: string): RateEstimate | undefined {
  const used = groups.filter((g) => g.trials > 0);
  if (used.length === 0) return undefined;
  const successes = used.reduce((sum, g) => sum + g.successes, 0);
  const trials = used.reduce((sum, g) => sum + g.trials, 0);
  const m = used.length;
  const warnings: string[] = [];
  let mean: number;
  let variance: number;
  let campaignBand: [number, number];
  if (successes === 0 || successes === trials) {
    const [a, b] = [successes + 0.5, trials - successes + 0.5];
    warnings.push(
      `${path}: ${successes === 0 ? 'none' : 'all'} of ${trials.toLocaleString('en-US')} in ${m} campaign${m === 1 ? '' : 's'}: ` +
        `the rate is taken as Jeffreys' Beta(${a}, ${b}) of the pooled counts (the spread between campaigns cannot be seen)`,
    );
    const distribution = { dist: 'beta' as const, alpha: a, beta: b, value: a / (a + b), note };
    const interval = central90(a, b);
    return {
      estimate: { path, value: a / (a + b), interval, distribution, note, nextCampaign: interval },
      fitted: { mean: a / (a + b), meanBand: interval, campaignBand: interval },
      warnings,
    };
  }
  if (m < MIN_CAMPAIGNS) {
    mean = successes / trials;
    variance = mean * (1 - mean) * (1 / ((ASSUMED_CONCENTRATION + 1) * m) + 1 / trials);
    campaignBand = central90(mean * ASSUMED_CONCENTRATION, (1 - mean) * ASSUMED_CONCENTRATION);
    warnings.push(
      `${path}: only ${m} campaign${m === 1 ? '' : 's'}: the spread between campaigns cannot be measured (${MIN_CAMPAIGNS} or more are needed); ` +
        `single campaigns are assumed to vary as a beta of concentration ${ASSUMED_CONCENTRATION} around the pooled rate`,
    );
  } else {
    const fit = betaBinomialFit(used);
    mean = fit.mean;
    variance = fit.meanVariance * (studentTQuantile(0.95, m - 1) / Z90) ** 2;
    campaignBand = nextCampaignBand(fit.mean, fit.alpha + fit.beta, medianOf(used.map((g) => g.trials)));
  }
  const concentration = Math.max((mean * (1 - mean)) / variance - 1, 1e-6);
  const [alpha, beta] = [mean * concentration, (1 - mean) * concentration];
  const distribution = { dist: 'beta' as const, alpha, beta, value: mean, note };
  const interval = central90(alpha, beta);
  return {
    estimate: { path, value: mean, interval, distribution, note, nextCampaign: campaignBand },
    fitted: { mean, meanBand: interval, campaignBand },
    warnings,
  };
}
