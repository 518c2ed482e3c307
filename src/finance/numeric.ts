import type Decimal from 'decimal.js';
import { ExactDecimal } from '../calculator/decimalCalculator';
import { InputError } from '../errors/inputError';

/**
 * A number the finance functions accept: a JavaScript number, a decimal.js `Decimal`
 * (of any configuration) or a numeric string such as `'0.05'` or `'-1200.50'`.
 */
export type Numeric = number | Decimal | string;

/**
 * Converts `x` to an {@link ExactDecimal} (40 significant digits), without rounding
 * numbers or strings beyond that precision. Unitless: the value keeps whatever unit it had
 * (money, or a rate as a fraction per period).
 *
 * ```
 * toExact(x) = x as a 40-digit decimal, when x is finite
 * ```
 *
 * @param x - the value to convert.
 * @param path - the input's name, used in the error (for example `'rate'` or `'flows[3]'`).
 * @throws {InputError} when `x` is NaN, ±Infinity or not a number at all (e.g. `'abc'`).
 *
 * @example
 * toExact('0.1', 'rate').plus(toExact(0.2, 'rate')).toString()
 * //=> '0.3'
 */
export function toExact(x: Numeric, path: string): Decimal {
  let value: Decimal | undefined;
  try {
    if (typeof x === 'number' || typeof x === 'string' || ExactDecimal.isDecimal(x)) value = new ExactDecimal(x);
  } catch {
    value = undefined;
  }
  if (value === undefined || !value.isFinite()) {
    throw new InputError([{ path, rule: `must be a finite number (got ${describe(x)})` }]);
  }
  return value;
}

function describe(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x);
  if (typeof x === 'number') return String(x);
  if (x !== null && typeof x === 'object' && ExactDecimal.isDecimal(x)) return String(x);
  return typeof x;
}
