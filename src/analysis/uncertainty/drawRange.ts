import type { SimulateOptions } from './simulation';
import { atScenarioPath } from './atScenarioPath';
import { scenarioDrawRuns } from './drawRuns';
import { type ScreenedDraws, screenDraws } from './drawValues';
import { drawRequestOf, simulationScenarios } from './simulationSteps';

/** A range of one simulation's draws for another thread: the file, the options, the kept draws (`drawValues`) and the range. */
export interface DrawRangeTask {
  readonly data: unknown;
  /** The simulation's draws, seed and horizons (no callback: it crosses threads). */
  readonly options: Omit<SimulateOptions, 'onProgress'>;
  /** Every kept draw, row by row. */
  readonly values: Float64Array;
  readonly from: number;
  readonly to: number;
}

/**
 * Runs every scenario of a simulation on draws `from` to `to` (`scenarioDrawRuns`), for a thread that holds
 * only the file: scenario-major, then month-major — scenario s, month m, draw k at `(s × months + m) × (to − from) + k − from`.
 *
 * @param task - the file, options, draws and range
 * @throws {InputError} as `simulate`
 *
 * @example
 * import { prepareSimulation } from './simulationSteps';
 * const values = prepareSimulation(uncertainFile, { draws: 10 }).values;
 * runDrawRange({ data: uncertainFile, options: { draws: 10 }, values, from: 5, to: 10 }).length //=> 1800
 */
export function runDrawRange(task: DrawRangeTask): Float64Array {
  const { scenarios, drawnFields, plan, pathOf } = simulationScenarios(task.data, task.options);
  const n = task.to - task.from;
  const out = new Float64Array(scenarios.length * plan.months * n);
  scenarios.forEach((scenario, s) => {
    const column = atScenarioPath(
      () =>
        scenarioDrawRuns({
          input: scenario.input,
          own: drawnFields[s]!,
          values: task.values,
          distributions: plan.distributions.length,
          months: plan.months,
          from: task.from,
          to: task.to,
        }),
      pathOf(scenario.name),
    );
    out.set(column, s * plan.months * n);
  });
  return out;
}

/** Rows of uniforms of one simulation to screen on another thread (see `screenDraws`): the file, the options, the rows. */
export interface ScreenRangeTask {
  readonly data: unknown;
  readonly options: Omit<SimulateOptions, 'onProgress'>;
  readonly uniforms: Float64Array;
  readonly rows: number;
}

/**
 * Turns rows of a simulation's uniforms into values and screens them (`screenDraws`), for a thread that holds only the file.
 *
 * @param task - the file, the options, the rows of uniforms
 * @throws {InputError} as `simulate`
 *
 * @example
 * runScreenRange({ data: uncertainFile, options: { draws: 2 }, uniforms: new Float64Array(18).fill(0.5), rows: 2 }).kept.length //=> 2
 */
export function runScreenRange(task: ScreenRangeTask): ScreenedDraws {
  return screenDraws(drawRequestOf(simulationScenarios(task.data, task.options)), task.uniforms, task.rows);
}
