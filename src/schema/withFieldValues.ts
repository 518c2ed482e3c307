import { requireArgument } from '../errors/argument';
import { numericFieldNames, type NumericFieldName } from './fields';
import { type FieldPath, type FieldPathParts, parseFieldPath, readFieldPath, setFieldPath } from './fieldPaths';
import { isPlainObject } from '../json/isPlainObject';
import { optionsArgument } from '../errors/optionsArgument';
import { formatPath } from '../errors/formatPath';
import { InputError, type InputProblem } from '../errors/inputError';
import type { ScenarioInput } from './scenarioInput';
import { crossFieldProblems } from './crossFieldProblems';

/** How {@link withFieldValues} treats a field that `changes` also set from some month on. */
export type ChangesPolicy = 'keep' | 'scale';

/** Options of {@link withFieldValues}. */
export interface WithFieldValuesOptions {
  /**
   * `"keep"` (default): only the value from month 1 changes; a `changes[].set` of the same field
   * still replaces it from its month on. `"scale"`: every value the field takes over the horizon
   * (month 1 and each change) is multiplied by new / old, so "open rate 10 % lower" holds in every month
   * (when the old month-1 value is 0, changes are kept).
   */
  readonly changes?: ChangesPolicy;
}

/**
 * A copy of an already validated input with some numeric inputs set, each named by its field path
 * (`openRate`, `segments.engaged.openRate`, `retention.alpha`, `moves[0].sharePerMonth`) — the fast way for
 * search, sensitivity and simulation to vary inputs without parsing the whole input again.
 * Each value is checked against its field's rule, and the cross-field rules (`crossFieldProblems`:
 * additive churn at most 1 a month, shares that sum to 1 …) are checked again. A segment's field set
 * here becomes its own; under `changes: "scale"` a change that sets the same path is scaled too.
 *
 * Pure: `input` is not mutated.
 *
 * @param input - the output of `parseScenarioInput`
 * @param values - field path → new value (month 1 on)
 * @throws {InputError} naming a malformed `input`, `values` or `options`, a field that is not numeric, or e.g. `openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)`
 *
 * @example
 * withFieldValues(parseScenarioInput(input), { openRate: 0.44 }).openRate //=> 0.44
 * withFieldValues(parseScenarioInput(input), { openRate: 1.2 })
 * //=> throws InputError: "openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)"
 */
export function withFieldValues(
  input: ScenarioInput,
  values: Readonly<Partial<Record<NumericFieldName, number>>> | Readonly<Record<FieldPath, number | undefined>>,
  options: WithFieldValuesOptions = {},
): ScenarioInput {
  requireArgument('input', input, isPlainObject(input) && Array.isArray(input.changes), 'the output of parseScenarioInput');
  requireArgument('values', values, isPlainObject(values), 'an object of field → value, e.g. { openRate: 0.44 }');
  const { changes: policy } = optionsArgument(options);
  requireArgument('options.changes', policy, policy === undefined || policy === 'keep' || policy === 'scale', '"keep" or "scale"');
  const problems: InputProblem[] = [];
  let output = input;
  for (const [path, value] of Object.entries(values) as [string, number | undefined][]) {
    if (value === undefined) continue;
    const parts = parseFieldPath(path);
    if (parts === undefined) {
      problems.push({ path, rule: `is not a numeric input field (${numericFieldNames.join(', ')}; or a path such as ${FIELD_PATH_EXAMPLES})` });
      continue;
    }
    const checked = parts.rule.safeParse(value);
    if (!checked.success) {
      problems.push({ path, rule: checked.error.issues[0]?.message ?? 'is not a valid value' });
      continue;
    }
    const old = readFieldPath(output, path);
    try {
      output = setFieldPath(output, path, value);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    if (policy === 'scale' && typeof old === 'number' && old !== 0)
      output = { ...output, changes: scaledChanges(output.changes, parts, value / old, problems) };
  }
  if (problems.length === 0) {
    for (const broken of crossFieldProblems(output)) problems.push({ path: formatPath(broken.path), rule: broken.rule });
  }
  if (problems.length > 0) throw new InputError(problems);
  return output;
}

/** Paths that name numeric inputs inside segments, retention and moves, for messages. */
export const FIELD_PATH_EXAMPLES = 'segments.engaged.openRate, retention.alpha, moves[0].sharePerMonth';

/** `changes` with every value a change sets at `parts.keys` multiplied by `ratio` (each scaled value checked against the field's rule). */
function scaledChanges(changes: ScenarioInput['changes'], parts: FieldPathParts, ratio: number, problems: InputProblem[]): ScenarioInput['changes'] {
  return changes.map((change, index) => {
    const current = valueAt(change.set, parts.keys);
    if (typeof current !== 'number') return change;
    const scaled = current * ratio;
    const ok = parts.rule.safeParse(scaled);
    if (!ok.success)
      problems.push({
        path: formatPath(['changes', index, 'set', ...parts.keys]),
        rule: `scaled to ${scaled}: ${ok.error.issues[0]?.message ?? 'is not valid'}`,
      });
    return { ...change, set: withValueAt(change.set, parts.keys, scaled) };
  });
}

/** The value at `keys` inside `value`, or undefined when some key is missing. */
function valueAt(value: unknown, keys: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of keys) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy of `target` with `value` at `keys` (which exist in it), copying the objects and lists on the way. */
function withValueAt<T>(target: T, keys: readonly (string | number)[], value: unknown): T {
  if (keys.length === 0) return value as T;
  const [key, ...rest] = keys;
  const inner = (target as Record<string | number, unknown>)[key!];
  if (Array.isArray(target)) return target.map((item, index) => (index === key ? withValueAt(inner, rest, value) : item)) as T;
  return { ...target, [key!]: withValueAt(inner, rest, value) };
}
