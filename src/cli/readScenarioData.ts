import { splitReportSettings } from '../report/reportSettings';
import { namingFile } from './namingFile';
import { readJson } from './readJson';
import type { ScenarioData } from '../scenarios/scenarioInputOf';

/**
 * Reads the JSON of a command's scenario data (`-` for standard input). A scenario file (data with a
 * `baseline`) may be an uncertain one — distributions in place of numbers, a `simulation` and a
 * `report` section: it is checked whole and comes back plain, every distribution replaced by its
 * point value, without those sections (`splitReportSettings`). Anything else (a single scenario
 * input) comes back as read.
 *
 * @param file - the file's path, or `-` for standard input
 * @param what - what the file is, for error messages (default "file")
 * @returns the plain scenario file, or the data as read
 * @throws {InputError} for an unreadable file, bad JSON, or a bad scenario file (`report.sensitivity.fields[0]: …`)
 *
 * @example
 * readScenarioData('examples/moller-uncertain.json').baseline.openRate //=> 0.4
 */
export function readScenarioData(file: string, what = 'file'): ScenarioData {
  return plainScenarioData(readJson(file, what), file) as ScenarioData; // as read: the function that takes it validates it
}

/**
 * The plain form of scenario data already read (see {@link readScenarioData}): a scenario file checked
 * whole, its distributions replaced by their point values; anything else as it is. Problems name the file.
 *
 * @param data - the parsed JSON
 * @param file - the file it came from (`-` for standard input), for messages
 *
 * @example
 * import { readJson } from './readJson';
 * plainScenarioData(readJson('examples/moller-uncertain.json'), 'examples/moller-uncertain.json').baseline.openRate //=> 0.4
 */
export function plainScenarioData(data: unknown, file: string): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('baseline' in data)) return data;
  return namingFile(file, () => splitReportSettings(data).file);
}
