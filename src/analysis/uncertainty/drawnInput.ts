import type { ScenarioInput } from '../../schema/scenarioInput';
import type { DrawnField } from './drawnFieldsOf';

/**
 * A copy of a validated scenario input with its drawn fields set to one draw's values:
 * field f_j takes `draws[offset + j]` (each draw is in its field's range by construction, so nothing is checked).
 *
 * @param base - the scenario's resolved input; not mutated
 * @param fields - the scenario's drawn fields (see `drawnFieldsOf`)
 * @param draws - the draws, one row of every distribution's value per draw
 * @param offset - where this draw's row starts in `draws`
 *
 * @example
 * drawnInput(input, [{ field: 'openRate', index: 1 }], new Float64Array([0.01, 0.38]), 0).openRate //=> 0.38
 */
export function drawnInput(base: ScenarioInput, fields: readonly DrawnField[], draws: Float64Array, offset: number): ScenarioInput {
  const input: Record<string, unknown> = { ...base };
  for (const use of fields) input[use.field] = draws[offset + use.index];
  return input as ScenarioInput;
}
