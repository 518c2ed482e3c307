import type { ResolvedScenario } from '../../scenarios/resolveHypotheses';
import { atScenarioPath } from './atScenarioPath';
import type { DrawnField } from './drawnFieldsOf';
import { type ReducedDraws, reduceDraws, scenarioDrawRuns } from './drawRuns';
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
  const { scenarios, drawnFields, values, draws, distributions, horizonMonths, months, pathOf, onProgress } = runs;
  const total = scenarios.length * draws;
  const reduced = scenarios.map((scenario, s) => {
    const own = drawnFields[s]!;
    const onRun =
      onProgress !== undefined && own.length > 0
        ? (done: number) => (done % PROGRESS_EVERY === 0 ? onProgress(s * draws + done, total) : undefined)
        : undefined;
    const column = atScenarioPath(
      () => scenarioDrawRuns({ input: scenario.input, own, values, distributions, months, from: 0, to: draws, onRun }),
      pathOf(scenario.name),
    );
    onProgress?.((s + 1) * draws, total);
    return reduceDraws(column, draws, horizonMonths);
  });
  return assembleDraws(
    scenarios.map((s) => s.name),
    reduced,
  );
}

/**
 * The reduced draws of every scenario put together as {@link CumulativeNpvDraws}: by scenario and horizon, and the bands by month.
 *
 * @param names - the scenarios' names, in order
 * @param reduced - each scenario's reduced draws (`reduceDraws`)
 *
 * @example
 * import { reduceDraws } from './drawRuns';
 * assembleDraws(['baseline'], [reduceDraws(new Float64Array([1, 2, 3, 10, 20, 30]), 3, [2])]).bands[1].get('baseline') //=> { p5: 11, p50: 20, p95: 29 }
 */
export function assembleDraws(names: readonly string[], reduced: readonly ReducedDraws[]): CumulativeNpvDraws {
  const months = reduced[0]?.bands.length ?? 0;
  const bands = Array.from({ length: months }, (_, m) => new Map<string, NpvBand>(names.map((name, s) => [name, reduced[s]!.bands[m]!])));
  return { atHorizon: reduced.map((r) => r.atHorizon), summaries: reduced.map((r) => r.summaries), bands };
}
