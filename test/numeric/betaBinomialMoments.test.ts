import { describe, expect, it } from 'vitest';
import { betaBinomialMoments } from '../../src/numeric/betaBinomialMoments';

describe('betaBinomialMoments', () => {
  it('matches a hand computation: 20/100 and 40/100', () => {
    // μ = 60/200 = 0.3; S = 100·0.1² · 2 = 2; N − Σn²/N = 200 − 100 = 100; ρ = (2/0.21 − 1)/100 = 179/2100; κ = 2100/179 − 1.
    const { mean, concentration } = betaBinomialMoments([
      { successes: 20, trials: 100 },
      { successes: 40, trials: 100 },
    ]);
    expect(mean).toBeCloseTo(0.3, 15);
    expect(concentration).toBeCloseTo(2100 / 179 - 1, 12);
  });

  it('recovers ρ from the exact expected spread of equal groups', () => {
    // With m groups of n trials and ρ = 1/(κ + 1), E[S] = μ(1 − μ)[(m − 1) + ρ(N − N/m)]: build S from it.
    const [m, n, mu, kappa] = [4, 50, 0.5, 9];
    const rho = 1 / (kappa + 1);
    const s = mu * (1 - mu) * (m - 1 + rho * (m * n - n));
    // four groups at 0.5 ± d with n d² · 4 = S
    const d = Math.sqrt(s / (4 * n));
    const groups = [1, -1, 1, -1].map((sign) => ({ successes: n * (mu + sign * d), trials: n }));
    expect(betaBinomialMoments(groups).concentration).toBeCloseTo(kappa, 10);
  });

  it('gives an infinite concentration when the groups vary less than binomial noise, and leaves out empty groups', () => {
    const groups = [
      { successes: 50, trials: 100 },
      { successes: 50, trials: 100 },
      { successes: 0, trials: 0 },
    ];
    expect(betaBinomialMoments(groups)).toEqual({ mean: 0.5, concentration: Number.POSITIVE_INFINITY });
    expect(() => betaBinomialMoments([{ successes: 0, trials: 0 }])).toThrow('groups: must be a list with at least one trial');
  });
});
