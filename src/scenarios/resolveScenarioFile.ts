import { resolveHypotheses, type ResolvedScenario } from './resolveHypotheses';
import { parseScenarioFile, type ScenarioFile } from './scenarioFile';

/** A scenario file read once: validated, and every scenario resolved. */
export interface ResolvedScenarioFile {
  /** The validated file: defaults filled in (see `parseScenarioFile`). */
  readonly file: ScenarioFile;
  /** `resolveHypotheses(file)`: the baseline first, then every hypothesis in file order. */
  readonly scenarios: readonly ResolvedScenario[];
}

/** Every value {@link resolveScenarioFile} returned: only these are taken as already checked. */
const resolvedFiles = new WeakSet<object>();

/**
 * True when `value` is a {@link ResolvedScenarioFile} made by {@link resolveScenarioFile} (an object
 * of the same shape made elsewhere is not: it has not been checked).
 *
 * @param value - anything
 * @returns whether the layers above may use it without validating it again
 *
 * @example
 * isResolvedScenarioFile(resolveScenarioFile(articleFile)) //=> true
 * isResolvedScenarioFile(articleFile) //=> false
 */
export function isResolvedScenarioFile(value: unknown): value is ResolvedScenarioFile {
  return typeof value === 'object' && value !== null && resolvedFiles.has(value);
}

/**
 * Reads a scenario file once: validates it (`parseScenarioFile`) and resolves its hypotheses
 * (`resolveHypotheses`), so that the layers above — comparisons, analyses, the report — take the
 * resolved scenarios instead of parsing and resolving the data again. A value this function
 * returned is handed back as it is.
 *
 * @param data - a scenario file, typically `JSON.parse` of it (see `ScenarioFile`), or a value this function returned; not mutated
 * @returns the validated file and its scenarios, frozen
 * @throws {InputError} listing every problem as `field: rule`, e.g. `hypotheses.H1.openRate: must be a fraction from 0 to 1 …`
 *   or `hypotheses.Both.combine[1]: "Nope" is not a hypothesis of this file`
 *
 * @example
 * const { file, scenarios } = resolveScenarioFile(articleFile);
 * scenarios.map((s) => s.name) //=> ['baseline', 'H1', 'H2', 'H3', 'H4', 'H2+H4']
 * file.horizonsYears //=> [1, 3, 5]
 */
export function resolveScenarioFile(data: unknown): ResolvedScenarioFile {
  if (isResolvedScenarioFile(data)) return data;
  return resolveParsedScenarioFile(parseScenarioFile(data));
}

/**
 * Resolves the hypotheses of a file already validated by the `ScenarioFile` schema (what
 * `parseScenarioFile` returns, or the `parsed` file `splitDistributions` gives), without parsing it
 * again: the {@link ResolvedScenarioFile} {@link resolveScenarioFile} would give for the file as written.
 *
 * @param file - a validated scenario file; not mutated
 * @returns the file and its scenarios, frozen
 * @throws {InputError} the problems of the hypotheses, e.g. `hypotheses.Both.combine[1]: "Nope" is not a hypothesis of this file`
 *
 * @example
 * resolveParsedScenarioFile(parseScenarioFile(articleFile)) // the same as resolveScenarioFile(articleFile)
 */
export function resolveParsedScenarioFile(file: ScenarioFile): ResolvedScenarioFile {
  const resolved: ResolvedScenarioFile = Object.freeze({ file, scenarios: Object.freeze(resolveHypotheses(file)) });
  resolvedFiles.add(resolved);
  return resolved;
}
