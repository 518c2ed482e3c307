import { InputError } from '../errors/inputError';

/**
 * Runs `read`, naming `file` in the problems it reports about the data read from it (an
 * `InputError` that names no file yet), so that the CLI prints `bad input in <file>`.
 *
 * @param file - the file the data came from, `-` for standard input
 * @param read - what checks the data
 * @returns what `read` returns
 * @throws {InputError} `read`'s, naming the file (`standard input` for `-`)
 *
 * @example
 * namingFile('plan.json', () => parseScenarioFile({ baseline: { ...input, openRate: 1.2 }, hypotheses: {} }))
 * //=> throws InputError: 'in plan.json:\nbaseline.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)'
 */
export function namingFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError && error.file === undefined) throw new InputError(error.problems, file === '-' ? 'standard input' : file);
    throw error;
  }
}
