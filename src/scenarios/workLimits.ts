import { InputError } from '../errors/inputError';
import { isOneList } from '../model/compilePopulation';
import { populationCellMonths } from '../model/populationCellMonths';
import type { ScenarioInput } from '../schema/scenarioInput';

/**
 * The most work one call may ask for, checked before any is done. A comparison runs the exact-decimal
 * model once per scenario-month and keeps about 1 kB for each; a simulation runs the float model once per
 * scenario-month-draw; a calibration about 320 model runs per unknown; a report draws at most 100 lines
 * per chart (the baseline and 99 hypotheses). A segmented scenario holds a number per segment, or per
 * segment and cohort with retention by tenure: its work is counted in cell-months (`populationCellMonths`). Each limit is a few seconds of work (the README's
 * "Limits and cost" gives the measured costs).
 */
export const WORK_LIMITS = {
  /** Scenarios × months of one comparison (`compare`, `report`). */
  comparisonScenarioMonths: 150_000,
  /** Scenarios × months × draws of one Monte Carlo simulation. */
  simulationScenarioMonthDraws: 100_000_000,
  /** Cell-months (`populationCellMonths`) of one comparison's segmented scenarios: with retention by tenure the work grows with the horizon's square. */
  comparisonCellMonths: 2_000_000,
  /** Cell-months × draws of one Monte Carlo simulation's segmented scenarios. */
  simulationCellMonthDraws: 1_000_000_000,
  /** Unknowns of one calibration. */
  calibrationUnknowns: 20,
  /** Hypotheses in one report (each chart draws the baseline and every hypothesis). */
  reportHypotheses: 99,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Refuses, before any work, a call whose cost (the product of `factors`) is above `limit`:
 * throws an InputError at `path` (the field the user wrote) that states the cost and the limit,
 * e.g. `hypotheses: 1,001 scenarios × 1,200 months = 1,201,200 scenario-months; at most 150,000 per comparison`.
 *
 * @param path - the field to name, e.g. `hypotheses` or `simulation.draws`
 * @param factors - each factor of the cost with its unit, e.g. `[[1001, 'scenarios'], [1200, 'months']]`
 * @param unit - the unit of the product, e.g. `scenario-months`
 * @param limit - the most allowed
 * @param where - what the limit is per and how to lower the cost, e.g. `per comparison: compare fewer hypotheses or shorter horizons`
 *
 * @example
 * checkWork('hypotheses', [[1001, 'scenarios'], [1200, 'months']], 'scenario-months', 150_000, 'per comparison')
 * //=> throws InputError: 'hypotheses: 1,001 scenarios × 1,200 months = 1,201,200 scenario-months; at most 150,000 per comparison'
 */
export function checkWork(path: string, factors: readonly (readonly [number, string])[], unit: string, limit: number, where: string): void {
  const cost = factors.reduce((product, [n]) => product * n, 1);
  if (cost <= limit) return;
  const terms = factors.map(([n, what]) => `${count(n)} ${what}`).join(' × ');
  const product = factors.length > 1 ? `${terms} = ${count(cost)} ${unit}` : terms;
  throw new InputError([{ path, rule: `${product}; at most ${count(limit)} ${where}` }]);
}

/**
 * The cell-months of the segmented scenarios among `inputs` over `months` (`populationCellMonths`; a one-list
 * scenario counts 0: its work is counted in scenario-months), or undefined when none is segmented.
 *
 * @example
 * segmentedCellMonths([parseScenarioInput(articleBaseline)], 60) //=> undefined
 */
export function segmentedCellMonths(inputs: readonly ScenarioInput[], months: number): number | undefined {
  const segmented = inputs.filter((input) => !isOneList(input));
  return segmented.length === 0 ? undefined : segmented.reduce((sum, input) => sum + populationCellMonths(input, months), 0);
}
