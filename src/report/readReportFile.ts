import { type SplitReportFile, splitReportSettings } from './reportSettings';

/** A scenario file read for a report: the data as given and its parts, checked once. */
export interface ReportFile {
  /** The data as given (an uncertain file keeps its distributions: the simulation draws them). */
  readonly data: unknown;
  /** `splitReportSettings(data)`: the plain file, the distributions, the `simulation` section, the checked `report` settings. */
  readonly split: SplitReportFile;
}

/** Every value {@link readReportFile} returned: only these are taken as already checked. */
const reportFiles = new WeakSet<object>();

/**
 * Reads a scenario file for a report once: the file whole — distributions, `simulation` and
 * `report` sections — is checked and split (`splitReportSettings`), so that `buildReport` does not
 * check it again. A value this function returned is handed back as it is.
 *
 * @param data - a scenario file, typically `JSON.parse` of it, or a value this function returned; not mutated
 * @returns the data and its parts, frozen
 * @throws {InputError} every problem as `field: rule`, e.g. `report.sensitivity.fields[0]: must be numeric input fields (…)`,
 *   `baseline.openRate.sd: must be more than 0 (…)`
 *
 * @example
 * const { split } = readReportFile(uncertainFile);
 * split.file.baseline.openRate //=> 0.4
 * readReportFile(readReportFile(uncertainFile)).split.report.sensitivity.years //=> 5
 */
export function readReportFile(data: unknown): ReportFile {
  if (typeof data === 'object' && data !== null && reportFiles.has(data)) return data as ReportFile;
  const read: ReportFile = Object.freeze({ data, split: splitReportSettings(data) });
  reportFiles.add(read);
  return read;
}
