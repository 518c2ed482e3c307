import type Decimal from 'decimal.js';

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
 * only here, at the edge, then applies the locale's currency format.
 *
 * @example
 * formatMoney(new Decimal('1234.565')) //=> '$1,234.56'
 * formatMoney(new Decimal('-9485.4'), { fractionDigits: 0 }) //=> '-$9,485'
 */
export function formatMoney(value: Decimal, format: MoneyFormat = {}): string {
  const { currency = 'USD', locale = 'en-US', fractionDigits = 2 } = format;
  const rounded = value.toDecimalPlaces(fractionDigits, 6 /* ROUND_HALF_EVEN */).toFixed(fractionDigits);
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  // Intl formats a decimal string exactly (no trip through a float).
  return formatter.format(rounded as unknown as number);
}
