import { z } from 'zod';
import { SensitivityOptions } from '../analysis/search/sensitivity';
import { Horizon } from '../schema/horizon';
import { SimulationSettings, type SplitScenarioFile, splitDistributions } from '../analysis/uncertainty/splitDistributions';
import { InputError, type InputProblem } from '../errors/inputError';
import { problemsFromZod } from '../schema/problemsFromZod';
import { refuseDeepNesting } from '../schema/refuseDeepNesting';
import { textSchema } from '../schema/textSchema';

const scenarioName = z.string({ error: 'must be the name of a scenario of this file' });

/**
 * The optional `"report"` section of a scenario file: what the HTML report shows besides the
 * comparison (it lives next to the `"simulation"` section of an uncertain file).
 *
 * - `title`: the report's title (default: the file's `name`);
 * - `sensitivity`: a tornado of one scenario — `scenario` (default the baseline), `years` (default
 *   the longest horizon), `fields` (default every numeric input that is not 0), `change` (default 0.1);
 * - `monteCarlo`: a fan chart and percentiles per scenario — `scenarios` (default the baseline and
 *   the hypothesis with the highest point NPV at the longest horizon), `draws` and `seed` (default
 *   the file's `simulation` section). A file with distributions gets these sections even without it.
 */
export const ReportSettings = z.strictObject({
  title: textSchema(300).optional(),
  sensitivity: SensitivityOptions.omit({ months: true }).extend({ scenario: scenarioName.optional(), years: Horizon.shape.years }).optional(),
  monteCarlo: SimulationSettings.extend({
    scenarios: z
      .array(scenarioName, { error: 'must be a list of scenario names, e.g. ["baseline", "H2+H4"]' })
      .min(1, { error: 'must name at least one scenario' })
      .max(20, { error: 'must name at most 20 scenarios' })
      .optional(),
  }).optional(),
});
export type ReportSettings = z.output<typeof ReportSettings>;

/** The result of {@link splitReportSettings}: `splitDistributions`' result with the `report` section checked. */
export interface SplitReportFile extends Omit<SplitScenarioFile, 'report'> {
  /** The validated `report` section, or undefined when the file has none. */
  readonly report: ReportSettings | undefined;
}

/**
 * Splits a scenario file that may carry distributions in place of numbers, a `"simulation"` section
 * and a `"report"` section (see {@link ReportSettings}) into the plain scenario file (every
 * distribution replaced by its point value: `splitDistributions`), the distributions, the
 * `simulation` section and the checked `report` settings. Every problem of the report section and
 * of the rest of the file is reported at once.
 *
 * Pure: `data` is not mutated.
 *
 * @param data - typically `JSON.parse` of the file
 * @returns the plain file, the distributions, the `simulation` section and the `report` settings
 * @throws {InputError} every problem as `field: rule`, e.g. `report.sensitivity.fields[0]: must be numeric input fields (…)`,
 *   `report.monteCarlo.draws: must be at most 100000 draws`, `baseline.openRate.sd: must be more than 0 (…)`
 *
 * @example
 * const split = splitReportSettings({ ...articleFile, report: { sensitivity: { years: 5 } } });
 * split.report //=> { sensitivity: { years: 5, change: 0.1 } }
 * 'report' in split.file //=> false
 */
export function splitReportSettings(data: unknown): SplitReportFile {
  refuseDeepNesting(data);
  const problems: InputProblem[] = [];
  const given = typeof data === 'object' && data !== null && Object.hasOwn(data, 'report') ? (data as { report: unknown }).report : undefined;
  let report: ReportSettings | undefined;
  if (given !== undefined) {
    const parsed = ReportSettings.safeParse(given, { reportInput: true });
    if (parsed.success) report = parsed.data;
    else problems.push(...problemsFromZod(parsed.error, ['report']));
  }
  let split: SplitScenarioFile | undefined;
  try {
    split = splitDistributions(data);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0 || split === undefined) throw new InputError(problems);
  return { ...split, report };
}
