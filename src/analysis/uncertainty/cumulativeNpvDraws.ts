import { floatCalculator } from '../../calculator/floatCalculator';
import { runModel } from '../../model/runModel';
import { percentiles } from '../../numeric/percentiles';
import type { ResolvedScenario } from '../../scenarios/resolveHypotheses';
import { atScenarioPath } from './atScenarioPath';
import type { DrawnField } from './drawnFieldsOf';
import { drawnInput } from './drawnInput';
import { npvSummaryOf } from './npvSummaryOf';
import type { NpvBand, NpvSummary } from './simulation';

/** What {@link cumulativeNpvDraws} runs: the scenarios, their drawn fields, the kept draws and the horizons. */
export interface DrawRuns {
  readonly scenarios: readonly ResolvedScenario[];
  /** Each scenario's drawn fields (see `drawnFieldsOf`). */
  readonly drawnFields: readonly (readonly DrawnField[])[];
  /** The kept draws, row by row (see `drawValues`). */
  readonly values: Float64Array;
  readonly draws: number;
  /** Number of distributions: the length of one row of `values`. */
  readonly distributions: number;
  /** The horizons, in months. */
  readonly horizonMonths: readonly number[];
  /** The longest horizon, in months. */
  readonly months: number;
  /** The path of a scenario in the file, for errors: `baseline` or `hypotheses.<name>`. */
  readonly pathOf: (name: string) => string;
  /** Called as the runs progress (see `SimulateOptions.onProgress`). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Runs between two progress reports. */
const PROGRESS_EVERY = 500;

/** The cumulative NPVs of every scenario over the draws, as the simulation reports them. */
export interface CumulativeNpvDraws {
  /** [scenario][horizon]: the NPV of each draw at that horizon, in draw order. */
  readonly atHorizon: readonly (readonly Float64Array[])[];
  /** [scenario][horizon]: the statistics of those NPVs. */
  readonly summaries: readonly (readonly NpvSummary[])[];
  /** [month − 1]: scenario name → the P5–P50–P95 band of its cumulative NPV at the end of that month. */
  readonly bands: readonly Map<string, NpvBand>[];
}

/**
 * Runs every scenario on every draw (float model, no rows kept, the cumulative NPV of every month read as
 * checkpoints) and reduces the results month by month: at each horizon the NPVs of the draws and their
 * statistics, at every month the P5–P50–P95 band. A scenario that draws nothing runs once.
 *
 * ```
 * NPV_s,k(m) = cumulative NPV at the end of month m of scenario s with draw k's values   (float path, money at t = 0)
 * band_s(m)  = P5, P50, P95 of NPV_s,k(m) over k
 * ```
 *
 * @param runs - the scenarios, their drawn fields, the kept draws and the horizons
 * @throws {InputError} a model error (e.g. an overflow) under the scenario's path, e.g. `hypotheses.H1.horizon: …`
 *
 * @example
 * const scenarios = resolveHypotheses(parseScenarioFile({ baseline: input, hypotheses: {} }));
 * cumulativeNpvDraws({ scenarios, drawnFields: [[{ field: 'openRate', index: 0 }]], values: new Float64Array([0.3, 0.5]), draws: 2,
 *   distributions: 1, horizonMonths: [12, 60], months: 60, pathOf: () => 'baseline' })
 *   .bands.length //=> 60
 */
export function cumulativeNpvDraws(runs: DrawRuns): CumulativeNpvDraws {
  const { scenarios, drawnFields, values, draws, distributions: count, horizonMonths, months, pathOf, onProgress } = runs;
  const total = scenarios.length * draws;
  const checkpoints = Array.from({ length: months }, (_, m) => m + 1);
  // Month-major: one column of draws per month.
  const column = new Float64Array(months * draws);
  const atHorizon = scenarios.map(() => horizonMonths.map(() => new Float64Array(draws)));
  const summaries = scenarios.map(() => horizonMonths.map((): NpvSummary | undefined => undefined));
  const bands = Array.from({ length: months }, () => new Map<string, NpvBand>());
  scenarios.forEach((scenario, s) => {
    const own = drawnFields[s]!;
    atScenarioPath(() => {
      if (own.length === 0) {
        const cumulative = runModel(floatCalculator, scenario.input, { months, checkpoints }).npvAtCheckpoints;
        for (let m = 0; m < months; m++) column.fill(cumulative[m]!, m * draws, (m + 1) * draws);
        return;
      }
      for (let k = 0; k < draws; k++) {
        const cumulative = runModel(floatCalculator, drawnInput(scenario.input, own, values, k * count), { months, checkpoints }).npvAtCheckpoints;
        for (let m = 0; m < months; m++) column[m * draws + k] = cumulative[m]!;
        if (onProgress !== undefined && (k + 1) % PROGRESS_EVERY === 0) onProgress(s * draws + k + 1, total);
      }
    }, pathOf(scenario.name));
    onProgress?.((s + 1) * draws, total);
    for (let m = 0; m < months; m++) {
      const npvs = column.subarray(m * draws, (m + 1) * draws);
      const h = horizonMonths.indexOf(m + 1);
      if (h >= 0) {
        atHorizon[s]![h]!.set(npvs);
        const { p5, p50, p95 } = (summaries[s]![h] = npvSummaryOf(npvs));
        bands[m]!.set(scenario.name, { p5, p50, p95 });
      } else {
        const [p5, p50, p95] = percentiles(npvs, [0.05, 0.5, 0.95]) as [number, number, number];
        bands[m]!.set(scenario.name, { p5, p50, p95 });
      }
    }
  });
  return { atHorizon, summaries: summaries as NpvSummary[][], bands };
}
