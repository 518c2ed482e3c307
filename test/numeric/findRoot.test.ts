import { describe, expect, it } from 'vitest';
import { findRoot } from '../../src/numeric/findRoot';
import { inputErrorOf } from '../model/support';

describe('findRoot', () => {
  it('finds √2, the root of x² − 2, to 1e-12 by default and to the last digits with no relative tolerance', () => {
    const result = findRoot((x) => x * x - 2, 0, 2);
    expect(Math.abs(result.root - Math.SQRT2)).toBeLessThanOrEqual(1e-12 * Math.SQRT2);
    expect(result.iterations).toBeLessThan(15);
    const exact = findRoot((x) => x * x - 2, 0, 2, { relativeTolerance: 0 });
    expect(Math.abs(exact.root - Math.SQRT2)).toBeLessThanOrEqual(4 * Number.EPSILON);
  });

  it('finds the root of functions that defeat Newton’s or the secant method, inside the bracket', () => {
    const cases: [(x: number) => number, number, number, number][] = [
      [(x) => Math.cbrt(x - 1), -10, 20, 1], // infinite slope at the root
      [(x) => (x - 0.3) ** 3, -1, 2, 0.3], // flat at the root
      [(x) => Math.atan(x - 5), -1000, 1000, 5], // flat far away
      [(x) => Math.exp(x) - 1e6, 0, 50, Math.log(1e6)],
      [(x) => (x < 7 ? -1 : 1), 0, 10, 7], // a step: bisection's case
    ];
    for (const [f, low, high, root] of cases) {
      const result = findRoot(f, low, high, { relativeTolerance: 1e-12 });
      expect(Math.abs(result.root - root), String(f)).toBeLessThan(1e-9 * Math.max(1, Math.abs(root)));
      expect(result.root).toBeGreaterThanOrEqual(Math.min(low, high));
      expect(result.root).toBeLessThanOrEqual(Math.max(low, high));
    }
  });

  it('returns an end of the bracket that is a root, and takes the ends’ values when given', () => {
    let calls = 0;
    const f = (x: number) => {
      calls++;
      return x - 3;
    };
    expect(findRoot(f, 3, 10).root).toBe(3);
    calls = 0;
    const result = findRoot(f, 0, 10, { fLow: -3, fHigh: 7 });
    expect(result.root).toBe(3);
    expect(result.evaluations).toBe(calls);
  });

  it('stops at the absolute tolerance for a root at 0', () => {
    const result = findRoot((x) => x, -1, 2, { absoluteTolerance: 1e-12 });
    expect(Math.abs(result.root)).toBeLessThan(1e-12);
  });

  it('refuses a bracket without a sign change', () => {
    expect(inputErrorOf(() => findRoot((x) => x * x + 1, -1, 1)).message).toMatch(/^bracket: must hold a sign change/);
  });
});
