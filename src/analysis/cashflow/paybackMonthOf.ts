import type Decimal from 'decimal.js';

export interface PaybackMonthOptions {
  /**
   * `"first"` (default): the first month whose cumulative value is ≥ 0.
   * `"stays"`: the first month from which the cumulative value is ≥ 0 in every month up to the horizon.
   */
  readonly rule?: 'first' | 'stays';
}

/**
 * The month in which a cumulative cash flow (or cumulative NPV) pays back: reaches 0 or more.
 * Months 1…M are scanned (month 0, the investment at t = 0, is never a payback month, so a
 * scenario with no investment pays back in the first month its cumulative flow is ≥ 0).
 *
 * ```
 * first: min { m ≥ 1 : cumulative_m ≥ 0 }
 * stays: min { m ≥ 1 : cumulative_k ≥ 0 for every k = m…M }
 * ```
 *
 * @param cumulative - cumulative values by month, index = month (0…M), money
 * @param options - the rule
 * @returns the payback month, or null when the rule is not met within the horizon
 *
 * @example
 * paybackMonthOf([-100, -40, 20, -5, 10].map((x) => new Decimal(x))) //=> 2
 * paybackMonthOf([-100, -40, 20, -5, 10].map((x) => new Decimal(x)), { rule: 'stays' }) //=> 4
 */
export function paybackMonthOf(cumulative: readonly Decimal[], options: PaybackMonthOptions = {}): number | null {
  if (options.rule === 'stays') {
    let month: number | null = null;
    for (let m = cumulative.length - 1; m >= 1 && !cumulative[m]!.lessThan(0); m--) month = m;
    return month;
  }
  for (let m = 1; m < cumulative.length; m++) if (!cumulative[m]!.lessThan(0)) return m;
  return null;
}
