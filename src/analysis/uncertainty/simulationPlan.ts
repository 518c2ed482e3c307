import { z } from 'zod';
import { InputError } from '../../errors/inputError';
import { optionsArgument } from '../../errors/optionsArgument';
import { yearsToMonths } from '../../schema/horizon';
import { parseWith } from '../../schema/parseWith';
import { HorizonsYears, type ScenarioFile } from '../../scenarios/scenarioFile';
import { checkWork, WORK_LIMITS } from '../../scenarios/workLimits';
import type { SimulateOptions } from './simulation';
import { type LocatedDistribution, splitDistributions } from './splitDistributions';
import { SimulationSettings } from './simulationSettings';

/** Draws when neither the options nor the file's `simulation` section give a number. */
export const DEFAULT_DRAWS = 10_000;
/** Seed when neither the options nor the file give one. */
export const DEFAULT_SEED = 1;
/** Most numbers the monthly bands may hold (draws × months of the longest horizon): 96 MB of floats. */
const MAX_DRAW_MONTHS = 12_000_000;

const SimulateOptionsSchema = SimulationSettings.extend({
  horizonsYears: HorizonsYears.optional(),
  onProgress: z.custom<(done: number, total: number) => void>((value) => typeof value === 'function', 'must be a function').optional(),
});

/** What one simulation will do, checked before any draw: the plain file, its distributions, the draws and the horizons. */
export interface SimulationPlan {
  /** The validated file, each distribution replaced by its point value. */
  readonly file: ScenarioFile;
  /** Every distribution of the file, where it sits (see `splitDistributions`). */
  readonly distributions: readonly LocatedDistribution[];
  readonly draws: number;
  readonly seed: number;
  readonly horizonsYears: readonly number[];
  /** Each horizon in months, in the same order. */
  readonly horizonMonths: readonly number[];
  /** The longest horizon, in months. */
  readonly months: number;
}

/**
 * Reads an uncertain scenario file and the options of a simulation into a {@link SimulationPlan}:
 * the options override the file's `simulation` section (`draws`, `seed`) and `horizonsYears`, and
 * the work is checked up front:
 *
 * ```
 * draws × months ≤ 12,000,000                                   (the monthly bands, 96 MB of floats)
 * scenarios × months × draws ≤ WORK_LIMITS.simulationScenarioMonthDraws
 * ```
 *
 * @param data - an uncertain scenario file (typically `JSON.parse` of it); not mutated
 * @param options - `draws`, `seed`, `horizonsYears`, overriding the file's
 * @throws {InputError} every problem as `field: rule`, e.g. `draws: must be at most 100000 draws`
 *
 * @example
 * planSimulation(uncertainFile, { draws: 1000 }).horizonMonths //=> [12, 36, 60]
 */
export function planSimulation(data: unknown, options: SimulateOptions): SimulationPlan {
  const opts = parseWith(SimulateOptionsSchema, optionsArgument(options));
  const split = splitDistributions(data);
  const file = split.parsed;
  const draws = opts.draws ?? split.simulation.draws ?? DEFAULT_DRAWS;
  const seed = opts.seed ?? split.simulation.seed ?? DEFAULT_SEED;
  const horizonsYears = opts.horizonsYears ?? file.horizonsYears;
  const horizonMonths = horizonsYears.map(yearsToMonths);
  const months = Math.max(...horizonMonths);
  if (draws * months > MAX_DRAW_MONTHS) {
    throw new InputError([
      { path: 'draws', rule: `must be at most ${Math.floor(MAX_DRAW_MONTHS / months)} with a ${months}-month horizon (draws × months ≤ ${MAX_DRAW_MONTHS})` },
    ]);
  }
  const drawsField = opts.draws !== undefined ? 'draws' : split.simulation.draws !== undefined ? 'simulation.draws' : 'hypotheses';
  const scenarioCount = 1 + Object.keys(file.hypotheses).length;
  const work: [number, string][] = [
    [scenarioCount, 'scenarios'],
    [months, 'months'],
    [draws, 'draws'],
  ];
  checkWork(drawsField, work, 'scenario-month-draws', WORK_LIMITS.simulationScenarioMonthDraws, 'per simulation: fewer draws, hypotheses or months');
  return { file, distributions: split.distributions, draws, seed, horizonsYears, horizonMonths, months };
}
