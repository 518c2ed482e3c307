import { describe, expect, it } from 'vitest';
import { digamma } from '../../src/numeric/digamma';
import { trigamma } from '../../src/numeric/trigamma';

describe('trigamma', () => {
  it('gives the closed forms ψ₁(1) = π²/6, ψ₁(½) = π²/2, ψ₁(n) = π²/6 − Σ_{k<n} 1/k²', () => {
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 13);
    expect(trigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 13);
    const squares = Array.from({ length: 9 }, (_, k) => 1 / (k + 1) ** 2).reduce((a, b) => a + b, 0);
    expect(trigamma(10)).toBeCloseTo(Math.PI ** 2 / 6 - squares, 13);
  });

  it('keeps the recurrence ψ₁(x) = ψ₁(x + 1) + 1/x² and is the slope of ψ', () => {
    for (const x of [0.3, 2.7, 5.99, 6, 40, 1e4]) {
      expect((trigamma(x) - trigamma(x + 1)) * x * x).toBeCloseTo(1, 10);
      const h = 1e-4 * x;
      expect(trigamma(x) / ((digamma(x + h) - digamma(x - h)) / (2 * h))).toBeCloseTo(1, 6);
    }
  });

  it('refuses x ≤ 0', () => {
    expect(() => trigamma(-1)).toThrow('x: must be a positive finite number');
  });
});
