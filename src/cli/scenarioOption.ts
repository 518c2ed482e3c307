import { scenarioInputOf } from '../scenarios/scenarioInputOf';
import type { ScenarioInput } from '../schema/scenarioInput';
import type { Values } from './options';
import type { ScenarioData } from '../scenarios/scenarioInputOf';

/** A scenario picked for an analysis, with the name to show people. */
export interface ChosenScenario {
  /** The scenario's name: `--scenario`, the file's `baselineName`, or "scenario" for a single input. */
  readonly name: string;
  /** "the baseline", "H2", "the scenario": the name as a sentence uses it. */
  readonly label: string;
  readonly input: ScenarioInput;
}

/**
 * The scenario of `--scenario NAME` in a scenario file (default: its baseline), or the single
 * scenario input the data is (`scenarioInputOf`), with its name for titles and sentences.
 *
 * @param data - the scenario file or the single scenario input, as read
 * @param values - the parsed options (`scenario`)
 * @returns the scenario's name, its label in a sentence and its validated input
 * @throws {InputError} for bad data or `scenario: "H9" is not in the file (names: …)`
 *
 * @example
 * scenarioOption(articleFile, { scenario: 'H2' }).label //=> 'H2'
 * scenarioOption(articleFile, {}).label //=> 'the baseline'
 */
export function scenarioOption(data: ScenarioData, values: Values): ChosenScenario {
  const asked = typeof values.scenario === 'string' ? values.scenario : undefined;
  const input = scenarioInputOf(data, asked);
  const isFile = typeof data === 'object' && data !== null && 'baseline' in data;
  const baselineName = isFile ? String((data as { baselineName?: string }).baselineName ?? 'baseline') : undefined;
  const name = asked ?? baselineName ?? 'scenario';
  return { name, label: name === baselineName || baselineName === undefined ? `the ${name}` : name, input };
}
