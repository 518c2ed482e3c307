import { InputError } from '../errors/inputError';

/**
 * Converts an annual effective rate to the equivalent monthly effective rate, i.e. the
 * monthly rate that compounds to the annual one over 12 months.
 *
 * ```
 * monthly = (1 + annual)^(1/12) − 1
 * ```
 *
 * Units: both rates are fractions (0.12 = 12 % per year in, about 0.00949 = 0.949 % per
 * month out). The equation is `monthlyFactor`'s minus 1, computed here on floats by another route on
 * purpose, `expm1(log1p(annual) / 12)`, which keeps its accuracy for small rates where
 * `(1 + annual) ** (1 / 12) − 1` loses digits to cancellation. The model uses `monthlyFactor` (on
 * both backends, the same numbers on every run); this function is for callers converting a rate.
 *
 * @param annual - annual effective rate, a fraction greater than −1.
 * @returns the monthly effective rate, a fraction.
 * @throws {InputError} when `annual` ≤ −1 or is not a finite number.
 *
 * @example
 * annualToMonthlyRate(0.12682503013196977)
 * //=> 0.01 (up to rounding of the last digit)
 */
export function annualToMonthlyRate(annual: number): number {
  if (typeof annual !== 'number' || !Number.isFinite(annual) || annual <= -1) {
    throw new InputError([{ path: 'rate', rule: `must be a finite number greater than -1 (−100 %), got ${String(annual)}` }]);
  }
  return Math.expm1(Math.log1p(annual) / 12);
}
