import Decimal from 'decimal.js';
import type { Calculator } from './calculator';

/** Significant digits of the library's decimals. */
const PRECISION = 40;

/**
 * The library's own decimal.js configuration: 40 significant digits, round half even.
 * A clone, so the host application's global `Decimal` settings are never touched.
 * Sums and products of the inputs are exact at this precision; powers with fractional
 * exponents (discount and inflation factors) are correctly rounded to 40 digits.
 */
export const ExactDecimal = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -20, toExpPos: 40 });
/** A decimal value of the library's configuration. */
export type ExactDecimal = Decimal;

const ZERO = new ExactDecimal(0);
const ONE = new ExactDecimal(1);

/** True when rounding `a` to the precision leaves it as it is (so a + 0 and a × 1 are `a` itself). */
const isRounded = (a: Decimal) => a.sd() <= PRECISION;

/** Results of `pow` already computed, by operands (a fractional power costs about 0.2 ms; a model run needs one or two). */
const powers = new Map<string, Decimal>();
const MAX_POWERS = 256;

/**
 * The exact backend: decimal.js values of {@link ExactDecimal}'s configuration.
 * Use it for reports: money comes out as `Decimal`, rounded only when formatted.
 *
 * The operations skip the work decimal.js would do for nothing, with the same result: `from(0)` and
 * `from(1)` are the calculator's own `zero` and `one`, adding `zero` or multiplying by `one` returns
 * the other operand (when it has at most 40 digits, so rounding leaves it unchanged), multiplying
 * a number ≥ 0 by `zero` is `zero`, `one` to any finite power is `one`, and a power computed once
 * is remembered.
 *
 * @example
 * decimalCalculator.mul(decimalCalculator.from(0.4), decimalCalculator.from(0.1)).toString()
 * //=> '0.04'
 */
export const decimalCalculator: Calculator<Decimal> = {
  from: (x) => (x === 1 ? ONE : x === 0 && 1 / x > 0 ? ZERO : new ExactDecimal(x)),
  add: (a, b) => (b === ZERO && !a.isZero() && isRounded(a) ? a : a === ZERO && !b.isZero() && isRounded(b) ? b : a.plus(b)),
  sub: (a, b) => (b === ZERO && !a.isZero() && isRounded(a) ? a : a.minus(b)),
  mul: (a, b) =>
    b === ONE && isRounded(a) ? a : a === ONE && isRounded(b) ? b : b === ZERO && a.isFinite() && !a.isNegative() ? ZERO : a.times(b),
  div: (a, b) => (b === ONE && isRounded(a) ? a : a.div(b)),
  pow: (a, b) => {
    if (a === ONE && b.isFinite()) return ONE;
    if (a.isZero() || !a.isFinite() || !b.isFinite()) return a.pow(b);
    const key = `${a.toString()} ${b.toString()}`;
    let power = powers.get(key);
    if (power === undefined) {
      if (powers.size >= MAX_POWERS) powers.clear();
      power = a.pow(b);
      powers.set(key, power);
    }
    return power;
  },
  compare: (a, b) => a.comparedTo(b) as -1 | 0 | 1,
  isFinite: (a) => a.isFinite(),
  toNumber: (a) => a.toNumber(),
  zero: ZERO,
  one: ONE,
};
