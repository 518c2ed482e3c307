import Decimal from 'decimal.js';
import type { Calculator } from './calculator';

/**
 * The library's own decimal.js configuration: 40 significant digits, round half even.
 * A clone, so the host application's global `Decimal` settings are never touched.
 * Sums and products of the inputs are exact at this precision; powers with fractional
 * exponents (discount and inflation factors) are correctly rounded to 40 digits.
 */
export const ExactDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -20, toExpPos: 40 });
/** A decimal value of the library's configuration. */
export type ExactDecimal = Decimal;

/**
 * The exact backend: decimal.js values of {@link ExactDecimal}'s configuration.
 * Use it for reports: money comes out as `Decimal`, rounded only when formatted.
 *
 * @example
 * decimalCalculator.mul(decimalCalculator.from(0.4), decimalCalculator.from(0.1)).toString()
 * //=> '0.04'
 */
export const decimalCalculator: Calculator<Decimal> = {
  from: (x) => new ExactDecimal(x),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  div: (a, b) => a.div(b),
  pow: (a, b) => a.pow(b),
  compare: (a, b) => a.comparedTo(b) as -1 | 0 | 1,
  isFinite: (a) => a.isFinite(),
  toNumber: (a) => a.toNumber(),
  zero: new ExactDecimal(0),
  one: new ExactDecimal(1),
};
