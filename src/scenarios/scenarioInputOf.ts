import { InputError } from '../errors/inputError';
import { parseScenarioInput } from '../schema/parseScenarioInput';
import type { ScenarioInput, ScenarioInputData } from '../schema/scenarioInput';
import { isResolvedScenarioFile, type ResolvedScenarioFile, resolveScenarioFile } from './resolveScenarioFile';
import type { ScenarioFileData } from './scenarioFile';

/** What the analysis commands take: one scenario input, a scenario file, or a file resolveScenarioFile has read (each as written by a user; validated by the function that takes it). */
export type ScenarioData = ScenarioInputData | ScenarioFileData | ResolvedScenarioFile;

const isScenarioFile = (data: unknown): boolean =>
  isResolvedScenarioFile(data) || (typeof data === 'object' && data !== null && !Array.isArray(data) && 'baseline' in data);

/**
 * One validated scenario input from data that is either a scenario input itself or a scenario
 * file (`{ baseline, hypotheses }`): for a file, the scenario named `name` (a hypothesis, fully
 * resolved, or the baseline by its `baselineName`; the baseline when `name` is left out).
 * Lets every analysis command take the same files as `compare`.
 * A file already read by `resolveScenarioFile` is neither parsed nor resolved again.
 *
 * @throws {InputError} for bad data, or `scenario: "H9" is not in the file (names: baseline, H1, …)`
 *
 * @example
 * scenarioInputOf(articleFile, 'H2').emailsPerMonth //=> 3
 * scenarioInputOf(input).subscribers //=> 4000
 */
export function scenarioInputOf(data: ScenarioData, name?: string): ScenarioInput {
  if (!isScenarioFile(data)) {
    if (name !== undefined)
      throw new InputError([{ path: 'scenario', rule: `"${name}" was asked for, but the data is a single scenario input, not a scenario file` }]);
    return parseScenarioInput(data);
  }
  const { file, scenarios } = resolveScenarioFile(data);
  const found = scenarios.find((s) => s.name === (name ?? file.baselineName));
  if (found === undefined) {
    throw new InputError([{ path: 'scenario', rule: `"${name}" is not in the file (names: ${scenarios.map((s) => s.name).join(', ')})` }]);
  }
  return found.input;
}
