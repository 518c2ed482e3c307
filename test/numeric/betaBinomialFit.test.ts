import { describe, expect, it } from 'vitest';
import { betaBinomialFit } from '../../src/numeric/betaBinomialFit';
import { betaBinomialLogLikelihood } from '../../src/numeric/betaBinomialLogLikelihood';

const groups = [
  { successes: 210, trials: 1000 },
  { successes: 2900, trials: 10000 },
  { successes: 1300, trials: 5000 },
  { successes: 80, trials: 500 },
  { successes: 7000, trials: 30000 },
  { successes: 600, trials: 2500 },
];

/** ℓ at θ = (logit μ, ln κ). */
const ell = (t: number, s: number) => {
  const mu = 1 / (1 + Math.exp(-t));
  return betaBinomialLogLikelihood(groups, mu * Math.exp(s), (1 - mu) * Math.exp(s));
};

describe('betaBinomialFit', () => {
  it('finds the maximum: no point of a grid around it is higher, and the slope is 0', () => {
    const fit = betaBinomialFit(groups);
    const t = Math.log(fit.mean / (1 - fit.mean));
    const s = Math.log(fit.concentration);
    expect(fit.logLikelihood).toBeCloseTo(ell(t, s), 9);
    for (const dt of [-0.01, 0, 0.01]) for (const ds of [-0.1, 0, 0.1]) expect(ell(t + dt, s + ds)).toBeLessThanOrEqual(fit.logLikelihood + 1e-9);
    const h = 1e-5;
    expect((ell(t + h, s) - ell(t - h, s)) / (2 * h)).toBeCloseTo(0, 3);
    expect((ell(t, s + h) - ell(t, s - h)) / (2 * h)).toBeCloseTo(0, 3);
    expect(fit.alpha + fit.beta).toBeCloseTo(fit.concentration, 6);
  });

  it('gives the variance of μ̂ from the inverse of a finite-difference Hessian of ℓ', () => {
    const fit = betaBinomialFit(groups);
    const t = Math.log(fit.mean / (1 - fit.mean));
    const s = Math.log(fit.concentration);
    const h = 1e-3;
    const htt = (ell(t + h, s) - 2 * ell(t, s) + ell(t - h, s)) / h ** 2;
    const hss = (ell(t, s + h) - 2 * ell(t, s) + ell(t, s - h)) / h ** 2;
    const hts = (ell(t + h, s + h) - ell(t + h, s - h) - ell(t - h, s + h) + ell(t - h, s - h)) / (4 * h * h);
    const varianceT = -hss / (htt * hss - hts * hts);
    expect(fit.meanVariance / ((fit.mean * (1 - fit.mean)) ** 2 * varianceT)).toBeCloseTo(1, 3);
  });

  it('reaches the largest concentration when groups vary less than binomial noise: then Var(μ̂) is the pooled binomial one', () => {
    const fit = betaBinomialFit([
      { successes: 300, trials: 1000 },
      { successes: 302, trials: 1000 },
      { successes: 298, trials: 1000 },
    ]);
    expect(fit.atMaxConcentration).toBe(true);
    expect(fit.mean).toBeCloseTo(0.3, 9);
    expect(fit.meanVariance / ((0.3 * 0.7) / 3000)).toBeCloseTo(1, 4);
  });

  it('refuses groups with no success', () => {
    expect(() => betaBinomialFit([{ successes: 0, trials: 10 }])).toThrow('groups: must be a list with some successes and some failures');
  });
});
