import type { ScenarioInput } from '../schema/scenarioInput';
import { segmentValues } from '../schema/segmentValues';
import { compilesToCohorts } from './compilePopulation';

/**
 * The work of one run of the model, in cell-months: the numbers the month loop updates, summed over
 * the months. A list with constant churn is one number per segment; with retention by tenure it is held
 * by cohort — the existing list at each of its tenures (E), then one cohort per month of new subscribers —
 * so the work grows with the square of the horizon:
 *
 * ```
 * constant churn:  segments × M
 * by tenure:       segments × (E × M + M × (M − 1) / 2)
 * ```
 *
 * @param input - a parsed scenario input
 * @param months - the horizon M
 *
 * @example
 * populationCellMonths(parseScenarioInput(articleBaseline), 60) //=> 60
 */
export function populationCellMonths(input: ScenarioInput, months: number): number {
  const segments = segmentValues(input);
  if (!compilesToCohorts(input)) return segments.length * months;
  const tenures = new Set(segments.map((segment) => segment.retention?.existingTenureMonths ?? input.retention?.existingTenureMonths ?? 0));
  return segments.length * (tenures.size * months + (months * (months - 1)) / 2);
}
