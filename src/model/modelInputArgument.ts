import { InputError } from '../errors/inputError';
import { parseWith } from '../schema/parseWith';
import { numericFieldNames } from '../schema/fields';
import { isPlainObject } from '../json/isPlainObject';
import { ScenarioInput } from '../schema/scenarioInput';

/** True when `input` has the shape of a parsed input: every numeric field a finite number (openRate may be absent), `changes` a list of { fromMonth, set } of finite numbers. */
function isModelShaped(input: Record<string, unknown>): boolean {
  for (const field of numericFieldNames) {
    const value = input[field];
    if (typeof value === 'number' ? !Number.isFinite(value) : !(field === 'openRate' && value === undefined)) return false;
  }
  if (!Array.isArray(input.changes)) return false;
  for (const change of input.changes as unknown[]) {
    if (!isPlainObject(change) || !Number.isInteger(change.fromMonth) || !isPlainObject(change.set)) return false;
    for (const value of Object.values(change.set)) if (typeof value === 'number' && !Number.isFinite(value)) return false;
  }
  return true;
}

/**
 * True when `input` has what only parsing gives it: the defaults `churnModel` and `clickRateBasis`
 * filled in, every numeric field a number (openRate a number or absent), and `changes` a list of `{ set }`
 * objects. The fields are read by name, not in a loop over `numericFieldNames`: named reads of one
 * object shape cost a few nanoseconds, a keyed loop as much as a short forecast (a test checks that
 * every numeric field is read). Property reads only, so the fast path affords it on every call;
 * a value that is a number but not finite is found when the run gives a non-finite result
 * ({@link diagnoseModelInput}).
 */
function looksParsed(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const i = input as Record<string, unknown>;
  if (typeof i.churnModel !== 'string' || typeof i.clickRateBasis !== 'string' || !Array.isArray(i.changes)) return false;
  if (typeof i.openRate !== 'number' && i.openRate !== undefined) return false;
  if (
    typeof i.subscribers !== 'number' ||
    typeof i.newSubscribersPerMonth !== 'number' ||
    typeof i.newSubscribersGrowthMonthly !== 'number' ||
    typeof i.churnPerMonth !== 'number' ||
    typeof i.churnPerEmail !== 'number' ||
    typeof i.emailsPerMonth !== 'number' ||
    typeof i.clickRate !== 'number' ||
    typeof i.conversionRate !== 'number' ||
    typeof i.averageOrderValue !== 'number' ||
    typeof i.grossMargin !== 'number' ||
    typeof i.offEmailMultiplier !== 'number' ||
    typeof i.budgetPerMonth !== 'number' ||
    typeof i.costPerThousandEmails !== 'number' ||
    typeof i.investment !== 'number' ||
    typeof i.runningCostPerMonth !== 'number' ||
    typeof i.inflationAnnual !== 'number' ||
    typeof i.discountRateAnnual !== 'number'
  ) {
    return false;
  }
  for (const change of i.changes as unknown[]) if (!isPlainObject(change) || !isPlainObject(change.set)) return false;
  return true;
}

/**
 * Says what is wrong with an input the model cannot use, or returns when it is well-formed: every
 * numeric field a finite number (openRate may be absent) on top of {@link looksParsed}. When the shape
 * is wrong, the input's schema names the fields; when the input is valid but unparsed (defaults left
 * out), the error says to parse it. Called by {@link modelInputArgument} for an input that does not look
 * parsed, and by runModel when a run gives a value that is not finite, before it reports an overflow.
 *
 * @param input - the argument as given
 * @param name - the argument's name in messages (default `input`)
 * @throws {InputError} `input.subscribers: is required`, or `input: must be parsed first …`
 *
 * @example
 * diagnoseModelInput(parseScenarioInput(input)) // returns: well-formed
 * diagnoseModelInput({ ...parseScenarioInput(input), churnPerMonth: undefined })
 * //=> throws InputError: 'input: must be parsed first (defaults filled in): pass parseScenarioInput(data)'
 */
export function diagnoseModelInput(input: unknown, name = 'input'): void {
  if (isPlainObject(input) && looksParsed(input) && isModelShaped(input)) return;
  parseWith(ScenarioInput, input, [name]);
  throw new InputError([{ path: name, rule: 'must be parsed first (defaults filled in): pass parseScenarioInput(data)' }]);
}

/**
 * Checks, at the entry of a model function that takes an already parsed input (`forecastNpv`,
 * `runModel`, `compilePeriods`), that `input` has the shape `parseScenarioInput` gives, so that a
 * missing or raw input is refused with an {@link InputError} instead of a TypeError or a NaN.
 * Not a second validation, and cheap enough for the fast path: it checks what only parsing gives
 * ({@link looksParsed}); an input that fails it is diagnosed in full ({@link diagnoseModelInput}), and a
 * well-formed-looking input whose values break a run is diagnosed by runModel.
 *
 * @param input - the argument as given
 * @param name - the argument's name in messages (default `input`)
 *
 * @example
 * modelInputArgument(parseScenarioInput(input)) // passes
 * modelInputArgument(null)
 * //=> throws InputError: 'input: must be an object'
 */
export function modelInputArgument(input: unknown, name = 'input'): asserts input is ScenarioInput {
  if (!looksParsed(input)) diagnoseModelInput(input, name);
}
