import { describe, expect, it } from 'vitest';
import { betaBinomialLogLikelihood } from '../../src/numeric/betaBinomialLogLikelihood';

/** P(k | n, α, β) by the product form: C(n, k) Π_{i<k}(α + i) Π_{j<n−k}(β + j) / Π_{m<n}(α + β + m) — no gamma function. */
function pmf(k: number, n: number, a: number, b: number): number {
  let choose = 1;
  for (let i = 1; i <= k; i++) choose *= (n - k + i) / i;
  let p = choose;
  for (let i = 0; i < k; i++) p *= a + i;
  for (let j = 0; j < n - k; j++) p *= b + j;
  for (let m = 0; m < n; m++) p /= a + b + m;
  return p;
}

describe('betaBinomialLogLikelihood', () => {
  it('equals the sum of the log-probabilities of the product form for small cases', () => {
    const groups = [
      { successes: 0, trials: 3 },
      { successes: 2, trials: 5 },
      { successes: 7, trials: 7 },
      { successes: 4, trials: 12 },
    ];
    for (const [a, b] of [
      [1, 1],
      [0.4, 2.5],
      [30, 70],
    ] as const) {
      const direct = groups.reduce((sum, g) => sum + Math.log(pmf(g.successes, g.trials, a, b)), 0);
      expect(betaBinomialLogLikelihood(groups, a, b)).toBeCloseTo(direct, 11);
    }
  });

  it('gives probabilities that sum to 1 over k, and ln 1/(n + 1) for every k under a uniform p', () => {
    let total = 0;
    for (let k = 0; k <= 20; k++) total += Math.exp(betaBinomialLogLikelihood([{ successes: k, trials: 20 }], 2.5, 7));
    expect(total).toBeCloseTo(1, 12);
    expect(betaBinomialLogLikelihood([{ successes: 3, trials: 9 }], 1, 1)).toBeCloseTo(-Math.log(10), 12);
  });

  it('tends to the binomial log-probability as α + β grows', () => {
    let choose = 0;
    for (let i = 1; i <= 30; i++) choose += Math.log((70 + i) / i);
    const binomial = choose + 30 * Math.log(0.3) + 70 * Math.log(0.7);
    expect(betaBinomialLogLikelihood([{ successes: 30, trials: 100 }], 0.3 * 1e9, 0.7 * 1e9)).toBeCloseTo(binomial, 5);
  });

  it('refuses successes above trials and non-positive α', () => {
    expect(() => betaBinomialLogLikelihood([{ successes: 5, trials: 4 }], 1, 1)).toThrow(/^groups: must be a list of \{ successes, trials \}/);
    expect(() => betaBinomialLogLikelihood([], 0, 1)).toThrow('alpha: must be a positive finite number (got 0)');
  });
});
