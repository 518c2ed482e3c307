import { floatCalculator } from '../calculator/floatCalculator';
import type { ScenarioInput } from '../schema/scenarioInput';
import { requireArgument } from '../errors/argument';
import { MAX_MONTHS } from '../schema/horizon';
import { modelInputArgument } from './modelInputArgument';
import { runCheckedModel } from './runModel';

/**
 * The fast path: the NPV of an already validated input at each of several horizons,
 * on floats, in one pass, keeping no rows. Same equations as {@link forecast}
 * (one model, run on {@link floatCalculator}); agrees with the exact path to about 1e-12 relative.
 *
 * @param input - the output of `parseScenarioInput` (not validated again, for speed: only its shape is checked)
 * @param monthsList - horizons in months, e.g. [12, 36, 60]
 * @returns the NPV at each horizon, in the order given (money at t = 0)
 * @throws {InputError} `monthsList: is required, a list of horizons in months, from 1 to 1200, e.g. [12, 36, 60]`, or a malformed `input`
 *
 * @example
 * forecastNpv(parseScenarioInput(articleBaseline), [12, 36, 60]) //=> [9485.17, 48253.08, 97796.78]
 */
export function forecastNpv(input: ScenarioInput, monthsList: readonly number[]): number[] {
  modelInputArgument(input);
  const isList = Array.isArray(monthsList) && monthsList.length > 0 && monthsList.every((m) => Number.isInteger(m) && m >= 1 && m <= MAX_MONTHS);
  requireArgument('monthsList', monthsList, isList, `a list of horizons in months, from 1 to ${MAX_MONTHS}, e.g. [12, 36, 60]`);
  const months = Math.max(...monthsList);
  return runCheckedModel(floatCalculator, input, { months, checkpoints: monthsList }).npvAtCheckpoints as number[]; // a new array, the caller's
}
