import { describe, expect, it } from 'vitest';
import { logBeta } from '../../src/numeric/logBeta';

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

describe('logBeta', () => {
  it('is ln[(m − 1)!(n − 1)!/(m + n − 1)!] at whole numbers', () => {
    for (const [m, n] of [
      [1, 1],
      [2, 3],
      [5, 7],
      [10, 2],
      [12, 12],
    ] as const)
      expect(logBeta(m, n)).toBeCloseTo(Math.log((factorial(m - 1) * factorial(n - 1)) / factorial(m + n - 1)), 12);
  });

  it('is symmetric, ln(1/a) at b = 1, and ln π at (½, ½)', () => {
    expect(logBeta(0.3, 4.2)).toBe(logBeta(4.2, 0.3));
    for (const a of [0.01, 0.7, 3.5, 1e4]) expect(logBeta(a, 1)).toBeCloseTo(-Math.log(a), 10);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
  });

  it('keeps B(a, b + 1) = B(a, b) · b / (a + b), the step the shifted-beta-geometric survival takes', () => {
    for (const [a, b] of [
      [0.704, 1.182],
      [0.668, 3.806],
      [50, 400],
    ] as const)
      expect(logBeta(a, b + 1) - logBeta(a, b)).toBeCloseTo(Math.log(b / (a + b)), 12);
  });

  it('refuses a or b that is not a positive finite number', () => {
    expect(() => logBeta(0, 1)).toThrow(/^a: must be a positive finite number/);
    expect(() => logBeta(1, Number.NaN)).toThrow(/^b: must be a positive finite number/);
  });
});
