import { describe, expect, test } from 'vitest';
import { hypergeometric2F1 } from './hypergeometric';
import { logBeta, logGamma } from './logGamma';

const close = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);

describe('the test oracles', () => {
  test('ln Γ matches factorials, Γ(1/2) = √π and the reflection formula', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
    close(logGamma(10), Math.log(362880), 1e-15);
    close(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    close(logGamma(0.25), Math.log(3.625609908221908), 1e-14); // Γ(1/4)
    close(
      logGamma(171),
      Array.from({ length: 170 }, (_, i) => Math.log(i + 1)).reduce((s, x) => s + x, 0),
      1e-14,
    );
  });

  test('B(a, b) matches B(1, b) = 1 / b and B(a, 1) = 1 / a, and B(2, 3) = 1 / 12', () => {
    close(Math.exp(logBeta(1, 7.5)), 1 / 7.5, 1e-14);
    close(Math.exp(logBeta(0.3, 1)), 1 / 0.3, 1e-14);
    close(Math.exp(logBeta(2, 3)), 1 / 12, 1e-14);
  });

  test('2F1 matches its elementary cases', () => {
    for (const x of [0.1, 0.5, 1 / 1.1, -0.7]) {
      close(hypergeometric2F1(1, 1, 2, x), -Math.log(1 - x) / x, 1e-13);
      close(hypergeometric2F1(2.5, 0.7, 0.7, x), (1 - x) ** -2.5, 1e-13);
    }
    expect(() => hypergeometric2F1(1, 1, 2, 1)).toThrow();
  });
});
