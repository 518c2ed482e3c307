import type { ScenarioInputData } from '../schema/scenarioInput';
import type { ScenarioPatch } from './scenarioPatch';

/**
 * Applies a hypothesis (a patch) to a scenario input: every field the patch gives replaces
 * the input's; `changes` are appended, the input's first and then the patch's, so that at the
 * same `fromMonth` the patch's change wins (changes apply in month order, ties in list order).
 * A field given as `undefined` in the patch is ignored.
 *
 * Pure: returns a new object; neither argument is mutated. The result is not validated
 * (see `resolveHypotheses`, which validates every resolved scenario).
 *
 * @example
 * applyPatch({ subscribers: 10000, openRate: 0.4, changes: [{ fromMonth: 7, set: { emailsPerMonth: 3 } }] },
 *   { openRate: 0.45, changes: [{ fromMonth: 13, set: { emailsPerMonth: 4 } }] })
 * //=> { subscribers: 10000, openRate: 0.45,
 * //     changes: [{ fromMonth: 7, set: { emailsPerMonth: 3 } }, { fromMonth: 13, set: { emailsPerMonth: 4 } }] }
 */
export function applyPatch<T extends Partial<ScenarioInputData>>(input: T, patch: ScenarioPatch): T {
  const result: Record<string, unknown> = { ...input };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined || field === 'changes') continue;
    result[field] = value;
  }
  if (patch.changes !== undefined) result.changes = [...(input.changes ?? []), ...patch.changes];
  else if (input.changes !== undefined) result.changes = [...input.changes];
  return result as T;
}
