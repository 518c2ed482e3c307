import { checkObserved } from '../scenarios/checkObserved';
import { ObservedFile } from '../scenarios/observedFile';
import { parseScenarioFile } from '../scenarios/scenarioFile';
import { isResolvedScenarioFile } from '../scenarios/resolveScenarioFile';
import { InputError } from '../errors/inputError';
import { readInputFile } from './readInputFile';

/**
 * Reads an observed-NPV file (`--observed`) with its schema and checks it against the scenario file:
 * every row must name a scenario of the file, once per horizon (errors naming the observed file); when
 * `horizonsYears` is given (compare, report), rows at other horizons and compared cells without an
 * observation come back as warnings.
 *
 * @param path - the observed file, as given to `--observed`
 * @param scenarios - the plain scenario file the rows refer to (distributions already replaced), or the file as
 *   `resolveScenarioFile` read it (not parsed again)
 * @param horizonsYears - the horizons shown; omitted when every row is used (calibrate)
 * @returns the validated file and the warnings
 * @throws {InputError} naming the observed file, e.g. `observed[2].npv: must be a finite number (money), e.g. 9485`
 *
 * @example
 * import { readScenarioData } from './readScenarioData';
 * readObservedFile('examples/moller-article.observed.json', readScenarioData('examples/moller-article.json'), [1, 3, 5]).warnings //=> []
 */
export function readObservedFile(path: string, scenarios: unknown, horizonsYears?: readonly number[]): { observed: ObservedFile; warnings: string[] } {
  const observed = readInputFile(path, '--observed', ObservedFile);
  const file = isResolvedScenarioFile(scenarios) ? scenarios.file : parseScenarioFile(scenarios);
  try {
    return { observed, warnings: checkObserved(observed.observed, [file.baselineName, ...Object.keys(file.hypotheses)], horizonsYears) };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.problems, path === '-' ? 'standard input' : path);
    throw error;
  }
}
