import type { Calculator } from '../calculator/calculator';
import type { MonthRow } from '../model/monthRow';

/** Each segment's part of a scenario's NPV at one horizon, and the part that belongs to the whole scenario. */
export interface SegmentContributions<T> {
  /** The horizon (months). */
  readonly months: number;
  /** Segment name → Σ_{m ≤ months} (its gross profit − its sending costs)_m × DF_m (money at t = 0), in the order written. */
  readonly segments: Readonly<Record<string, T>>;
  /** What belongs to the whole scenario: −investment − Σ_{m ≤ months} (budget + running cost)_m × P_m × DF_m (money at t = 0). */
  readonly scenarioWide: T;
}

/**
 * Splits a segmented scenario's NPV at each horizon into its segments' contributions and the part that
 * belongs to the whole scenario (the fixed costs and the investment), from the model's exact rows:
 *
 * ```
 * contribution_s(M) = Σ_{m=1..M} (grossProfit_s,m − sendingCosts_s,m) × DF_m        (money at t = 0)
 * scenarioWide(M)   = NPV_M − Σ_s contribution_s(M)
 *                   = −investment − Σ_{m=1..M} (budget + runningCost)_m × P_m × DF_m
 * ```
 * so that Σ_s contribution_s(M) + scenarioWide(M) = NPV_M, exactly on decimals (to their 40 significant
 * digits: sums are rounded there, about 1e-35 on a 5-year NPV). A segment whose contribution is
 * negative costs more to mail than it earns. Pure; undefined when the rows carry no segments (an
 * unsegmented scenario).
 *
 * @param calc - the rows' arithmetic (`decimalCalculator` for `forecast`'s rows)
 * @param rows - the model's month rows, months 1…M (e.g. `forecast(input, …).rows`)
 * @param horizons - the months at which to split the NPV, each within 1…M
 * @returns one split per horizon, in the order given, or undefined
 *
 * @example
 * import { decimalCalculator } from '../calculator/decimalCalculator';
 * const segmented = { ...input, segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7, openRate: 0.1 } } };
 * const [twelve] = segmentContributions(decimalCalculator, forecast(segmented, { months: 12 }).rows, [12]);
 * Object.keys(twelve.segments) //=> ['engaged', 'dormant']
 * twelve.scenarioWide.toFixed(2) //=> '-12754.88' (−$1,200 a month for 12 months, discounted at 25.6 % a year)
 */
export function segmentContributions<T>(calc: Calculator<T>, rows: readonly MonthRow<T>[], horizons: readonly number[]): SegmentContributions<T>[] | undefined {
  const first = rows[0]?.segments;
  if (first === undefined) return undefined;
  const names = Object.keys(first);
  const sums = names.map(() => calc.zero);
  const atMonth: Record<number, T[]> = {};
  const wanted = new Set(horizons);
  rows.forEach((row, m) => {
    names.forEach((name, s) => {
      sums[s] = calc.add(sums[s]!, calc.mul(row.segments![name]!.netCashFlow, row.discountFactor));
    });
    if (wanted.has(m + 1)) atMonth[m + 1] = [...sums];
  });
  return horizons.map((months) => {
    const contributions = atMonth[months]!;
    const total = contributions.reduce((sum, c) => calc.add(sum, c), calc.zero);
    return {
      months,
      segments: Object.fromEntries(names.map((name, s) => [name, contributions[s]!])),
      scenarioWide: calc.sub(rows[months - 1]!.cumulativeNpv, total),
    };
  });
}
