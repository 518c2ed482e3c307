import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/numeric/logGamma';

describe('logGamma', () => {
  it('is ln((n − 1)!) at whole numbers, to 1e-13 relative', () => {
    let factorial = 1;
    for (let n = 1; n <= 25; n++) {
      if (n > 1) factorial *= n - 1;
      expect(Math.abs(logGamma(n) - Math.log(factorial))).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.log(factorial)));
    }
  });

  it('is ln √π at ½ and ln(√π / 2) at 3/2, including below ½ by reflection', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1.5)).toBeCloseTo(0.5 * Math.log(Math.PI) - Math.log(2), 14);
    // Γ(x)Γ(1 − x) = π / sin(πx), checked at points on both sides of ½
    for (const x of [0.01, 0.1, 0.25, 0.3, 0.49]) expect(logGamma(x) + logGamma(1 - x)).toBeCloseTo(Math.log(Math.PI / Math.sin(Math.PI * x)), 12);
    expect(logGamma(1e-8)).toBeCloseTo(-Math.log(1e-8) - 0.5772156649e-8, 10); // Γ(x) ≈ 1/x − γ near 0
  });

  it('keeps Γ(x + 1) = x·Γ(x) and matches Stirling’s series for large x', () => {
    for (const x of [0.7, 1.3, 2.9, 7.5, 33.3, 150.2]) expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 12);
    for (const x of [1e3, 1e6]) {
      const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
      expect(Math.abs(logGamma(x) - stirling) / stirling).toBeLessThan(1e-14);
    }
  });

  it('refuses a value that is not a positive finite number', () => {
    for (const x of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => logGamma(x)).toThrow(/^x: must be a positive finite number/);
  });
});
