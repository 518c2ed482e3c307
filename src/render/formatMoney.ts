import type Decimal from 'decimal.js';
import { requireArgument } from '../errors/argument';
import { InputError } from '../errors/inputError';
import { optionsArgument } from '../errors/optionsArgument';
import { finiteDecimalArgument } from './finiteDecimalArgument';

/** How money is written for people: currency, locale and the digits after the point. */
export interface MoneyFormat {
  /** ISO 4217 code, e.g. "USD" (default), "EUR", "NOK". */
  readonly currency?: string;
  /** BCP 47 locale, e.g. "en-US" (default), "nb-NO". */
  readonly locale?: string;
  /** Fraction digits shown (default 2: cents). */
  readonly fractionDigits?: number;
}

/**
 * Formats exact money for people: rounds half-even to `fractionDigits` (cents by default)
 * only here, at the edge, then applies the locale's currency format. `value` is a finite Decimal or
 * a finite number (such as `forecastNpv` gives); NaN and ±Infinity are refused, never printed.
 *
 * @throws {InputError} `value: must be a finite number …`, `format.fractionDigits: …`, or
 *   `format: "XYZ" with locale "en-US" is not a currency format Intl knows …`
 *
 * @example
 * formatMoney(new Decimal('1234.565')) //=> '$1,234.56'
 * formatMoney(new Decimal('-9485.4'), { fractionDigits: 0 }) //=> '-$9,485'
 */
export function formatMoney(value: Decimal | number, format: MoneyFormat = {}): string {
  const exact = finiteDecimalArgument(value);
  const { currency = 'USD', locale = 'en-US', fractionDigits = 2 } = optionsArgument(format, 'format');
  const digitsOk = Number.isInteger(fractionDigits) && fractionDigits >= 0 && fractionDigits <= 20;
  requireArgument('format.fractionDigits', fractionDigits, digitsOk, 'a whole number from 0 to 20');
  const rounded = exact.toDecimalPlaces(fractionDigits, 6 /* ROUND_HALF_EVEN */).toFixed(fractionDigits);
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  } catch {
    const rule = `${JSON.stringify(currency)} with locale ${JSON.stringify(locale)} is not a currency format Intl knows (e.g. currency "EUR", locale "de-DE")`;
    throw new InputError([{ path: 'format', rule }]);
  }
  // Intl formats a decimal string exactly (no trip through a float).
  return formatter.format(rounded as unknown as number);
}
