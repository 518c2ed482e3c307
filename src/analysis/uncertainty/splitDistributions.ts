import { z } from 'zod';
import type { FieldPath } from '../../schema/fieldPaths';
import { formatPath } from '../../errors/formatPath';
import { InputError, type InputProblem } from '../../errors/inputError';
import { problemsFromZod } from '../../schema/problemsFromZod';
import { isPlainObject } from '../../json/isPlainObject';
import { refuseDeepNesting } from '../../schema/refuseDeepNesting';
import type { ScenarioFile, ScenarioFileData } from '../../scenarios/scenarioFile';
import { Distribution } from '../../schema/distribution';
import type { SimulationSettings } from './simulationSettings';
import { isDistributionLike, isDistributionProblem, type ParsedUncertainFile, UncertainScenarioFile } from './uncertainScenarioFile';

/** One distribution of an uncertain scenario file, and where it sits. */
export interface LocatedDistribution {
  /** Where it sits in the file, e.g. `baseline.openRate`, `hypotheses.H4.investment`, `hypotheses.H2+H4.set.emailsPerMonth`, `baseline.segments.engaged.openRate`. */
  readonly path: string;
  /** The scenario that gives it: the baseline (by its `baselineName`) or a hypothesis' name. */
  readonly scenario: string;
  /** The numeric input it stands for, by its field path in the scenario: `openRate`, `segments.engaged.openRate`, `retention.alpha`, `moves[0].sharePerMonth`. */
  readonly field: FieldPath;
  /** The validated spec. */
  readonly distribution: Distribution;
  /** Its point value, written into `file` in its place. */
  readonly value: number;
}

/** The result of {@link splitDistributions}; `Report` is what its schema makes of the `"report"` section. */
export interface SplitScenarioFile<Report = unknown> {
  /** A plain scenario file as written: every distribution replaced by its point value, no `simulation` or `report` section. */
  readonly file: ScenarioFileData;
  /** The plain scenario file parsed, as `parseScenarioFile(file)` gives it (defaults filled in). */
  readonly parsed: ScenarioFile;
  /** Every distribution, in file order (baseline and hypotheses as written), fields in the order written. */
  readonly distributions: readonly LocatedDistribution[];
  /** The file's `simulation` section (empty when it has none). */
  readonly simulation: SimulationSettings;
  /** The file's `report` section (as written with the default schema, checked with the report layer's `UserScenarioFile`), or undefined. */
  readonly report: Report;
}

type Issue = z.core.$ZodIssue;

/** The index of `key` among the own keys of `value`, or 0 when `value` is not a plain object. */
const indexIn = (value: unknown, key: PropertyKey | undefined): number =>
  isPlainObject(value) && key !== undefined ? Object.keys(value).indexOf(String(key)) : 0;
/** The value at `key` of `value`, when it is a plain object with that own key. */
const at = (value: unknown, key: PropertyKey | undefined): unknown =>
  isPlainObject(value) && key !== undefined && Object.hasOwn(value, key) ? value[key as string] : undefined;

/**
 * Where `path` sits in the file as written, as the indices of its keys: the top-level key, then (in the
 * baseline and the hypotheses) each key down to the distribution it names, if any.
 */
function position(data: unknown, path: readonly PropertyKey[]): number[] {
  const [top, ...rest] = path;
  const indices = [indexIn(data, top)];
  if (top !== 'baseline' && top !== 'hypotheses') return indices;
  let value = at(data, top);
  for (const key of rest) {
    indices.push(Array.isArray(value) && typeof key === 'number' ? key : indexIn(value, key));
    value = Array.isArray(value) && typeof key === 'number' ? value[key] : at(value, key);
    if (isDistributionLike(value)) break;
  }
  return indices;
}

/** Compares two lists of numbers in lexicographic order. */
function compareLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Which comes first: the report section's problems, then the distributions' and the simulation section's (in file order), then the others. */
const rank = (issue: Issue): number => (issue.path[0] === 'report' ? 0 : isDistributionProblem(issue) || issue.path[0] === 'simulation' ? 1 : 2);

/** The problems of `issues`, in the order above. */
function problemsInOrder(issues: readonly Issue[], data: unknown): InputProblem[] {
  const sortKey = (issue: Issue) => [rank(issue), ...(rank(issue) === 1 ? position(data, issue.path) : [])];
  const ordered = issues
    .map((issue) => ({ issue, key: sortKey(issue) }))
    .sort((a, b) => compareLists(a.key, b.key))
    .map(({ issue }) => issue);
  return problemsFromZod(new z.ZodError(ordered));
}

/**
 * Splits an uncertain scenario file — a scenario file where any numeric input of the baseline,
 * of a hypothesis' patch or of a combination's `set` may be a distribution (see `Distribution`): a field,
 * a segment's share or field, a retention's α or β, a move's `sharePerMonth`;
 * plus an optional `"simulation": { "draws", "seed" }` section and an optional `"report"` section
 * (handed back unchecked: the report's renderer reads it) — into a plain scenario file, each
 * distribution replaced by its point value (`value`, or the mean), which `parseScenarioFile` and
 * `compareScenarios` accept, and the list of distributions with where they sit.
 *
 * The file is validated by one schema, `schema` (default `UncertainScenarioFile`; the report layer
 * passes `UserScenarioFile`, which checks the `report` section too), so every problem of the file is
 * reported at once: the report section's first, then the distributions' and the simulation
 * section's in file order, then the others. Distributions are not allowed inside `changes` (a change
 * sets a fixed value from its month on), nor for fields that are not numbers. The cross-field rules
 * are checked on the point values.
 *
 * Pure: `data` is not mutated; keys such as `__proto__` never reach an object's prototype.
 *
 * @param data - typically `JSON.parse` of the file
 * @param schema - the file's schema (see `uncertainScenarioFile`)
 * @returns the plain file as written and parsed, the distributions (in file order), the `simulation` section,
 *   the `report` section
 * @throws {InputError} every problem as `field: rule`, e.g. `baseline.openRate.sd: must be more than 0 (…)` or
 *   `hypotheses.H1.changes[0].set.openRate: a distribution is not allowed inside changes …`
 *
 * @example
 * const split = splitDistributions({ baseline: { ...input, openRate: { dist: 'beta', alpha: 40, beta: 60 } }, hypotheses: { H1: { emailsPerMonth: 3 } } });
 * split.file.baseline.openRate //=> 0.4
 * split.distributions //=> [{ path: 'baseline.openRate', scenario: 'baseline', field: 'openRate', distribution: { dist: 'beta', … }, value: 0.4 }]
 * const engaged = { ...segmentedInput.segments.engaged, openRate: { dist: 'uniform', min: 0.4, max: 0.6 } };
 * splitDistributions({ baseline: { ...segmentedInput, segments: { ...segmentedInput.segments, engaged } }, hypotheses: {} }).distributions[0].field
 * //=> 'segments.engaged.openRate'
 */
export function splitDistributions<Report = unknown>(
  data: unknown,
  schema: z.ZodType<ParsedUncertainFile<Report>> = UncertainScenarioFile as unknown as z.ZodType<ParsedUncertainFile<Report>>,
): SplitScenarioFile<Report | undefined> {
  refuseDeepNesting(data);
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new InputError(problemsInOrder(result.error.issues, data));
  const { simulation = {}, report, ...parsed } = result.data;
  const distributions: LocatedDistribution[] = [];
  /**
   * A copy of `written` (a baseline or a patch, or a part of it at `keys` inside the scenario) with each distribution
   * replaced by its point value in `points` (the same part, parsed), recording both.
   */
  const pointCopy = (written: unknown, points: unknown, path: readonly PropertyKey[], scenario: string, keys: readonly (string | number)[] = []): unknown => {
    if (isDistributionLike(written)) {
      const value = points as number;
      distributions.push({ path: formatPath([...path, ...keys]), field: formatPath(keys), distribution: Distribution.parse(written), value, scenario });
      return value;
    }
    if (Array.isArray(written))
      return written.map((item, index) => pointCopy(item, Array.isArray(points) ? points[index] : undefined, path, scenario, [...keys, index]));
    if (!isPlainObject(written)) return written;
    return Object.fromEntries(
      Object.entries(written).map(([key, value]) => [
        key,
        keys.length === 0 && key === 'changes' ? value : pointCopy(value, at(points, key), path, scenario, [...keys, key]),
      ]),
    );
  };
  const hypothesis = (name: string, entry: unknown) =>
    isPlainObject(entry) && 'combine' in entry
      ? Object.fromEntries(
          Object.entries(entry).map(([key, value]) => [
            key,
            key === 'set' ? pointCopy(value, at(parsed.hypotheses[name], 'set'), ['hypotheses', name, 'set'], name) : value,
          ]),
        )
      : pointCopy(entry, parsed.hypotheses[name], ['hypotheses', name], name);
  // Object.entries / fromEntries define own properties: a "__proto__" key stays a plain key.
  const entries = Object.entries(data as Record<string, unknown>).flatMap(([key, value]): [string, unknown][] => {
    if (key === 'simulation' || key === 'report') return [];
    if (key === 'baseline') return [[key, pointCopy(value, parsed.baseline, ['baseline'], parsed.baselineName)]];
    if (key === 'hypotheses') return [[key, Object.fromEntries(Object.entries(value as object).map(([name, entry]) => [name, hypothesis(name, entry)]))]];
    return [[key, value]];
  });
  return { file: Object.fromEntries(entries) as ScenarioFileData, parsed, distributions, simulation, report };
}
