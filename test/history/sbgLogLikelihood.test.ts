import { describe, expect, it } from 'vitest';
import { sbgLogLikelihood } from '../../src/history/sbgLogLikelihood';

/** ln P(T = t) and ln S(t) by the products of Fader & Hardie's recursion: churn in period k is α / (α + β + k − 1). */
function byProducts(churned: readonly number[], censored: readonly number[], a: number, b: number): number {
  let survive = 1;
  let total = 0;
  for (let t = 1; t <= churned.length; t++) {
    const churn = a / (a + b + t - 1);
    total += churned[t - 1]! * Math.log(survive * churn);
    survive *= 1 - churn;
    total += censored[t - 1]! * Math.log(survive);
  }
  return total;
}

describe('sbgLogLikelihood', () => {
  it('equals the log-likelihood built from the period-by-period churn probabilities', () => {
    const counts = { churned: [369, 163, 86, 56, 37, 27, 21], censored: [0, 0, 0, 0, 0, 0, 241] };
    for (const [a, b] of [
      [0.704, 1.182],
      [0.668, 3.806],
      [2, 9],
      [0.05, 0.3],
    ] as const)
      expect(sbgLogLikelihood(counts, a, b)).toBeCloseTo(byProducts(counts.churned, counts.censored, a, b), 9);
  });

  it('counts censored people at every period, as several cohorts and tenure counts give', () => {
    const counts = { churned: [40, 20, 5], censored: [30, 0, 12] };
    expect(sbgLogLikelihood(counts, 1.3, 2.2)).toBeCloseTo(byProducts(counts.churned, counts.censored, 1.3, 2.2), 10);
  });
});
