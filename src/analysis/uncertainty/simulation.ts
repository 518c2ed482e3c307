import type Decimal from 'decimal.js';
import type { LocatedDistribution } from './splitDistributions';

/** Options of `simulate`; each overrides the file's `simulation` section or `horizonsYears`. */
export interface SimulateOptions {
  /** Number of draws (default: the file's `simulation.draws`, else 10,000; at most 100,000). */
  readonly draws?: number;
  /** Seed of the random stream, a whole number from 0 to 2³² − 1 (default: the file's `simulation.seed`, else 1). */
  readonly seed?: number;
  /** Horizons in years (default: the file's `horizonsYears`). */
  readonly horizonsYears?: readonly number[];
  /**
   * Called as the work progresses, with the model runs done and their total (scenarios × draws), every
   * 500 runs and when a scenario is done; the last call has done = total. For a progress bar: it cannot
   * change the result.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Statistics of one money amount over the draws (money at t = 0; floats, being statistics of float runs). */
export interface NpvSummary {
  readonly mean: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** One scenario at one horizon, under uncertainty. */
export interface SimulatedScenario {
  readonly name: string;
  /** The NPV with every input at its point value, exact: what `compareScenarios` gives for the plain file. */
  readonly pointNpv: Decimal;
  /** The NPV over the draws. */
  readonly npv: NpvSummary;
  /** NPV − the baseline's NPV in the same draw (common random numbers); all 0 for the baseline. */
  readonly deltaVsBaseline: NpvSummary;
  /** Share of draws with a negative NPV: the chance of a loss over the horizon. */
  readonly probabilityNegative: number;
  /** Share of draws in which this scenario's NPV is strictly above the baseline's; null for the baseline. */
  readonly probabilityBeatsBaseline: number | null;
}

/** Every scenario at one horizon. */
export interface SimulatedHorizon {
  readonly years: number;
  readonly months: number;
  /** The baseline first, then the hypotheses in file order. */
  readonly scenarios: readonly SimulatedScenario[];
}

/** The P5–P95 band of a cumulative NPV at one month (money at t = 0, floats). */
export interface NpvBand {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** One month of the fan chart: every scenario's band of cumulative NPV. */
export interface SimulatedMonth {
  readonly month: number;
  /** Scenario name → band of the cumulative NPV at the end of this month. */
  readonly cumulativeNpv: Readonly<Record<string, NpvBand>>;
}

/** A distribution of the file and the scenarios that draw from it. */
export interface UncertainInput extends LocatedDistribution {
  /** Scenarios whose `field` takes this distribution's draw (the one that gives it and those that inherit it). */
  readonly usedBy: readonly string[];
}

/** The result of `simulate`. */
export interface Simulation {
  readonly name: string | undefined;
  readonly baselineName: string;
  readonly draws: number;
  readonly seed: number;
  /** Draws thrown away and drawn again because some scenario broke additive churn (churnPerMonth + churnPerEmail × emailsPerMonth > 1). */
  readonly redrawn: number;
  readonly uncertainInputs: readonly UncertainInput[];
  /** One entry per horizon, in the order asked for. */
  readonly horizons: readonly SimulatedHorizon[];
  /** Months 1 to the longest horizon. */
  readonly monthly: readonly SimulatedMonth[];
  /** Point values of the file that look like mistakes, each where it is written (see `scenarioFileWarnings`); empty when none. */
  readonly warnings: readonly string[];
}
