import { requireArgument } from '../errors/argument';
import { parseWith } from '../schema/parseWith';
import { isPlainObject } from '../json/isPlainObject';
import { mergeDeep } from '../json/mergeDeep';
import type { ScenarioInputData } from '../schema/scenarioInput';
import { ScenarioPatch } from './scenarioPatch';

/**
 * Applies a hypothesis (a patch) to a scenario input: every field the patch gives replaces
 * the input's, except `segments` and `retention`, which merge into the input's (see `mergeDeep`: a
 * segment's field replaces only that field); `changes` are appended, the input's first and then the patch's, so that at the
 * same `fromMonth` the patch's change wins (changes apply in month order, ties in list order).
 * A field given as `undefined` in the patch is ignored.
 *
 * Pure: returns a new object; neither argument is mutated. The patch is checked against
 * {@link ScenarioPatch} (an unknown field, `__proto__` among them, is refused); each field is
 * defined on the result as its own property, so no key can reach the result's prototype.
 * The result is not validated as a whole (see `resolveHypotheses`, which validates every resolved scenario).
 *
 * @throws {InputError} `input: must be a scenario input …` when `input` is not a plain object, or
 *   `patch.<field>: …` when the patch breaks its schema
 *
 * @example
 * applyPatch({ subscribers: 10000, openRate: 0.4, changes: [{ fromMonth: 7, set: { emailsPerMonth: 3 } }] },
 *   { openRate: 0.45, changes: [{ fromMonth: 13, set: { emailsPerMonth: 4 } }] })
 * //=> { subscribers: 10000, openRate: 0.45,
 * //     changes: [{ fromMonth: 7, set: { emailsPerMonth: 3 } }, { fromMonth: 13, set: { emailsPerMonth: 4 } }] }
 */
export function applyPatch<T extends Partial<ScenarioInputData>>(input: T, patch: ScenarioPatch): T {
  requireArgument('input', input, isPlainObject(input), 'a scenario input, a plain object such as { subscribers: 10000, … }');
  requireArgument('input.changes', input.changes, input.changes === undefined || Array.isArray(input.changes), 'a list of { fromMonth, set }');
  const checked = parseWith(ScenarioPatch, patch, ['patch']);
  const { changes, ...fields } = checked;
  const result: Record<string, unknown> = mergeDeep({ ...input }, fields);
  if (changes !== undefined) result.changes = [...(input.changes ?? []), ...changes];
  else if (input.changes !== undefined) result.changes = [...input.changes];
  return result as T;
}
