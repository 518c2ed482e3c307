import { sensitivity, type SensitivityEntry } from '../analysis/search/sensitivity';
import { simulate, type Simulation } from '../analysis/uncertainty/simulate';
import { resolveHypotheses } from '../scenarios/resolveHypotheses';
import { HorizonsYears, parseScenarioFile, type ScenarioFileData } from '../scenarios/scenarioFile';
import { scenarioInputOf } from '../scenarios/scenarioInputOf';
import { InputError, type InputProblem } from '../errors/inputError';
import { parseWith } from '../schema/parseWith';
import { describeDistribution } from '../render/describeDistribution';
import { moneyFormatSchema } from '../render/moneyFormatSchema';
import { formatInputValue } from '../render/report/formatInputValue';
import { inputGuide } from '../schema/inputGuide';
import type { MonteCarloSectionData } from '../render/report/monteCarloSection';
import type { ReportSectionData } from '../render/report/reportSection';
import { type ReportSettings, splitReportSettings } from './reportSettings';
import type { SensitivitySectionData } from '../render/report/sensitivitySection';
import { optionsArgument } from '../errors/optionsArgument';

/** Options of {@link analysisSections}. */
export interface AnalysisSectionsOptions {
  /** Horizons in years, instead of the file's `horizonsYears` (pass the report's, so that both agree). */
  readonly horizonsYears?: readonly number[];
  /** ISO 4217 currency of the values in the tornado's labels (default "USD"). */
  readonly currency?: string;
  /** BCP 47 locale of the values in the tornado's labels (default "en-US"). */
  readonly locale?: string;
}

/** The result of {@link analysisSections}: what `renderReport` takes. */
export interface ReportAnalysis {
  /** The plain scenario file: distributions replaced by their point values, no `simulation` or `report` section. */
  readonly file: ScenarioFileData;
  /** The sensitivity section (when asked for), then one Monte Carlo section per scenario simulated. */
  readonly sections: ReportSectionData[];
  /** The file's `report.title`, when it gives one. */
  readonly title?: string;
}

const Options = moneyFormatSchema({ horizonsYears: HorizonsYears.optional() });
type Format = { readonly currency: string; readonly locale: string };

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
function unknownScenarios(file: ScenarioFileData, names: readonly (readonly [name: string, path: string])[]): InputProblem[] {
  return names.flatMap(([name, path]) => {
    try {
      scenarioInputOf(file, name);
      return [];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return error.problems.map((p) => ({ path, rule: p.rule }));
    }
  });
}

/** A tornado bar's label: the input and its two values as the report writes inputs, e.g. `openRate 36% – 44%`. */
function barLabel(entry: SensitivityEntry, format: Format): string {
  const kind = inputGuide[entry.field].kind;
  const [low, high] = [entry.valueLow, entry.valueHigh].map((value) => formatInputValue(kind, value, format).text);
  return `${entry.field} ${low} – ${high}${entry.clamped ? ' *' : ''}`;
}

/** The sensitivity section of `report.sensitivity`: one scenario's tornado at one horizon. */
function sensitivityData(file: ScenarioFileData, baselineName: string, settings: NonNullable<ReportSettings['sensitivity']>, longestYears: number, format: Format): SensitivitySectionData {
  const { scenario = baselineName, years = longestYears, fields, change } = settings;
  const result = within('report.sensitivity', () => sensitivity(scenarioInputOf(file, scenario), { years, change, ...(fields === undefined ? {} : { fields }) }));
  const top = result.tornado.filter((e) => e.elasticity !== null).slice(0, 3);
  const clamped = result.tornado.some((e) => e.clamped);
  const note = [
    `Each input moved down and up by ${+(change * 100).toPrecision(6)} %, the others at base.`,
    ...(clamped ? ['* a value outside the input’s valid range was replaced by the nearest valid one.'] : []),
    ...(top.length === 0 ? [] : [`Elasticity of the NPV (% change of the NPV per 1 % change of the input): ${top.map((e) => `${e.field} ${e.elasticity!.toFixed(2)}`).join(', ')}.`]),
  ].join(' ');
  return {
    kind: 'sensitivity',
    scenario,
    horizonYears: result.months / 12,
    base: result.npvBase.toNumber(),
    bars: result.tornado.map((e) => ({ label: barLabel(e, format), low: e.npvLow.toNumber(), high: e.npvHigh.toNumber() })),
    note,
  };
}

/** The scenarios a Monte Carlo section is drawn for when the file names none: the baseline and the hypothesis with the highest point NPV at the longest horizon. */
function defaultScenarios(simulation: Simulation): string[] {
  const longest = simulation.horizons.reduce((a, b) => (b.months > a.months ? b : a));
  const [baseline, ...hypotheses] = longest.scenarios;
  const best = hypotheses.reduce<(typeof hypotheses)[number] | undefined>((a, b) => (a === undefined || b.pointNpv.gt(a.pointNpv) ? b : a), undefined);
  return [baseline!.name, ...(best === undefined ? [] : [best.name])];
}

/** One scenario's Monte Carlo section: its fan (cumulative NPV month by month) and its percentiles per horizon. */
function monteCarloData(simulation: Simulation, name: string): MonteCarloSectionData {
  const isBaseline = name === simulation.baselineName;
  const uncertain = simulation.uncertainInputs.filter((u) => u.usedBy.includes(name));
  const note =
    uncertain.length === 0
      ? `No input of ${name} is uncertain: every run gives the point forecast.`
      : `Uncertain inputs of ${name} (the same draws for every scenario): ${uncertain.map((u) => `${u.path} ${describeDistribution(u.distribution)}`).join('; ')}.` +
        (simulation.redrawn === 0 ? '' : ` ${simulation.redrawn} draws whose churn exceeded the whole list were drawn again.`);
  return {
    kind: 'monteCarlo',
    scenario: name,
    ...(isBaseline ? {} : { baseline: simulation.baselineName }),
    runs: simulation.draws,
    seed: simulation.seed,
    band: simulation.monthly.map((m) => ({ month: m.month, ...m.cumulativeNpv[name]! })),
    percentiles: simulation.horizons.map((h) => {
      const s = h.scenarios.find((candidate) => candidate.name === name)!;
      return {
        years: h.years,
        p5: s.npv.p5,
        p50: s.npv.p50,
        p95: s.npv.p95,
        probabilityNegative: s.probabilityNegative,
        ...(s.probabilityBeatsBaseline === null ? {} : { probabilityBeatsBaseline: s.probabilityBeatsBaseline }),
      };
    }),
    note,
  };
}

/**
 * The analyses a scenario file asks its report for, as report sections, and the plain file to
 * report on. The file may be an uncertain one (distributions in place of numbers, a `simulation`
 * section) and may carry a `report` section (see `ReportSettings`):
 *
 * - `report.sensitivity` → a sensitivity section: `sensitivity()` of the scenario it names (default
 *   the baseline) at `years` (default the longest horizon), each bar labelled with the input and
 *   its two values (`openRate 36% – 44%`);
 * - distributions in the file, or `report.monteCarlo` → one `simulate()` run, then one Monte Carlo
 *   section per scenario of `report.monteCarlo.scenarios` (default: the baseline and the hypothesis
 *   with the highest point NPV at the longest horizon): the P5–P50–P95 fan of the cumulative NPV,
 *   and per horizon the percentiles, the chance of a loss and the chance to beat the baseline
 *   (common random numbers).
 *
 * A plain file without a `report` section gives no section. The comparison of the report runs on
 * `file`, every input at its point value (what `compare` prints for the file).
 *
 * @param data - a scenario file, typically `JSON.parse` of it; not mutated
 * @param options - horizons (default the file's), currency and locale of the tornado's labels
 * @returns the plain file, the sections in order, and `report.title`
 * @throws {InputError} every problem as `field: rule`, e.g. `report.sensitivity.fields[0]: must be numeric input fields (…)`,
 *   `report.monteCarlo.scenarios[1]: "H9" is not in the file (names: …)`, `baseline.openRate.sd: must be more than 0 (…)`
 *
 * @example
 * const { file, sections } = analysisSections(uncertainArticleFile);
 * sections.map((s) => `${s.kind} ${s.scenario}`) //=> ['sensitivity baseline', 'monteCarlo baseline', 'monteCarlo H2+H4']
 * file.baseline.openRate //=> 0.4
 */
export function analysisSections(data: unknown, options: AnalysisSectionsOptions = {}): ReportAnalysis {
  const o = parseWith(Options, optionsArgument(options));
  const split = splitReportSettings(data);
  const parsed = parseScenarioFile(split.file);
  // Every scenario is checked here, so that a problem of the file is never reported as one of the report section.
  resolveHypotheses(parsed);
  const report = split.report ?? {};
  const horizonsYears = o.horizonsYears ?? parsed.horizonsYears;
  const asked = report.monteCarlo?.scenarios ?? [];
  const problems = unknownScenarios(split.file, [
    ...(report.sensitivity?.scenario === undefined ? [] : [[report.sensitivity.scenario, 'report.sensitivity.scenario'] as const]),
    ...asked.map((name, i) => [name, `report.monteCarlo.scenarios[${i}]`] as const),
  ]);
  if (problems.length > 0) throw new InputError(problems);

  const sections: ReportSectionData[] = [];
  if (report.sensitivity !== undefined) sections.push(sensitivityData(split.file, parsed.baselineName, report.sensitivity, Math.max(...horizonsYears), o));
  if (split.distributions.length > 0 || report.monteCarlo !== undefined) {
    const { draws, seed } = report.monteCarlo ?? {};
    // draws × months is checked by simulate: its `draws` is the report's when given, else the file's `simulation.draws`.
    const simulation = within(
      draws === undefined ? 'simulation' : 'report.monteCarlo',
      () => simulate(data, { horizonsYears, ...(draws === undefined ? {} : { draws }), ...(seed === undefined ? {} : { seed }) }),
      (path) => path === 'draws',
    );
    const names = asked.length > 0 ? [...new Set(asked)] : defaultScenarios(simulation);
    sections.push(...names.map((name) => monteCarloData(simulation, name)));
  }
  return { file: split.file, sections, ...(report.title === undefined ? {} : { title: report.title }) };
}
