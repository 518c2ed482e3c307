import { horizonMonths } from '../../schema/horizon';
import { optionsArgument } from '../../errors/optionsArgument';

/** The horizon options every analysis takes: `years` or `months` (at most one). */
export interface AnalysisHorizon {
  /** Horizon in years (whose twelfths are whole months). */
  readonly years?: number;
  /** Horizon in months. */
  readonly months?: number;
}

/**
 * The number of months of an analysis' horizon: `months`, or `years × 12`, or
 * `fallbackYears × 12` when neither is given.
 *
 * ```
 * M = months  |  round(years × 12)  |  round(fallbackYears × 12)
 * ```
 *
 * @param options - `{ years }` or `{ months }` or neither
 * @param fallbackYears - the horizon when neither is given (years)
 * @returns the horizon M, in months
 * @throws {InputError} e.g. `horizon: must give either months or years, not both`
 *
 * @example
 * analysisMonths({}, 5) //=> 60
 * analysisMonths({ months: 18 }, 5) //=> 18
 */
export function analysisMonths(options: AnalysisHorizon, fallbackYears: number): number {
  const { years, months } = optionsArgument(options);
  return horizonMonths(years === undefined && months === undefined ? { years: fallbackYears } : { years, months });
}
