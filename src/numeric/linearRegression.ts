import { requireArgument } from '../errors/argument';

/** The result of {@link linearRegression}: the line, its coefficients' standard errors and the residual spread. */
export interface LinearRegression {
  readonly intercept: number;
  readonly slope: number;
  /** Standard error of the intercept (y's unit); NaN-free: 0 when the points lie exactly on the line. */
  readonly interceptStandardError: number;
  /** Standard error of the slope (y's unit per x's unit). */
  readonly slopeStandardError: number;
  /** Covariance of the intercept and the slope estimates. */
  readonly covariance: number;
  /** s, the residuals' standard deviation: √(Σ residual² / (n − 2)). */
  readonly residualStandardError: number;
  /** n − 2, the degrees of freedom of s. */
  readonly degreesOfFreedom: number;
}

/**
 * Ordinary least squares of y on x, y ≈ a + b·x, with the textbook standard errors
 * (errors independent, of equal variance):
 *
 * ```
 * b = Σ(x − x̄)(y − ȳ) / Sxx,   a = ȳ − b·x̄,   s² = Σ(y − a − b·x)² / (n − 2)
 * SE(b) = s / √Sxx,   SE(a) = s·√(1/n + x̄² / Sxx),   cov(a, b) = −x̄·s² / Sxx
 * ```
 *
 * @param x - at least 3 finite numbers, not all equal
 * @param y - as many finite numbers
 * @returns the line, the standard errors and the residual spread
 * @throws {InputError} for fewer than 3 points, lists of unequal length, a non-finite value, or x all equal
 *
 * @example
 * linearRegression([1, 2, 3, 4], [3, 5, 7, 9]) //=> { intercept: 1, slope: 2, interceptStandardError: 0, slopeStandardError: 0, covariance: 0, residualStandardError: 0, degreesOfFreedom: 2 }
 */
export function linearRegression(x: readonly number[], y: readonly number[]): LinearRegression {
  const finiteList = (v: unknown) => Array.isArray(v) && v.every(Number.isFinite);
  requireArgument('x', x, finiteList(x) && x.length >= 3, 'a list of at least 3 finite numbers');
  requireArgument('y', y, finiteList(y) && y.length === x.length, `a list of ${x.length} finite numbers, one per x`);
  const n = x.length;
  const meanX = x.reduce((s, v) => s + v, 0) / n;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  const sxx = x.reduce((s, v) => s + (v - meanX) ** 2, 0);
  requireArgument('x', x, sxx > 0, 'a list of numbers not all equal');
  const slope = x.reduce((s, v, i) => s + (v - meanX) * (y[i]! - meanY), 0) / sxx;
  const intercept = meanY - slope * meanX;
  const variance = y.reduce((s, v, i) => s + (v - intercept - slope * x[i]!) ** 2, 0) / (n - 2);
  return {
    intercept,
    slope,
    interceptStandardError: Math.sqrt(variance * (1 / n + (meanX * meanX) / sxx)),
    slopeStandardError: Math.sqrt(variance / sxx),
    covariance: (-meanX * variance) / sxx,
    residualStandardError: Math.sqrt(variance),
    degreesOfFreedom: n - 2,
  };
}
