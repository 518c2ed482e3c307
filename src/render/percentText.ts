/**
 * A rate (fraction) as a percentage in the locale, one decimal by default.
 *
 * @param rate - the fraction, e.g. 0.25 for 25 %
 * @param locale - BCP 47 locale
 * @param fractionDigits - most decimals of the percentage (default 1)
 * @returns the percentage as text
 *
 * @example
 * percentText(1.2756, 'en-US') //=> '127.6%'
 * percentText(0.12127, 'en-US', 2) //=> '12.13%'
 */
export function percentText(rate: number, locale: string, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(rate);
}
