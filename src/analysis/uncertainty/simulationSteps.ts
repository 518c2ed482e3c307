import type Decimal from 'decimal.js';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { runModel } from '../../model/runModel';
import { resolveHypotheses, type ResolvedScenario } from '../../scenarios/resolveHypotheses';
import { checkWork, segmentedCellMonths, WORK_LIMITS } from '../../scenarios/workLimits';
import { scenarioFileWarnings } from '../../scenarios/scenarioFileWarnings';
import { atScenarioPath } from './atScenarioPath';
import type { CumulativeNpvDraws } from './cumulativeNpvDraws';
import { distributionSampler } from './distributionSampler';
import { type DrawnField, drawnFieldsOf } from './drawnFieldsOf';
import { type DrawRequest, drawValues } from './drawValues';
import { npvSummaryOf } from './npvSummaryOf';
import type { SimulateOptions, SimulatedHorizon, SimulatedScenario, Simulation } from './simulation';
import { planSimulation, type SimulationPlan } from './simulationPlan';

/** A simulation's scenarios, ready to run: the plan, the resolved scenarios and each one's drawn fields. */
export interface SimulationScenarios {
  readonly plan: SimulationPlan;
  readonly scenarios: readonly ResolvedScenario[];
  readonly drawnFields: readonly (readonly DrawnField[])[];
  /** The path of a scenario in the file, for errors: `baseline` or `hypotheses.<name>`. */
  readonly pathOf: (name: string) => string;
}

/** Everything a simulation computes before its model runs on the draws: the scenarios, the point NPVs, the draws. */
export interface PreparedSimulation extends SimulationScenarios {
  /** [scenario][horizon]: the exact NPV with every input at its point value. */
  readonly pointNpvs: readonly (readonly Decimal[])[];
  /** The kept draws, row by row (see `drawValues`). */
  readonly values: Float64Array;
  readonly redrawn: number;
}

/**
 * Plans a simulation and resolves its scenarios (no draw, no run): what a thread that runs a range of draws needs.
 *
 * @param data - an uncertain scenario file; not mutated
 * @param options - draws, seed, horizons (as `simulate` takes them)
 * @throws {InputError} the file's and the options' problems, and work above the limits
 *
 * @example
 * simulationScenarios(uncertainFile, { draws: 100 }).scenarios.length //=> 6
 */
export function simulationScenarios(data: unknown, options: SimulateOptions): SimulationScenarios {
  const plan = planSimulation(data, options);
  const { file, distributions, draws, months } = plan;
  const scenarios = resolveHypotheses(file);
  const cells = segmentedCellMonths(
    scenarios.map((s) => s.input),
    months,
  );
  if (cells !== undefined) {
    const where = 'per simulation: fewer draws, a shorter horizon (with retention by tenure the work grows with its square) or fewer segmented hypotheses';
    checkWork(
      'draws',
      [
        [cells, `cell-months of the segmented scenarios over ${months} months`],
        [draws, 'draws'],
      ],
      'cell-month-draws',
      WORK_LIMITS.simulationCellMonthDraws,
      where,
    );
  }
  const pathOf = (name: string) => (name === file.baselineName ? 'baseline' : `hypotheses.${name}`);
  return { plan, scenarios, drawnFields: drawnFieldsOf(scenarios, distributions, file), pathOf };
}

/**
 * The first steps of `simulate`: the scenarios (`simulationScenarios`), their exact point NPVs, and every draw (`drawValues`).
 *
 * @param data - an uncertain scenario file; not mutated
 * @param options - draws, seed, horizons
 * @throws {InputError} as `simulate`
 *
 * @example
 * prepareSimulation(uncertainFile, { draws: 100 }).values.length //=> 900
 */
export function prepareSimulation(data: unknown, options: SimulateOptions): PreparedSimulation {
  const ready = simulationScenarios(data, options);
  const { values, redrawn } = drawValues(drawRequestOf(ready));
  return { ...ready, pointNpvs: pointNpvsOf(ready), values, redrawn };
}

/**
 * What `drawValues` takes for a simulation's scenarios: the draws, the seed, a sampler per distribution.
 *
 * @param ready - from {@link simulationScenarios}
 *
 * @example
 * drawRequestOf(simulationScenarios(uncertainFile, { draws: 100 })).samplers.length //=> 9
 */
export function drawRequestOf(ready: SimulationScenarios): DrawRequest {
  const { plan, scenarios, drawnFields, pathOf } = ready;
  const samplers = plan.distributions.map((d) => distributionSampler(d.distribution, d.field, d.path));
  return { draws: plan.draws, seed: plan.seed, samplers, scenarios, drawnFields, pathOf };
}

/**
 * The exact NPV of every scenario at every horizon with every input at its point value.
 *
 * @param ready - from {@link simulationScenarios}
 * @returns [scenario][horizon]
 *
 * @example
 * pointNpvsOf(simulationScenarios(articleFile, { draws: 1, horizonsYears: [5] }))[0][0].toFixed(2) //=> '97796.78'
 */
export function pointNpvsOf(ready: SimulationScenarios): (readonly Decimal[])[] {
  const { plan, scenarios, pathOf } = ready;
  const { months, horizonMonths } = plan;
  return scenarios.map(
    (s) => atScenarioPath(() => runModel(decimalCalculator, s.input, { months, checkpoints: horizonMonths }), pathOf(s.name)).npvAtCheckpoints,
  );
}

/**
 * The last step of `simulate`: from the runs' NPVs, per horizon and scenario the statistics, the difference from
 * the baseline and the chances of a loss and of beating the baseline; the monthly bands; the warnings.
 *
 * @param prepared - what `prepareSimulation` gave
 * @param runs - the NPVs of every draw (`cumulativeNpvDraws`, or the same from several threads)
 *
 * @example
 * import { cumulativeNpvDraws } from './cumulativeNpvDraws';
 * const prepared = prepareSimulation(uncertainFile, { draws: 100 });
 * const runs = cumulativeNpvDraws({ ...prepared, draws: 100, distributions: 9, horizonMonths: [12, 36, 60], months: 60 });
 * finishSimulation(prepared, runs).horizons.length //=> 3
 */
export function finishSimulation(prepared: PreparedSimulation, runs: CumulativeNpvDraws): Simulation {
  const { plan, scenarios, drawnFields, pointNpvs, redrawn } = prepared;
  const { file, distributions, draws, seed, horizonsYears, horizonMonths } = plan;
  const { atHorizon, summaries, bands } = runs;
  const horizons = horizonsYears.map((years, h): SimulatedHorizon => {
    const baseline = atHorizon[0]![h]!;
    return {
      years,
      months: horizonMonths[h]!,
      scenarios: scenarios.map((scenario, s): SimulatedScenario => {
        const npvs = atHorizon[s]![h]!;
        const delta = new Float64Array(draws);
        let beats = 0;
        let negative = 0;
        for (let k = 0; k < draws; k++) {
          delta[k] = npvs[k]! - baseline[k]!;
          if (npvs[k]! > baseline[k]!) beats++;
          if (npvs[k]! < 0) negative++;
        }
        return {
          name: scenario.name,
          pointNpv: pointNpvs[s]![h]!,
          npv: summaries[s]![h]!,
          deltaVsBaseline: npvSummaryOf(delta),
          probabilityNegative: negative / draws,
          probabilityBeatsBaseline: s === 0 ? null : beats / draws,
        };
      }),
    };
  });
  return {
    name: file.name,
    baselineName: file.baselineName,
    draws,
    seed,
    redrawn,
    uncertainInputs: distributions.map((d, j) => ({ ...d, usedBy: scenarios.filter((_, s) => drawnFields[s]!.some((u) => u.index === j)).map((s) => s.name) })),
    horizons,
    monthly: bands.map((band, m) => ({ month: m + 1, cumulativeNpv: Object.fromEntries(band) })),
    warnings: scenarioFileWarnings(file, scenarios),
  };
}
