import { InputError } from '../errors/inputError';
import { parseWith } from '../schema/parseWith';
import { numericFieldNames } from '../schema/fields';
import { isPlainObject } from '../json/isPlainObject';
import { ScenarioInput } from '../schema/scenarioInput';

/** Inputs already found well-formed: checking one again costs a single lookup. */
const wellFormed = new WeakSet<object>();

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
 * Checks, at the entry of a model function that takes an already parsed input (`forecastNpv`,
 * `runModel`, `compilePeriods`), that `input` has the shape `parseScenarioInput` gives, so that a
 * missing or raw input is refused with an {@link InputError} instead of a TypeError or a NaN.
 * Not a second validation: when the shape is wrong, the input's schema names the fields; when the
 * input is valid but unparsed (defaults left out), the error says to parse it. An input found
 * well-formed is remembered (inputs are treated as immutable), so a second check costs one lookup.
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
  if (typeof input === 'object' && input !== null && wellFormed.has(input)) return;
  if (isPlainObject(input) && isModelShaped(input)) {
    wellFormed.add(input);
    return;
  }
  parseWith(ScenarioInput, input, [name]);
  throw new InputError([{ path: name, rule: 'must be parsed first (defaults filled in): pass parseScenarioInput(data)' }]);
}
