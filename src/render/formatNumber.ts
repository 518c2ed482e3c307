import type Decimal from 'decimal.js';
import { requireArgument } from '../errors/argument';
import { InputError } from '../errors/inputError';
import { finiteDecimalArgument } from './finiteDecimalArgument';

/**
 * Formats an exact quantity (people, emails, orders) with grouping, rounded half-even.
 * `value` is a finite Decimal or a finite number; NaN and ±Infinity are refused, never printed.
 *
 * @throws {InputError} `value: must be a finite number …`, `fractionDigits: …` or `locale: …`
 *
 * @example
 * formatNumber(new Decimal('4233.6997841'), 1) //=> '4,233.7'
 */
export function formatNumber(value: Decimal | number, fractionDigits = 0, locale = 'en-US'): string {
  const exact = finiteDecimalArgument(value);
  const digitsOk = Number.isInteger(fractionDigits) && fractionDigits >= 0 && fractionDigits <= 20;
  requireArgument('fractionDigits', fractionDigits, digitsOk, 'a whole number from 0 to 20');
  const rounded = exact.toDecimalPlaces(fractionDigits, 6 /* ROUND_HALF_EVEN */).toFixed(fractionDigits);
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  } catch {
    throw new InputError([{ path: 'locale', rule: `${JSON.stringify(locale)} is not a BCP 47 locale Intl knows, e.g. "en-US"` }]);
  }
  return formatter.format(rounded as unknown as number);
}
