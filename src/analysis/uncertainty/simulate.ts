import { cumulativeNpvDraws } from './cumulativeNpvDraws';
import type { SimulateOptions, Simulation } from './simulation';
import { finishSimulation, prepareSimulation } from './simulationSteps';

// The simulation's public types and defaults, where its callers import `simulate` from.
export type { NpvBand, NpvSummary, SimulateOptions, SimulatedHorizon, SimulatedMonth, SimulatedScenario, Simulation, UncertainInput } from './simulation';
export { DEFAULT_DRAWS, DEFAULT_SEED } from './simulationPlan';

/**
 * Monte Carlo simulation of a scenario file whose inputs may be distributions (see
 * `splitDistributions`): per scenario and horizon the NPV's mean and percentiles, the difference
 * from the baseline and the probability that the hypothesis beats the baseline, and per month the
 * P5–P50–P95 band of every scenario's cumulative NPV (for fan charts).
 *
 * Draw k: every distribution j of the file gets one value x_kj = sample_j(u_kj), with u_kj the
 * next number of one seeded stream (in the order of `uncertainInputs`), truncated to its field's
 * range (`distributionSampler`). Every scenario that takes field f from distribution j — the one
 * that gives it and every scenario that inherits it, by patch or `combine` — uses the same x_kj
 * (**common random numbers**), so differences between scenarios are differences of strategy,
 * not of luck:
 * ```
 * NPV_s,k = the model's NPV of scenario s with the draw-k values          (float path, money at t = 0)
 * P(s beats baseline) = #{k : NPV_s,k > NPV_baseline,k} / draws
 * P(loss)             = #{k : NPV_s,k < 0} / draws
 * deltaVsBaseline     = statistics of NPV_s,k − NPV_baseline,k
 * mean = Σ_k NPV_s,k / draws;  P5 … P95 by linear interpolation (type 7, see `percentile`)
 * ```
 * A distribution may stand for any numeric input, named by its field path: a field (`openRate`), a
 * segment's (`segments.engaged.openRate`, which becomes that segment's own value), a retention's α or β,
 * a move's `sharePerMonth`; the stream's numbers go to the distributions in file order. A drawn value
 * sets the input from month 1; a `changes` entry of the same input still replaces it from its month on.
 * A draw in which some scenario breaks a cross-field rule (additive churn above the whole list; with
 * segments, shares that no longer sum to 1 …: see `drawValues`) is thrown away whole and drawn again
 * from the stream (counted in `redrawn`): the result is the joint distribution conditioned on valid inputs.
 *
 * Deterministic: the stream is MT19937 (pure-rand's `mersenne`, seeded with `seed`) read 53 bits
 * per number (`uniformFloat64`), so the same seed gives the same draws everywhere; the model and
 * the quantile functions then use only IEEE arithmetic and `Math` functions (same results on every
 * machine running the same JavaScript engine). Money statistics are floats (statistics of float
 * runs); `pointNpv` is exact.
 *
 * The steps (`prepareSimulation`, then `finishSimulation`, which `simulateParallel` shares): `planSimulation` reads the file and the options and checks the work;
 * `resolveHypotheses` resolves the plain file once, and its `provenance` says which scenarios take
 * each distribution's draw (`drawnFieldsOf`); `drawValues` draws every value;
 * `cumulativeNpvDraws` runs each scenario on each draw (a copy of the resolved input with
 * the drawn fields set, float model, no rows) and reduces the months; the percentiles come from
 * selection, not sorting.
 *
 * @param data - an uncertain scenario file (typically `JSON.parse` of it); not mutated
 * @param options - `draws`, `seed`, `horizonsYears`, overriding the file's
 * @throws {InputError} every problem as `field: rule`, e.g. `baseline.openRate.sd: must be more than 0 …`,
 *   or `draws: must be at most 100000 draws`
 *
 * @example
 * const result = simulate(uncertainFile, { draws: 10000, seed: 1 });
 * result.horizons[2].scenarios.find((s) => s.name === 'H2+H4').probabilityBeatsBaseline //=> 0.9635
 */
export function simulate(data: unknown, options: SimulateOptions = {}): Simulation {
  const prepared = prepareSimulation(data, options);
  const { scenarios, drawnFields, values, plan, pathOf } = prepared;
  const runs = cumulativeNpvDraws({
    scenarios,
    drawnFields,
    values,
    draws: plan.draws,
    distributions: plan.distributions.length,
    horizonMonths: plan.horizonMonths,
    months: plan.months,
    pathOf,
    onProgress: options.onProgress,
  });
  return finishSimulation(prepared, runs);
}
