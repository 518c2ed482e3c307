import { z } from 'zod';
import { numericFieldNames, type NumericFieldName } from '../../schema/fields';
import { formatPath } from '../../errors/formatPath';
import { InputError, type InputProblem } from '../../errors/inputError';
import { problemsFromZod } from '../../schema/problemsFromZod';
import { isPlainObject } from '../../json/isPlainObject';
import { refuseDeepNesting } from '../../schema/refuseDeepNesting';
import { parseScenarioFile, type ScenarioFileData } from '../../scenarios/scenarioFile';
import type { Distribution } from '../../schema/distribution';
import { distributionSampler } from './distributionSampler';

/** Most draws one simulation may take. */
export const MAX_DRAWS = 100_000;

/** The optional `simulation` section of an uncertain scenario file: how many draws, which seed. */
export const SimulationSettings = z.strictObject({
  draws: z
    .number({ error: 'must be a whole number of draws' })
    .int({ error: 'must be a whole number of draws' })
    .min(1, { error: 'must be at least 1 draw' })
    .max(MAX_DRAWS, { error: `must be at most ${MAX_DRAWS} draws` })
    .optional(),
  seed: z
    .number({ error: 'must be a whole number from 0 to 4294967295' })
    .int({ error: 'must be a whole number from 0 to 4294967295' })
    .min(0, { error: 'must be a whole number from 0 to 4294967295' })
    .max(2 ** 32 - 1, { error: 'must be a whole number from 0 to 4294967295' })
    .optional(),
});
export type SimulationSettings = z.output<typeof SimulationSettings>;

/** One distribution of an uncertain scenario file, and where it sits. */
export interface LocatedDistribution {
  /** Where it sits in the file, e.g. `baseline.openRate`, `hypotheses.H4.investment`, `hypotheses.H2+H4.set.emailsPerMonth`. */
  readonly path: string;
  /** The scenario that gives it: the baseline (by its `baselineName`) or a hypothesis' name. */
  readonly scenario: string;
  /** The input field it stands for. */
  readonly field: NumericFieldName;
  /** The validated spec. */
  readonly distribution: Distribution;
  /** Its point value, written into `file` in its place. */
  readonly value: number;
}

/** The result of {@link splitDistributions}. */
export interface SplitScenarioFile {
  /** A plain scenario file: every distribution replaced by its point value, no `simulation` or `report` section. */
  readonly file: ScenarioFileData;
  /** Every distribution, baseline first, then hypotheses in file order, fields in the order written. */
  readonly distributions: readonly LocatedDistribution[];
  /** The file's `simulation` section (empty when it has none). */
  readonly simulation: SimulationSettings;
  /** The file's `report` section as written, unchecked (what the HTML report shows; checked by the render layer's `ReportSettings`), or undefined. */
  readonly report: unknown;
}

const numericFields: ReadonlySet<string> = new Set(numericFieldNames);
const isDistributionLike = (value: unknown): value is Record<string, unknown> => isPlainObject(value) && Object.hasOwn(value, 'dist');

interface Walk {
  readonly found: { path: string; hypothesis: string | undefined; field: NumericFieldName; distribution: Distribution; value: number }[];
  readonly problems: InputProblem[];
  /** Paths where a distribution that could not be used was left in place: the schema's "must be a number" there is not news. */
  readonly kept: string[];
}

/** Paths (within `value`) of every distribution-like object in it, however deep. */
function nestedDistributions(value: unknown, path: readonly PropertyKey[]): string[] {
  if (isDistributionLike(value)) return [formatPath(path)];
  if (Array.isArray(value)) return value.flatMap((item, index) => nestedDistributions(item, [...path, index]));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, item]) => nestedDistributions(item, [...path, key]));
  return [];
}

/** A copy of a patch (or the baseline) with each distribution replaced by its point value, recording both. */
function pointPatch(patch: unknown, path: readonly PropertyKey[], hypothesis: string | undefined, walk: Walk): unknown {
  if (!isPlainObject(patch)) return patch;
  // Object.entries / fromEntries define own properties: a "__proto__" key stays a plain key (and is reported by the schema).
  return Object.fromEntries(
    Object.entries(patch).map(([field, value]) => {
      const where = formatPath([...path, field]);
      if (field === 'changes') {
        for (const nested of nestedDistributions(value, [...path, field])) {
          walk.kept.push(nested);
          walk.problems.push({
            path: nested,
            rule: 'a distribution is not allowed inside changes (a change sets a fixed value from its month on): give the field itself a distribution instead',
          });
        }
        return [field, value];
      }
      if (!isDistributionLike(value)) return [field, value];
      try {
        if (!numericFields.has(field))
          throw new InputError([{ path: where, rule: 'a distribution can stand only for a numeric input field (check the spelling)' }]);
        const sampler = distributionSampler(value, field as NumericFieldName, where);
        walk.found.push({ path: where, hypothesis, field: field as NumericFieldName, distribution: sampler.distribution, value: sampler.value });
        return [field, sampler.value];
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        walk.problems.push(...error.problems);
        walk.kept.push(where);
        return [field, value];
      }
    }),
  );
}

/** A copy of one hypothesis with its distributions replaced: a patch, or the `set` of a combination. */
function pointHypothesis(name: string, entry: unknown, walk: Walk): unknown {
  if (isPlainObject(entry) && 'combine' in entry) {
    return Object.fromEntries(
      Object.entries(entry).map(([key, value]) => [key, key === 'set' ? pointPatch(value, ['hypotheses', name, 'set'], name, walk) : value]),
    );
  }
  return pointPatch(entry, ['hypotheses', name], name, walk);
}

/** True when `path` is `reported` or lies inside it. */
const within = (path: string, reported: string) => path === reported || path.startsWith(`${reported}.`) || path.startsWith(`${reported}[`);

/**
 * Splits an uncertain scenario file — a scenario file where any numeric field of the baseline,
 * of a hypothesis' patch or of a combination's `set` may be a distribution (see `Distribution`),
 * plus an optional `"simulation": { "draws", "seed" }` section and an optional `"report"` section
 * (handed back unchecked: the report's renderer reads it) — into a plain scenario file, each
 * distribution replaced by its point value (`value`, or the mean), which `parseScenarioFile` and
 * `compareScenarios` accept, and the list of distributions with where they sit.
 *
 * The plain file is validated with `parseScenarioFile`, so every problem of the file is reported
 * at once. Distributions are not allowed inside `changes` (a change sets a fixed value from its
 * month on), nor for fields that are not numbers.
 *
 * Pure: `data` is not mutated; keys such as `__proto__` never reach an object's prototype.
 *
 * @param data - typically `JSON.parse` of the file
 * @returns the plain file, the distributions (baseline first, then hypotheses in file order), the `simulation` section,
 *   the `report` section as written
 * @throws {InputError} every problem as `field: rule`, e.g. `baseline.openRate.sd: must be more than 0 (…)` or
 *   `hypotheses.H1.changes[0].set.openRate: a distribution is not allowed inside changes …`
 *
 * @example
 * const split = splitDistributions({ baseline: { ...input, openRate: { dist: 'beta', alpha: 40, beta: 60 } }, hypotheses: { H1: { emailsPerMonth: 3 } } });
 * split.file.baseline.openRate //=> 0.4
 * split.distributions //=> [{ path: 'baseline.openRate', scenario: 'baseline', field: 'openRate', distribution: { dist: 'beta', … }, value: 0.4 }]
 */
export function splitDistributions(data: unknown): SplitScenarioFile {
  refuseDeepNesting(data);
  if (!isPlainObject(data)) return { file: parseScenarioFile(data) as ScenarioFileData, distributions: [], simulation: {}, report: undefined };
  const walk: Walk = { found: [], problems: [], kept: [] };
  let simulation: SimulationSettings = {};
  let report: unknown;
  const entries = Object.entries(data).flatMap(([key, value]): [string, unknown][] => {
    if (key === 'report') {
      report = value;
      return [];
    }
    if (key === 'simulation') {
      const parsed = SimulationSettings.safeParse(value, { reportInput: true });
      if (parsed.success) simulation = parsed.data;
      else walk.problems.push(...problemsFromZod(parsed.error, ['simulation']));
      return [];
    }
    if (key === 'baseline') return [[key, pointPatch(value, ['baseline'], undefined, walk)]];
    if (key === 'hypotheses' && isPlainObject(value)) {
      return [[key, Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, pointHypothesis(name, entry, walk)]))]];
    }
    return [[key, value]];
  });
  const file = Object.fromEntries(entries);
  const problems = [...walk.problems];
  let baselineName = 'baseline';
  try {
    baselineName = parseScenarioFile(file).baselineName;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A value already reported (a bad distribution, one inside changes) is not reported again as "must be a number".
    problems.push(...error.problems.filter((p) => !walk.kept.some((kept) => within(p.path, kept))));
  }
  if (problems.length > 0) throw new InputError(problems);
  const distributions = walk.found.map(({ hypothesis, ...found }) => ({ ...found, scenario: hypothesis ?? baselineName }));
  return { file: file as ScenarioFileData, distributions, simulation, report };
}
