import type { TickFormat } from './tickFormatter';

/**
 * Formats single values of a chart (in its description and beside tornado bars) with
 * `Intl.NumberFormat`: money in whole units of the currency, counts in whole units; `compact`
 * writes three significant digits in the locale's compact notation ($97.8K).
 *
 * @param format - money or count, currency and locale
 * @param compact - compact notation (default false)
 * @returns a function from a value to its text
 *
 * @example
 * valueFormatter({ kind: 'money', currency: 'USD', locale: 'en-US' })(97797.43) //=> '$97,797'
 * valueFormatter({ kind: 'money', currency: 'USD', locale: 'en-US' }, true)(97797.43) //=> '$97.8K'
 */
export function valueFormatter(format: TickFormat, compact = false): (value: number) => string {
  const options: Intl.NumberFormatOptions = compact ? { notation: 'compact', maximumSignificantDigits: 3 } : { maximumFractionDigits: 0 };
  const formatter = new Intl.NumberFormat(
    format.locale,
    format.kind === 'money' ? { style: 'currency', currency: format.currency, minimumFractionDigits: 0, ...options } : options,
  );
  return (value) => formatter.format(value);
}
