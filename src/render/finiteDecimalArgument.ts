import Decimal from 'decimal.js';
import { requireArgument } from '../errors/argument';

/**
 * The value to format, as a Decimal: a finite Decimal as it is, a finite JavaScript number by its
 * shortest decimal string (0.1 is 0.1). NaN, ±Infinity and anything else are refused with an
 * InputError naming the argument, so that no "NaN" or "∞" is ever printed.
 *
 * @param value - the argument as given
 * @param name - its name in messages (default `value`)
 *
 * @example
 * finiteDecimalArgument(0.1).toString() //=> '0.1'
 * finiteDecimalArgument(new Decimal(NaN))
 * //=> throws InputError: 'value: must be a finite number, a Decimal or a number (got a Decimal)'
 */
export function finiteDecimalArgument(value: unknown, name = 'value'): Decimal {
  const ok = (typeof value === 'number' && Number.isFinite(value)) || (Decimal.isDecimal(value) && (value as Decimal).isFinite());
  requireArgument(name, value, ok, 'a finite number, a Decimal or a number');
  return typeof value === 'number' ? new Decimal(value) : (value as Decimal);
}
