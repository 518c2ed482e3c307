import { requireArgument } from '../errors/argument';
import { fieldRules, numericFieldNames, type NumericFieldName } from './fields';
import { isPlainObject } from '../json/isPlainObject';
import { optionsArgument } from '../errors/optionsArgument';
import { formatPath } from '../errors/formatPath';
import { InputError, type InputProblem } from '../errors/inputError';
import { additiveChurnExcess, type ScenarioInput } from './scenarioInput';

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
 * A copy of an already validated input with some numeric fields set — the fast way for
 * search, sensitivity and simulation to vary inputs without parsing the whole input again.
 * Each value is checked against its field's rule, and the cross-field rule of additive churn
 * (churnPerMonth + churnPerEmail × emailsPerMonth ≤ 1 in every month) is checked again.
 *
 * Pure: `input` is not mutated.
 *
 * @param input - the output of `parseScenarioInput`
 * @param values - field → new value (month 1 on)
 * @throws {InputError} naming a malformed `input`, `values` or `options`, a field that is not numeric, or e.g. `openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)`
 *
 * @example
 * withFieldValues(parseScenarioInput(input), { openRate: 0.44 }).openRate //=> 0.44
 * withFieldValues(parseScenarioInput(input), { openRate: 1.2 })
 * //=> throws InputError: "openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)"
 */
export function withFieldValues(
  input: ScenarioInput,
  values: Readonly<Partial<Record<NumericFieldName, number>>>,
  options: WithFieldValuesOptions = {},
): ScenarioInput {
  requireArgument('input', input, isPlainObject(input) && Array.isArray(input.changes), 'the output of parseScenarioInput');
  requireArgument('values', values, isPlainObject(values), 'an object of field → value, e.g. { openRate: 0.44 }');
  const { changes: policy } = optionsArgument(options);
  requireArgument('options.changes', policy, policy === undefined || policy === 'keep' || policy === 'scale', '"keep" or "scale"');
  const problems: InputProblem[] = [];
  const result: Record<string, unknown> = { ...input };
  let changes = input.changes;
  for (const [field, value] of Object.entries(values) as [NumericFieldName, number | undefined][]) {
    if (value === undefined) continue;
    if (!(numericFieldNames as readonly string[]).includes(field)) {
      problems.push({ path: field, rule: `is not a numeric input field (${numericFieldNames.join(', ')})` });
      continue;
    }
    const checked = fieldRules[field].safeParse(value);
    if (!checked.success) {
      problems.push({ path: field, rule: checked.error.issues[0]?.message ?? 'is not a valid value' });
      continue;
    }
    const old = input[field];
    result[field] = value;
    if (policy === 'scale' && typeof old === 'number' && old !== 0 && changes.some((c) => c.set[field as keyof typeof c.set] !== undefined)) {
      const ratio = value / old;
      changes = changes.map((c, index) => {
        const current = c.set[field as keyof typeof c.set];
        if (current === undefined) return c;
        const scaled = current * ratio;
        const ok = fieldRules[field].safeParse(scaled);
        if (!ok.success)
          problems.push({ path: `changes[${index}].set.${field}`, rule: `scaled to ${scaled}: ${ok.error.issues[0]?.message ?? 'is not valid'}` });
        return { ...c, set: { ...c.set, [field]: scaled } };
      });
    }
  }
  result.changes = changes;
  const output = result as ScenarioInput;
  if (problems.length === 0) {
    const excess = additiveChurnExcess(output);
    if (excess !== undefined) problems.push({ path: formatPath(excess.path), rule: excess.rule });
  }
  if (problems.length > 0) throw new InputError(problems);
  return output;
}
