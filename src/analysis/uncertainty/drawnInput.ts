import { setFieldPath } from '../../schema/fieldPaths';
import type { ScenarioInput } from '../../schema/scenarioInput';
import type { DrawnField } from './drawnFieldsOf';

/**
 * A copy of a validated scenario input with its drawn inputs set to one draw's values: the input at
 * field path p_j takes `draws[offset + j]` (each draw is in its input's range by construction, so nothing
 * is checked here: `drawValues` screens the cross-field rules). A field of the scenario is set on the copy;
 * a value inside segments, retention or moves as `setFieldPath` sets it (a drawn segment field becomes that
 * segment's own value).
 *
 * @param base - the scenario's resolved input; not mutated
 * @param fields - the scenario's drawn inputs (see `drawnFieldsOf`)
 * @param draws - the draws, one row of every distribution's value per draw
 * @param offset - where this draw's row starts in `draws`
 *
 * @example
 * drawnInput(input, [{ field: 'openRate', index: 1 }], new Float64Array([0.01, 0.38]), 0).openRate //=> 0.38
 * drawnInput(parseScenarioInput(segmentedInput), [{ field: 'segments.dormant.openRate', index: 0 }], new Float64Array([0.1]), 0)
 *   .segments.dormant.openRate //=> 0.1
 */
export function drawnInput(base: ScenarioInput, fields: readonly DrawnField[], draws: Float64Array, offset: number): ScenarioInput {
  const input: Record<string, unknown> = { ...base };
  const nested = fields.filter((use) => /[.[]/.test(use.field));
  for (const use of fields) if (!nested.includes(use)) input[use.field] = draws[offset + use.index];
  return nested.reduce((scenario, use) => setFieldPath(scenario, use.field, draws[offset + use.index]!), input as ScenarioInput);
}
