import { InputError } from '../errors/inputError';

/**
 * Converts a monthly effective rate to the equivalent annual effective rate, compounding
 * it over 12 months.
 *
 * ```
 * annual = (1 + monthly)^12 − 1
 * ```
 *
 * Units: both rates are fractions (0.01 = 1 % per month in, about 0.1268 = 12.68 % per
 * year out). Computed as `expm1(12 · log1p(monthly))` for accuracy with small rates.
 *
 * @param monthly - monthly effective rate, a fraction greater than −1.
 * @returns the annual effective rate, a fraction.
 * @throws {InputError} when `monthly` ≤ −1 or is not a finite number, or when the annual rate
 *   overflows the number range (a monthly rate above about 6.7e25).
 *
 * @example
 * monthlyToAnnualRate(0.01)
 * //=> 0.12682503013196972 (up to rounding of the last digit)
 */
export function monthlyToAnnualRate(monthly: number): number {
  if (typeof monthly !== 'number' || !Number.isFinite(monthly) || monthly <= -1) {
    throw new InputError([{ path: 'rate', rule: `must be a finite number greater than -1 (−100 %), got ${String(monthly)}` }]);
  }
  const annual = Math.expm1(12 * Math.log1p(monthly));
  if (!Number.isFinite(annual)) {
    throw new InputError([{ path: 'rate', rule: `is so large that the annual rate overflows the number range, got ${monthly} a month` }]);
  }
  return annual;
}
