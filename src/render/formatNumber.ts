import type Decimal from 'decimal.js';

/**
 * Formats an exact quantity (people, emails, orders) with grouping, rounded half-even.
 *
 * @example
 * formatNumber(new Decimal('4233.6997841'), 1) //=> '4,233.7'
 */
export function formatNumber(value: Decimal, fractionDigits = 0, locale = 'en-US'): string {
  const rounded = value.toDecimalPlaces(fractionDigits, 6 /* ROUND_HALF_EVEN */).toFixed(fractionDigits);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(
    rounded as unknown as number,
  );
}
