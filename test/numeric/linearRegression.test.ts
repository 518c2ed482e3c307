import { describe, expect, it } from 'vitest';
import { linearRegression } from '../../src/numeric/linearRegression';

describe('linearRegression', () => {
  it('fits y = 1.4 + 0.8x with the standard errors worked by hand', () => {
    // x̄ = 2, ȳ = 3, Sxx = 10, Sxy = 8 → b = 0.8, a = 1.4; residuals −0.4, 0.8, −1, 1.2, −0.6 → s² = 3.6 / 3 = 1.2
    const fit = linearRegression([0, 1, 2, 3, 4], [1, 3, 2, 5, 4]);
    expect(fit.slope).toBeCloseTo(0.8, 14);
    expect(fit.intercept).toBeCloseTo(1.4, 14);
    expect(fit.residualStandardError).toBeCloseTo(Math.sqrt(1.2), 14);
    expect(fit.slopeStandardError).toBeCloseTo(Math.sqrt(0.12), 14); // √(s² / Sxx)
    expect(fit.interceptStandardError).toBeCloseTo(Math.sqrt(1.2 * (1 / 5 + 4 / 10)), 14);
    expect(fit.covariance).toBeCloseTo(-0.24, 14); // −x̄ s² / Sxx
    expect(fit.degreesOfFreedom).toBe(3);
  });

  it('refuses fewer than 3 points, unequal lists and x all equal', () => {
    expect(() => linearRegression([1, 2], [1, 2])).toThrow(/^x: must be a list of at least 3 finite numbers/);
    expect(() => linearRegression([1, 2, 3], [1, 2])).toThrow(/^y: must be a list of 3 finite numbers, one per x/);
    expect(() => linearRegression([2, 2, 2], [1, 2, 3])).toThrow(/^x: must be a list of numbers not all equal/);
  });
});
