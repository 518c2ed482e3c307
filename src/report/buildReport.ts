import { z } from 'zod';
import { sensitivity, type SensitivityResult } from '../analysis/search/sensitivity';
import { simulate } from '../analysis/uncertainty/simulate';
import type { Simulation } from '../analysis/uncertainty/simulation';
import { InputError, type InputProblem } from '../errors/inputError';
import { optionsArgument } from '../errors/optionsArgument';
import { compareScenarios, type ScenarioComparison } from '../scenarios/compareScenarios';
import { resolveParsedScenarioFile, type ResolvedScenarioFile } from '../scenarios/resolveScenarioFile';
import type { HistoryEvidence } from '../scenarios/historyEvidence';
import { HorizonsYears, type ScenarioFileData } from '../scenarios/scenarioFile';
import { scenarioInputOf } from '../scenarios/scenarioInputOf';
import { checkWork, WORK_LIMITS } from '../scenarios/workLimits';
import { parseWith } from '../schema/parseWith';
import { type ReportChartSeries, chartSeries } from './chartSeries';
import { type ReportFile, readReportFile } from './readReportFile';
import type { ReportSettings } from './reportSettings';
import type { UserScenarioFileData } from './userScenarioFile';

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** Horizons in years, instead of the file's `horizonsYears` (the comparison's, the simulation's and the sensitivity's default). */
  readonly horizonsYears?: readonly number[];
}

/** The sensitivity the file's `report.sensitivity` asks for: one scenario's tornado at one horizon. */
export interface ReportSensitivity {
  /** The scenario varied (default the baseline). */
  readonly scenario: string;
  /** `sensitivity()` of its input: the base NPV, one entry per input, the change applied. */
  readonly result: SensitivityResult;
}

/** The Monte Carlo simulation of the file, and the scenarios the report shows it for. */
export interface ReportSimulation {
  /** `simulate()` of the file at the report's horizons. */
  readonly result: Simulation;
  /** The scenarios drawn, in order: `report.monteCarlo.scenarios`, else the baseline and the hypothesis with the highest point NPV at the longest horizon. */
  readonly scenarios: readonly string[];
}

/** Everything a report shows, computed: what `renderReport` draws (with the charts' series, see `chartSeries`). */
export interface ReportData extends ReportChartSeries {
  /** The plain scenario file as written: distributions replaced by their point values, no `simulation` or `report` section. */
  readonly plainFile: ScenarioFileData;
  /** The file read once: validated (defaults filled in), its scenarios resolved, the baseline first. */
  readonly resolved: ResolvedScenarioFile;
  /** The fields the baseline writes (the others are defaults). */
  readonly givenBaselineFields: readonly string[];
  /** `compareScenarios` of the file at the report's horizons: exact NPVs, ranks, winners, cumulative NPV month by month. */
  readonly comparison: ScenarioComparison;
  /** The sensitivity asked for by `report.sensitivity`, when it is. */
  readonly sensitivity?: ReportSensitivity;
  /** The simulation, for a file with distributions or a `report.monteCarlo` section. */
  readonly simulation?: ReportSimulation;
  /** The file's `report.title`, when it gives one. */
  readonly title?: string;
  /** The file's `history` (what `fit` found in the user's history), when it has one: the report draws it ("What your history says"). */
  readonly history?: HistoryEvidence;
}

const Options = z.strictObject({ horizonsYears: HorizonsYears.optional() });

/**
 * Runs `compute`, giving the paths of its problems that `isOption` picks the prefix `prefix`
 * (e.g. `fields` → `report.sensitivity.fields`): problems of an analysis' options are problems of the report section.
 */
function within<T>(prefix: string, compute: () => T, isOption: (path: string) => boolean = () => true): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p) => (isOption(p.path) ? { path: p.path ? `${prefix}.${p.path}` : prefix, rule: p.rule } : p)));
  }
}

/** The problems of names that are not scenarios of the file, each at its place in the report section. */
function unknownScenarios(resolved: ResolvedScenarioFile, names: readonly (readonly [name: string, path: string])[]): InputProblem[] {
  return names.flatMap(([name, path]) => {
    try {
      scenarioInputOf(resolved, name);
      return [];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return error.problems.map((p) => ({ path, rule: p.rule }));
    }
  });
}

/** The sensitivity of `report.sensitivity`: its scenario (default the baseline) at its horizon (default the longest). */
function sensitivityOf(resolved: ResolvedScenarioFile, settings: NonNullable<ReportSettings['sensitivity']>, longestYears: number): ReportSensitivity {
  const { scenario = resolved.file.baselineName, years = longestYears, fields, change } = settings;
  const result = within('report.sensitivity', () =>
    sensitivity(scenarioInputOf(resolved, scenario), { years, change, ...(fields === undefined ? {} : { fields }) }),
  );
  return { scenario, result };
}

/** The scenarios a Monte Carlo section is drawn for when the file names none: the baseline and the hypothesis with the highest point NPV at the longest horizon. */
function defaultScenarios(simulation: Simulation): string[] {
  const longest = simulation.horizons.reduce((a, b) => (b.months > a.months ? b : a));
  const [baseline, ...hypotheses] = longest.scenarios;
  const best = hypotheses.reduce<(typeof hypotheses)[number] | undefined>((a, b) => (a === undefined || b.pointNpv.gt(a.pointNpv) ? b : a), undefined);
  return [baseline!.name, ...(best === undefined ? [] : [best.name])];
}

/**
 * Computes everything the HTML report of a scenario file shows, once: the file is read and its
 * scenarios resolved once, then
 *
 * - the comparison (`compareScenarios`: exact NPVs, ranks, winners at each horizon) and the series
 *   its charts draw: the cumulative NPV of every scenario from month 0 (−investment), and the
 *   subscribers at the start of each month (one float run of the model per scenario), and, when a
 *   scenario has segments, the subscribers of each segment of the first such scenario;
 * - `report.sensitivity` → `sensitivity()` of the scenario it names (default the baseline) at
 *   `years` (default the longest horizon);
 * - distributions in the file, or `report.monteCarlo` → one `simulate()` run, shown for the
 *   scenarios of `report.monteCarlo.scenarios` (default: the baseline and the hypothesis with the
 *   highest point NPV at the longest horizon);
 * - the file's `history` (written by `fit`), handed on as it is for the report's look at it.
 *
 * The file may be an uncertain one (distributions in place of numbers, a `simulation` section) and
 * may carry a `report` section (see `ReportSettings`); the comparison runs on its point values
 * (what `compare` prints for the file). At most `WORK_LIMITS.reportHypotheses` hypotheses: each
 * chart draws every scenario.
 *
 * @param data - a scenario file, typically `JSON.parse` of it, or the file as `readReportFile` read it (not checked again); not mutated
 * @param options - horizons (default the file's)
 * @returns the report's data, for `renderReport`
 * @throws {InputError} every problem as `field: rule`, e.g. `hypotheses.H1.openRate: …`,
 *   `report.sensitivity.fields[0]: must be numeric input fields (…)`, `report.monteCarlo.scenarios[1]: "H9" is not in the file (names: …)`,
 *   `baseline.openRate.sd: must be more than 0 (…)`, `horizonsYears[0]: must be more than 0 years`
 *
 * @example
 * const report = buildReport(uncertainFile);
 * report.comparison.horizons.map((h) => h.winner) //=> ['H2', 'H2+H4', 'H2+H4']
 * report.npvSeries[0].values.length //=> 61 (months 0 to 60)
 * report.sensitivity.scenario //=> 'baseline'
 * report.simulation.scenarios //=> ['baseline', 'H2+H4']
 */
export function buildReport(data: UserScenarioFileData | ScenarioFileData | ReportFile, options: BuildReportOptions = {}): ReportData {
  const o = parseWith(Options, optionsArgument(options));
  const { data: given, split } = readReportFile(data);
  // Every scenario is checked here, so that a problem of the file is never reported as one of the report section.
  const resolved = resolveParsedScenarioFile(split.parsed);
  const { file, scenarios } = resolved;
  const report = split.report ?? {};
  const horizonsYears = o.horizonsYears ?? file.horizonsYears;
  const asked = report.monteCarlo?.scenarios ?? [];
  const problems = unknownScenarios(resolved, [
    ...(report.sensitivity?.scenario === undefined ? [] : [[report.sensitivity.scenario, 'report.sensitivity.scenario'] as const]),
    ...asked.map((name, i) => [name, `report.monteCarlo.scenarios[${i}]`] as const),
  ]);
  if (problems.length > 0) throw new InputError(problems);

  const sensitivityData = report.sensitivity === undefined ? undefined : sensitivityOf(resolved, report.sensitivity, Math.max(...horizonsYears));
  let simulation: ReportSimulation | undefined;
  if (split.distributions.length > 0 || report.monteCarlo !== undefined) {
    const { draws, seed } = report.monteCarlo ?? {};
    // draws × months is checked by simulate: its `draws` is the report's when given, else the file's `simulation.draws`.
    const result = within(
      draws === undefined ? 'simulation' : 'report.monteCarlo',
      () => simulate(given, { horizonsYears, ...(draws === undefined ? {} : { draws }), ...(seed === undefined ? {} : { seed }) }),
      (path) => path === 'draws',
    );
    simulation = { result, scenarios: asked.length > 0 ? [...new Set(asked)] : defaultScenarios(result) };
  }

  const hypothesisCount = Object.keys(file.hypotheses).length;
  checkWork(
    'hypotheses',
    [[hypothesisCount, 'hypotheses']],
    'hypotheses',
    WORK_LIMITS.reportHypotheses,
    'in a report (each chart draws the baseline and every hypothesis, 100 lines at most)',
  );
  const comparison = compareScenarios(resolved, o.horizonsYears === undefined ? {} : { horizonsYears: o.horizonsYears });
  const series = chartSeries(scenarios, comparison);
  const rawBaseline = split.file.baseline as object;
  const givenBaselineFields = [
    ...Object.keys(rawBaseline),
    ...(file.baseline.startDate !== undefined && !Object.hasOwn(rawBaseline, 'startDate') ? ['startDate'] : []),
  ];

  return {
    plainFile: split.file,
    resolved,
    givenBaselineFields,
    comparison,
    ...series,
    ...(sensitivityData === undefined ? {} : { sensitivity: sensitivityData }),
    ...(simulation === undefined ? {} : { simulation }),
    ...(report.title === undefined ? {} : { title: report.title }),
    ...(file.history === undefined ? {} : { history: file.history }),
  };
}
