import { z } from 'zod';
import { SensitivityOptions } from '../analysis/search/sensitivity';
import { Horizon } from '../schema/horizon';
import { type SplitScenarioFile, splitDistributions } from '../analysis/uncertainty/splitDistributions';
import { SimulationSettings } from '../analysis/uncertainty/simulationSettings';
import { uncertainScenarioFile } from '../analysis/uncertainty/uncertainScenarioFile';
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
export type SplitReportFile = SplitScenarioFile<ReportSettings | undefined>;

/**
 * The scenario file a user writes, whole: a scenario file (see `ScenarioFile`) where any numeric
 * field of the baseline, of a hypothesis' patch or of a combination's `set` may be a `Distribution`
 * in place of a number (never inside `changes`), plus the optional `"simulation"` section
 * (`SimulationSettings`: draws, seed), the optional `"report"` section ({@link ReportSettings}) and
 * `"$schema"`, the address of the file's JSON Schema (ignored). See `uncertainScenarioFile`.
 *
 * The one definition of the format: it validates files ({@link splitReportSettings}: every rule,
 * the cross-field rules of the baseline checked on the point values, a distribution's probability
 * inside the field's range), and the JSON Schema shipped in the package (`userScenarioFileJsonSchema`)
 * is generated from it. Scenario names and the rules of resolved hypotheses are checked later, by
 * `resolveScenarioFile`.
 *
 * @example
 * UserScenarioFile.safeParse({
 *   baseline: { subscribers: 10000, emailsPerMonth: 2, openRate: { dist: 'beta', alpha: 40, beta: 60 },
 *     clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 40, discountRateAnnual: 0.1 },
 *   hypotheses: { Weekly: { emailsPerMonth: { dist: 'uniform', min: 3, max: 5 } } },
 *   simulation: { draws: 1000 },
 * }).success //=> true
 */
export const UserScenarioFile = uncertainScenarioFile(ReportSettings);

/**
 * Splits a scenario file that may carry distributions in place of numbers, a `"simulation"` section
 * and a `"report"` section (see {@link ReportSettings}) into the plain scenario file (every
 * distribution replaced by its point value: `splitDistributions`), the distributions, the
 * `simulation` section and the checked `report` settings. The file is validated by one schema,
 * `UserScenarioFile`: every problem of the report section and of the rest of the file is reported
 * at once, the report section's first.
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
  return splitDistributions(data, UserScenarioFile);
}
