import type { FanPoint } from 'email-npv';
import type { WireSimulatedScenario, WireSimulation } from './protocol';

/** One row of a horizon's table: a scenario's statistics, and whether it is the baseline (whose Δ is 0 by definition). */
export interface SimulationRow extends WireSimulatedScenario {
  readonly isBaseline: boolean;
}

/** The rows of one horizon's table: the baseline first, then the hypotheses in file order (as `simulate` gives them). */
export function simulationRows(horizon: WireSimulation['horizons'][number]): SimulationRow[] {
  return horizon.scenarios.map((s, i) => ({ ...s, isBaseline: i === 0 }));
}

/**
 * The fan of one scenario: its P5–P50–P95 cumulative NPV month by month; undefined when the run has no such scenario.
 *
 * @example
 * fanBandOf({ monthly: [{ month: 1, cumulativeNpv: { H1: { p5: -1, p50: 0, p95: 1 } } }] }, 'H1') //=> [{ month: 1, p5: -1, p50: 0, p95: 1 }]
 */
export function fanBandOf(simulation: Pick<WireSimulation, 'monthly'>, scenario: string): FanPoint[] | undefined {
  if (simulation.monthly.length === 0 || !Object.hasOwn(simulation.monthly[0]!.cumulativeNpv, scenario)) return undefined;
  return simulation.monthly.map((m) => ({ month: m.month, ...m.cumulativeNpv[scenario]! }));
}
