import { describe, expect, it } from 'vitest';
import { digamma } from '../../src/numeric/digamma';
import { logGamma } from '../../src/numeric/logGamma';

const EULER = 0.5772156649015329;

describe('digamma', () => {
  it('gives the closed forms ψ(1) = −γ, ψ(½) = −γ − 2 ln 2, ψ(n) = −γ + Σ_{k<n} 1/k', () => {
    expect(digamma(1)).toBeCloseTo(-EULER, 13);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.LN2, 13);
    const harmonic = Array.from({ length: 99 }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b, 0);
    expect(digamma(100)).toBeCloseTo(-EULER + harmonic, 13);
  });

  it('keeps the recurrence ψ(x + 1) = ψ(x) + 1/x and is the slope of ln Γ', () => {
    for (const x of [1e-3, 0.3, 2.7, 5.99, 6, 40, 1e5]) {
      expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, x < 0.01 ? 9 : 12);
      const h = 1e-5 * x;
      if (x > 0.1 && x < 1e4) expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 5);
    }
  });

  it('refuses x ≤ 0', () => {
    expect(() => digamma(0)).toThrow('x: must be a positive finite number');
  });
});
