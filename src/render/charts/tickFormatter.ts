/** What a chart's numbers are: money (currency format) or counts (people, emails). */
export type ValueKind = 'money' | 'count';

/** The format of tick labels. */
export interface TickFormat {
  readonly kind: ValueKind;
  /** ISO 4217 code, for money. */
  readonly currency: string;
  /** BCP 47 locale. */
  readonly locale: string;
}

/** Ticks from this size on are written in the locale's compact notation ($120K, 1.5M). */
const COMPACT_FROM = 10_000;

/**
 * The labels of an axis' ticks, by `Intl.NumberFormat` in the chart's locale and currency, with just
 * the precision the tick step needs, so that every label is exact and no two read the same.
 * d3 ticks are k × step with step = 1, 2 or 5 × 10^e; below 10,000 they are written in full with
 * max(0, −e) decimals; from 10,000 on in compact notation ($150K, $1.2M) with as many significant
 * digits as the tick has down to 10^e (e is lowered until every tick is a whole multiple of 10^e,
 * for steps such as 2.5 × 10^e):
 *
 * ```
 * e                   = floor(log10(step))
 * significantDigits_t = floor(log10|t|) − e + 1        (compact, t ≠ 0)
 * fractionDigits      = max(0, −e)                     (full)
 * ```
 *
 * @param ticks - the ticks of the axis, as d3's `scale.ticks()` gives them (evenly spaced)
 * @param format - money or count, currency and locale
 * @returns a function from a tick to its label
 *
 * @example
 * const label = tickFormatter([0, 50000, 100000, 150000], { kind: 'money', currency: 'USD', locale: 'en-US' });
 * label(150000) //=> '$150K'
 * tickFormatter([0, 0.5, 1], { kind: 'money', currency: 'EUR', locale: 'de-DE' })(0.5) //=> '0,5\u00a0€'
 */
export function tickFormatter(ticks: readonly number[], format: TickFormat): (tick: number) => string {
  const base: Intl.NumberFormatOptions = format.kind === 'money' ? { style: 'currency', currency: format.currency } : {};
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : Math.abs(ticks[0] ?? 0);
  let exponent = step > 0 ? Math.floor(Math.log10(step) + 1e-9) : 0;
  // A step that is not 1, 2 or 5 × 10^e (say 2.5 × 10^e, from a caller's own ticks) needs a digit more.
  const isMultiple = (t: number) => Math.abs(t / 10 ** exponent - Math.round(t / 10 ** exponent)) < 1e-6;
  while (exponent > -20 && !ticks.every(isMultiple)) exponent -= 1;
  const largest = Math.max(0, ...ticks.map(Math.abs));
  if (largest < COMPACT_FROM) {
    const digits = Math.min(20, Math.max(0, -exponent));
    const full = new Intl.NumberFormat(format.locale, { ...base, minimumFractionDigits: digits, maximumFractionDigits: digits });
    return (tick) => full.format(tick);
  }
  const formatters = new Map<number, Intl.NumberFormat>();
  return (tick) => {
    const digits = tick === 0 ? 1 : Math.min(21, Math.max(1, Math.floor(Math.log10(Math.abs(tick)) + 1e-9) - exponent + 1));
    if (!formatters.has(digits))
      formatters.set(digits, new Intl.NumberFormat(format.locale, { ...base, notation: 'compact', maximumSignificantDigits: digits }));
    return formatters.get(digits)!.format(tick);
  };
}
