import { InputError, type InputProblem } from '../../errors/inputError';
import { type FieldPath, setFieldPath } from '../../schema/fieldPaths';
import type { ScenarioInput } from '../../schema/scenarioInput';

/**
 * Why an input has no place for a field path, as problems at `at` (the option that names the path):
 * a segment, a move or a retention the input does not have. Empty when the place exists (a flat field
 * always has one; whether its value is set is not checked here).
 *
 * @param input - a validated input (the output of `parseScenarioInput`)
 * @param path - a well-formed field path (`parseFieldPath` reads it)
 * @param at - where the path was written, e.g. `fields[2]` or `unknowns.H1.segments.x.openRate`
 * @returns the problems, none when the input has the place
 *
 * @example
 * missingPlace(parseScenarioInput({ ...input, segments: { engaged: { share: 0.3 }, dormant: { share: 0.7 } } }), 'segments.x.openRate', 'fields[0]')
 * //=> [{ path: 'fields[0]', rule: '"segments.x.openRate" names no segment of the scenario (engaged, dormant)' }]
 * missingPlace(parseScenarioInput(input), 'retention.alpha', 'field')
 * //=> [{ path: 'field', rule: '"retention.alpha": the scenario has no retention: add retention with alpha and beta' }]
 */
export function missingPlace(input: ScenarioInput, path: FieldPath, at: string): InputProblem[] {
  try {
    setFieldPath(input, path, 0);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((problem) => ({ path: at, rule: problem.rule.startsWith('names') ? `"${path}" ${problem.rule}` : `"${path}": ${problem.rule}` }));
  }
}
