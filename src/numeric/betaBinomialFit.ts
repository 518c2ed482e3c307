import { requireArgument } from '../errors/argument';
import { optionsArgument } from '../errors/optionsArgument';
import { type BinomialGroup, betaBinomialLogLikelihood, validGroups } from './betaBinomialLogLikelihood';
import { betaBinomialMoments } from './betaBinomialMoments';
import { digamma } from './digamma';
import { trigamma } from './trigamma';

/** Options of {@link betaBinomialFit}. */
export interface BetaBinomialFitOptions {
  /** Largest concentration κ = α + β searched (default 1e8): reached when the groups vary no more than binomial noise. */
  readonly maxConcentration?: number;
  /** Smallest concentration searched (default 1e-3). */
  readonly minConcentration?: number;
}

/** The maximum-likelihood beta-binomial of {@link betaBinomialFit}, with the uncertainty of its mean. */
export interface BetaBinomialFit {
  readonly alpha: number;
  readonly beta: number;
  /** μ = α / (α + β), the long-run mean of the groups' success probabilities. */
  readonly mean: number;
  /** κ = α + β: the larger, the less the groups differ. */
  readonly concentration: number;
  /** The variance of the estimate of μ: the inverse observed information, by the delta method. */
  readonly meanVariance: number;
  /** The maximised log-likelihood. */
  readonly logLikelihood: number;
  /** True when κ reached its largest value: the groups vary no more than binomial noise says. */
  readonly atMaxConcentration: boolean;
  readonly iterations: number;
}

/** Σ of the log-likelihood's gradient and Hessian over groups, in (α, β). */
function derivatives(groups: readonly BinomialGroup[], alpha: number, beta: number) {
  const both = digamma(alpha + beta);
  const both1 = trigamma(alpha + beta);
  const [a, b, a1, b1] = [digamma(alpha), digamma(beta), trigamma(alpha), trigamma(beta)];
  let ga = 0;
  let gb = 0;
  let haa = 0;
  let hbb = 0;
  let hab = 0;
  for (const { successes: k, trials: n } of groups) {
    const all = digamma(n + alpha + beta);
    const all1 = trigamma(n + alpha + beta);
    ga += digamma(k + alpha) - a - all + both;
    gb += digamma(n - k + beta) - b - all + both;
    haa += trigamma(k + alpha) - a1 - all1 + both1;
    hbb += trigamma(n - k + beta) - b1 - all1 + both1;
    hab += both1 - all1;
  }
  return { ga, gb, haa, hbb, hab };
}

/**
 * The gradient and Hessian of ℓ in θ = (logit μ, ln κ), where α = μκ and β = (1 − μ)κ (chain rule):
 * g_θ = Jᵀ g, H_θ = Jᵀ H J + Σ g_a ∂²a/∂θ².
 */
function inTheta(groups: readonly BinomialGroup[], mean: number, concentration: number) {
  const alpha = mean * concentration;
  const beta = (1 - mean) * concentration;
  const { ga, gb, haa, hbb, hab } = derivatives(groups, alpha, beta);
  const d = concentration * mean * (1 - mean); // ∂α/∂t = −∂β/∂t
  const g = [d * (ga - gb), alpha * ga + beta * gb];
  const htt = d * d * (haa - 2 * hab + hbb) + d * (1 - 2 * mean) * (ga - gb);
  const hts = d * (alpha * haa + beta * hab - alpha * hab - beta * hbb) + d * (ga - gb);
  const hss = alpha * alpha * haa + 2 * alpha * beta * hab + beta * beta * hbb + alpha * ga + beta * gb;
  return { g, h: [htt, hts, hss] as const };
}

const logistic = (t: number) => 1 / (1 + Math.exp(-t));

/**
 * Fits a beta-binomial to groups by maximum likelihood (empirical Bayes: the marginal likelihood of
 * Beta(α, β), the groups' probabilities integrated out), and gives the variance of its mean μ from the
 * observed information — so the uncertainty of μ grows with the spread between groups, not only with
 * the counts.
 *
 * ```
 * maximise ℓ(α, β) = Σ_i [ ln C(n_i, k_i) + ln B(k_i + α, n_i − k_i + β) − ln B(α, β) ]   over θ = (logit μ, ln κ)
 * Var(μ̂) = (μ(1 − μ))² · [(−H_θ)⁻¹]_tt        (κ held at its bound when it reached one: Var(μ̂) = (μ(1 − μ))² / (−H_tt))
 * ```
 * Damped Newton steps from the method-of-moments start (see `betaBinomialMoments`), the gradient and
 * Hessian exact (digamma, trigamma), each step halved until ℓ rises. Groups with no trials are left out.
 *
 * @param groups - successes and trials, 0 ≤ successes ≤ trials; some successes and some failures in all
 * @param options - the bounds of κ
 * @returns α, β, μ, κ, the variance of μ̂ and the maximised ℓ
 * @throws {InputError} when the groups are not valid, or hold no success or no failure (μ̂ would be 0 or 1)
 *
 * @example
 * const fit = betaBinomialFit([{ successes: 20, trials: 100 }, { successes: 30, trials: 100 }, { successes: 40, trials: 100 }]);
 * fit.mean //=> 0.3
 * Math.round(fit.concentration) //=> 45
 */
export function betaBinomialFit(groups: readonly BinomialGroup[], options: BetaBinomialFitOptions = {}): BetaBinomialFit {
  requireArgument('groups', groups, validGroups(groups), 'a list of { successes, trials }, finite, 0 ≤ successes ≤ trials');
  options = optionsArgument(options);
  const { maxConcentration = 1e8, minConcentration = 1e-3 } = options;
  const used = groups.filter((g) => g.trials > 0);
  const successes = used.reduce((sum, g) => sum + g.successes, 0);
  const failures = used.reduce((sum, g) => sum + g.trials - g.successes, 0);
  requireArgument('groups', groups, successes > 0 && failures > 0, 'a list with some successes and some failures');
  const start = betaBinomialMoments(used);
  const lowS = Math.log(minConcentration);
  const highS = Math.log(maxConcentration);
  let t = Math.log(start.mean / (1 - start.mean));
  let s = Math.min(highS, Math.max(lowS, Math.log(Math.max(start.concentration, 1))));
  const logLikelihood = (tt: number, ss: number) => {
    const mu = logistic(tt);
    const kappa = Math.exp(ss);
    return betaBinomialLogLikelihood(used, mu * kappa, (1 - mu) * kappa);
  };
  let value = logLikelihood(t, s);
  let iterations = 0;
  for (; iterations < 200; iterations++) {
    const { g, h } = inTheta(used, logistic(t), Math.exp(s));
    const atBound = (s >= highS && g[1]! > 0) || (s <= lowS && g[1]! < 0);
    // −H (+ λI until positive definite), solved for the step; κ frozen at a bound it pushes against.
    const [a, b, c] = [-h[0], -h[1], -h[2]];
    let lambda = 0;
    const positive = (l: number) => a + l > 0 && (atBound || (a + l) * (c + l) - b * b > 0);
    while (!positive(lambda)) lambda = Math.max(2 * lambda, 1e-8 * (Math.abs(a) + Math.abs(c)) + 1e-12);
    let [dt, ds] = atBound
      ? [g[0]! / (a + lambda), 0]
      : [
          ((c + lambda) * g[0]! - b * g[1]!) / ((a + lambda) * (c + lambda) - b * b),
          ((a + lambda) * g[1]! - b * g[0]!) / ((a + lambda) * (c + lambda) - b * b),
        ];
    let next = value - 1;
    let nt = t;
    let ns = s;
    for (let halving = 0; halving < 60; halving++) {
      nt = t + dt;
      ns = Math.min(highS, Math.max(lowS, s + ds));
      next = logLikelihood(nt, ns);
      if (next >= value) break;
      dt /= 2;
      ds /= 2;
    }
    if (!(next >= value)) break;
    const moved = Math.max(Math.abs(nt - t), Math.abs(ns - s));
    const gained = next - value;
    [t, s, value] = [nt, ns, next];
    if (moved < 1e-10 || gained <= 1e-13 * Math.abs(value)) break;
  }
  const mean = logistic(t);
  const concentration = Math.exp(s);
  const { g, h } = inTheta(used, mean, concentration);
  const atMaxConcentration = s >= highS - 1e-9 && g[1]! >= 0;
  const determinant = h[0] * h[2] - h[1] * h[1];
  const varianceT = atMaxConcentration || !(determinant > 0) || !(h[2] < 0) ? 1 / -h[0] : -h[2] / determinant;
  return {
    alpha: mean * concentration,
    beta: (1 - mean) * concentration,
    mean,
    concentration,
    meanVariance: (mean * (1 - mean)) ** 2 * varianceT,
    logLikelihood: value,
    atMaxConcentration,
    iterations,
  };
}
