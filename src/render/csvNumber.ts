import Decimal from 'decimal.js';

/**
 * A number as a csv cell: plain decimal notation (no exponent, no grouping, no symbol), rounded
 * half-even to `fractionDigits` when given (2 for money: cents), exact otherwise; an empty cell
 * for null (not applicable) and for a value that is not finite, which is never printed.
 *
 * @param value - the number, exact (Decimal) or a double
 * @param fractionDigits - digits after the point (money: 2); all of them when left out
 *
 * @example
 * csvNumber(new Decimal('-15791.004')) //=> '-15791.004'
 * csvNumber(-15791.004, 2) //=> '-15791.00'
 * csvNumber(1e-7) //=> '0.0000001'
 * csvNumber(null) //=> ''
 */
export function csvNumber(value: Decimal | number | null, fractionDigits?: number): string {
  if (value === null) return '';
  const exact = new Decimal(value);
  if (!exact.isFinite()) return '';
  const text = fractionDigits === undefined ? exact.toFixed() : exact.toDecimalPlaces(fractionDigits, Decimal.ROUND_HALF_EVEN).toFixed(fractionDigits);
  return /^-0(?:\.0+)?$/.test(text) ? text.slice(1) : text;
}
