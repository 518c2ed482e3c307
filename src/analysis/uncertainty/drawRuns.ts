import { floatCalculator } from '../../calculator/floatCalculator';
import { runModel } from '../../model/runModel';
import { percentiles } from '../../numeric/percentiles';
import type { ScenarioInput } from '../../schema/scenarioInput';
import type { DrawnField } from './drawnFieldsOf';
import { drawnInput } from './drawnInput';
import { npvSummaryOf } from './npvSummaryOf';
import type { NpvBand, NpvSummary } from './simulation';

/** One scenario's runs over a range of draws: its input, its drawn fields, the kept draws and the months. */
export interface ScenarioDrawRuns {
  readonly input: ScenarioInput;
  /** The scenario's drawn fields (see `drawnFieldsOf`); none: one run stands for every draw. */
  readonly own: readonly DrawnField[];
  /** Every kept draw, row by row (see `drawValues`). */
  readonly values: Float64Array;
  /** Number of distributions: the length of one row of `values`. */
  readonly distributions: number;
  readonly months: number;
  /** The draws to run: from `from` (included) to `to` (excluded). */
  readonly from: number;
  readonly to: number;
  /** Called after each run with the draws done in this range (the single run of a scenario that draws nothing counts for all). */
  readonly onRun?: ((done: number) => void) | undefined;
}

/**
 * Runs one scenario on draws `from` to `to` (float model, no rows kept) and returns the cumulative NPV at the end
 * of every month, month-major: month m's NPV of draw k at `m × (to − from) + (k − from)`. The same runs, in the
 * same arithmetic, whatever the range: a simulation split over threads gives the numbers of one thread.
 *
 * @param runs - the scenario, its drawn fields, the draws and the range
 * @throws {InputError} a model error (e.g. an overflow), with the scenario's own paths
 *
 * @example
 * const input = parseScenarioInput(articleBaseline);
 * const column = scenarioDrawRuns({ input, own: [{ field: 'openRate', index: 0 }], values: new Float64Array([0.3, 0.5]), distributions: 1, months: 12, from: 0, to: 2 });
 * column.length //=> 24
 */
export function scenarioDrawRuns(runs: ScenarioDrawRuns): Float64Array {
  const { input, own, values, distributions, months, from, to, onRun } = runs;
  const n = to - from;
  const column = new Float64Array(months * n);
  const checkpoints = Array.from({ length: months }, (_, m) => m + 1);
  if (own.length === 0) {
    const cumulative = runModel(floatCalculator, input, { months, checkpoints }).npvAtCheckpoints;
    for (let m = 0; m < months; m++) column.fill(cumulative[m]!, m * n, (m + 1) * n);
    onRun?.(n);
    return column;
  }
  for (let k = from; k < to; k++) {
    const cumulative = runModel(floatCalculator, drawnInput(input, own, values, k * distributions), { months, checkpoints }).npvAtCheckpoints;
    for (let m = 0; m < months; m++) column[m * n + k - from] = cumulative[m]!;
    onRun?.(k - from + 1);
  }
  return column;
}

/** One scenario's draws reduced: its NPVs and their statistics at each horizon, its P5–P50–P95 band every month. */
export interface ReducedDraws {
  /** [horizon]: the NPV of each draw, in draw order. */
  readonly atHorizon: readonly Float64Array[];
  /** [horizon]: the statistics of those NPVs. */
  readonly summaries: readonly NpvSummary[];
  /** [month − 1]: the band of the cumulative NPV. */
  readonly bands: readonly NpvBand[];
}

/**
 * Reduces one scenario's cumulative NPVs over every draw (month-major, as {@link scenarioDrawRuns} gives them for
 * the whole range): at each horizon the draws' NPVs and their statistics (`npvSummaryOf`), every month the P5, P50
 * and P95. The column is reordered in place by the selection (percentiles select, they do not sort).
 *
 * @param column - months × draws cumulative NPVs, month-major
 * @param draws - the number of draws
 * @param horizonMonths - the horizons, in months
 *
 * @example
 * reduceDraws(new Float64Array([1, 2, 3, 10, 20, 30]), 3, [2]).summaries[0].p50 //=> 20
 */
export function reduceDraws(column: Float64Array, draws: number, horizonMonths: readonly number[]): ReducedDraws {
  const months = column.length / draws;
  const atHorizon = horizonMonths.map(() => new Float64Array(draws));
  const summaries: NpvSummary[] = [];
  const bands: NpvBand[] = [];
  for (let m = 0; m < months; m++) {
    const npvs = column.subarray(m * draws, (m + 1) * draws);
    const h = horizonMonths.indexOf(m + 1);
    if (h >= 0) {
      atHorizon[h]!.set(npvs);
      const { p5, p50, p95 } = (summaries[h] = npvSummaryOf(npvs));
      bands.push({ p5, p50, p95 });
    } else {
      const [p5, p50, p95] = percentiles(npvs, [0.05, 0.5, 0.95]) as [number, number, number];
      bands.push({ p5, p50, p95 });
    }
  }
  return { atHorizon, summaries, bands };
}
