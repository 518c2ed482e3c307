import type Decimal from 'decimal.js';
import { decimalCalculator } from '../calculator/decimalCalculator';
import { InputError } from '../errors/inputError';
import { isPlainObject } from '../json/isPlainObject';
import { forecastNpv } from '../model/forecastNpv';
import { runModel } from '../model/runModel';
import { parseScenarioInput } from '../schema/parseScenarioInput';
import type { ScenarioInput } from '../schema/scenarioInput';
import { yearsToMonths } from '../schema/horizon';
import { compareScenarios } from '../scenarios/compareScenarios';
import { resolveParsedScenarioFile } from '../scenarios/resolveScenarioFile';
import { DEFAULT_HORIZONS_YEARS } from '../scenarios/scenarioFile';
import { splitDistributions } from '../analysis/uncertainty/splitDistributions';
import type { BatchItem, BatchId } from './batchItem';
import { drawnResult } from './drawnResult';

/** Money as a result line writes it: a float (the fast path) or exact decimal text (`exact`). */
export type Money = number | string;
/** Values by horizon, keyed by the horizon in years (`"1"`, `"3"`, `"5"`). */
export type ByHorizon<T> = Readonly<Record<string, T>>;
/** Values by scenario name (a scenario file's baseline and hypotheses, in file order). */
export type ByScenario<T> = Readonly<Record<string, T>>;

/**
 * The result of one line. For a scenario input, `npv` holds its NPV at each horizon; for a scenario file, each
 * horizon holds every scenario's NPV and `winner` the scenario ranked first. With draws, `p5`, `p50` and `p95`
 * have the shape of `npv` (percentiles of the NPV over the draws) and, for a file, `pBeats` the chance that
 * each hypothesis beats the baseline. A line that cannot be computed has `error` instead, its `field: rule` messages.
 */
export interface BatchResult {
  readonly line: number;
  readonly id?: BatchId;
  readonly npv?: ByHorizon<Money | ByScenario<Money>>;
  readonly winner?: ByHorizon<string>;
  readonly p5?: ByHorizon<number | ByScenario<number>>;
  readonly p50?: ByHorizon<number | ByScenario<number>>;
  readonly p95?: ByHorizon<number | ByScenario<number>>;
  readonly pBeats?: ByHorizon<ByScenario<number>>;
  readonly error?: readonly string[];
}

/** How every line of a batch is computed. */
export interface BatchSettings {
  /** Horizons in years for every line; absent: a scenario file's own `horizonsYears`, else 1, 3 and 5 years. */
  readonly horizonsYears?: readonly number[];
  /** Monte Carlo draws per line (absent: none). */
  readonly draws?: number;
  /** The batch's seed: each line's is `lineSeed(seed, line)`. */
  readonly seed?: number;
  /** Exact decimal NPVs (text) instead of the fast path's floats. */
  readonly exact?: boolean;
}

/** Keys a list of values by horizon. */
const byHorizon = <T>(years: readonly number[], values: readonly T[]): ByHorizon<T> => Object.fromEntries(years.map((y, h) => [String(y), values[h]!]));

/** Money of the exact path as the line writes it. */
const money = (value: Decimal, exact: boolean): Money => (exact ? value.toString() : value.toNumber());

/**
 * A scenario input checked (`parseScenarioInput`); one it refuses is read again as the baseline of a file
 * (`splitDistributions`), which takes distributions at their point values. When that fails too, the problems
 * are those of the plain input.
 */
function plainInput(data: unknown): ScenarioInput {
  try {
    return parseScenarioInput(data);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    try {
      return resolveParsedScenarioFile(splitDistributions({ baseline: data, hypotheses: {} }).parsed).scenarios[0]!.input;
    } catch {
      throw error;
    }
  }
}

/** A scenario input's NPVs at each horizon. */
function inputResult(data: unknown, years: readonly number[], exact: boolean): Pick<BatchResult, 'npv'> {
  const input = plainInput(data);
  const months = years.map(yearsToMonths);
  if (!exact) return { npv: byHorizon(years, forecastNpv(input, months)) };
  const run = runModel(decimalCalculator, input, { months: Math.max(...months), checkpoints: months });
  return {
    npv: byHorizon(
      years,
      run.npvAtCheckpoints.map((v) => money(v, true)),
    ),
  };
}

/** A scenario file's NPVs per horizon and scenario, and the winner (highest NPV, the first in file order on a tie). */
function fileResult(data: unknown, years: readonly number[] | undefined, exact: boolean): Pick<BatchResult, 'npv' | 'winner'> {
  const { parsed } = splitDistributions(data);
  const horizonsYears = years ?? parsed.horizonsYears;
  const resolved = resolveParsedScenarioFile(parsed);
  if (exact) {
    const { horizons } = compareScenarios(resolved, { horizonsYears });
    return {
      npv: byHorizon(
        horizonsYears,
        horizons.map((h) => Object.fromEntries(h.results.map((r) => [r.name, money(r.npv, true)]))),
      ),
      winner: byHorizon(
        horizonsYears,
        horizons.map((h) => h.winner),
      ),
    };
  }
  const months = horizonsYears.map(yearsToMonths);
  const npvs = resolved.scenarios.map((s) => forecastNpv(s.input, months));
  const winners = months.map((_, h) => {
    let best = 0;
    npvs.forEach((n, s) => {
      if (n[h]! > npvs[best]![h]!) best = s;
    });
    return resolved.scenarios[best]!.name;
  });
  return {
    npv: byHorizon(
      horizonsYears,
      months.map((_, h) => Object.fromEntries(resolved.scenarios.map((s, i) => [s.name, npvs[i]![h]!]))),
    ),
    winner: byHorizon(horizonsYears, winners),
  };
}

/** `field: rule` lines of an error a line raised; anything but bad input is reported as an internal error of that line. */
function problemsOf(error: unknown): string[] {
  if (error instanceof InputError) return error.problems.map((p) => `${p.path || '(input)'}: ${p.rule}`.replaceAll(/[\r\n]+/g, ' '));
  return [`(internal): ${error instanceof Error ? error.message : String(error)}`.replaceAll(/[\r\n]+/g, ' ')];
}

/**
 * Computes one line of a batch: the NPV of a scenario input at each horizon, or for a scenario file (data with
 * a `baseline`) every scenario's NPV and the winner per horizon; with `draws`, a Monte Carlo per line seeded by
 * `lineSeed(seed, line)` (see `drawnResult`). NPVs come from the fast path (`forecastNpv`, floats agreeing with
 * the exact path to about 1e-12 relative) unless `exact`, which runs the exact path and writes decimal text.
 * A bad line is not thrown: its result carries `error`.
 *
 * @param item - the line read (`jsonLineItem`, `csvRowItem`)
 * @param settings - horizons, draws, seed, exact
 * @returns the line's result; never throws for bad input
 *
 * @example
 * batchResult({ line: 1, id: 'a', data: articleBaseline }, { horizonsYears: [5] }) //=> { line: 1, id: 'a', npv: { '5': 97796.78 } }
 * batchResult({ line: 2, data: { ...articleBaseline, openRate: 4 } }, {}).error //=> ['openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)']
 */
export function batchResult(item: BatchItem, settings: BatchSettings): BatchResult {
  const head = { line: item.line, ...(item.id === undefined ? {} : { id: item.id }) };
  if (item.problems !== undefined) return { ...head, error: item.problems };
  const exact = settings.exact === true;
  try {
    const isFile = isPlainObject(item.data) && Object.hasOwn(item.data, 'baseline');
    if (settings.draws !== undefined) return { ...head, ...drawnResult(item, isFile, settings) };
    if (isFile) return { ...head, ...fileResult(item.data, settings.horizonsYears, exact) };
    return { ...head, ...inputResult(item.data, settings.horizonsYears ?? DEFAULT_HORIZONS_YEARS, exact) };
  } catch (error) {
    return { ...head, error: problemsOf(error) };
  }
}
