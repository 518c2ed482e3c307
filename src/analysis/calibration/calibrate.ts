import { z } from 'zod';
import { numericFieldNames } from '../../schema/fields';
import { type FieldPath, parseFieldPath, readFieldPath } from '../../schema/fieldPaths';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { forecastNpv } from '../../model/forecastNpv';
import { compareScenarios } from '../../scenarios/compareScenarios';
import { parseScenarioFile, type ScenarioFile, type ScenarioFileData } from '../../scenarios/scenarioFile';
import { type Provenance, resolveHypotheses, type ResolvedScenario } from '../../scenarios/resolveHypotheses';
import { FIELD_PATH_EXAMPLES, withFieldValues } from '../../schema/withFieldValues';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { fitLeastSquares } from '../../numeric/fitLeastSquares';
import { yearsToMonths } from '../../schema/horizon';
import { checkWork, WORK_LIMITS } from '../../scenarios/workLimits';
import { checkObserved } from '../../scenarios/checkObserved';
import { CalibrationUnknowns, MAX_OBSERVED_ROWS, MonthlyRows, ObservedRow } from '../../scenarios/observedFile';
import { monthlyModelValues, monthlyObservations, type MonthlySeries } from './monthlyObservations';
import { unknownName } from '../../scenarios/unknownName';
import { writeFittedValues } from '../../scenarios/writeFittedValues';
import { missingPlace } from '../search/missingPlace';
import { inseparableGroups } from './inseparableGroups';

/** What `calibrate` takes: a scenario file, the observed NPVs and/or monthly series (at least one observation), and the unknown inputs with their ranges. */
export const CalibrationRequest = z
  .strictObject({
    scenarios: z.unknown(),
    observed: z
      .array(ObservedRow, { error: 'must be a list of { "hypothesis", "years", "npv" }' })
      .max(MAX_OBSERVED_ROWS, { error: `must hold at most ${MAX_OBSERVED_ROWS} observed NPVs` })
      .default([]),
    monthly: MonthlyRows.optional(),
    unknowns: CalibrationUnknowns,
    seed: z.number().int().optional(),
  })
  .refine((r) => r.observed.length > 0 || r.monthly !== undefined, {
    path: ['observed'],
    error: 'must hold at least one observed NPV, unless monthly series are given',
  });
export type CalibrationRequest = z.input<typeof CalibrationRequest>;

/** One observed NPV beside the calibrated model's. */
export interface CalibrationResidual {
  readonly hypothesis: string;
  readonly years: number;
  readonly observed: number;
  /** The calibrated model's NPV, exact backend, as a number. */
  readonly model: number;
  /** model − observed (money). */
  readonly error: number;
}

/** One observed monthly value beside the calibrated model's. */
export interface MonthlyResidual {
  readonly hypothesis: string;
  readonly month: number;
  readonly series: MonthlySeries;
  readonly observed: number;
  /** The calibrated model's value (fast float path). */
  readonly model: number;
  /** model − observed (people, orders or money). */
  readonly error: number;
}

/** The result of {@link calibrate}: the fitted inputs, the file with them written in, and how well they fit. */
export interface CalibrationResult {
  /** Unknown → fitted value. */
  readonly fitted: Readonly<Record<string, number>>;
  /** The scenario file with the fitted values written in (baseline fields, or hypothesis patches). */
  readonly scenarios: ScenarioFileData;
  readonly residuals: readonly CalibrationResidual[];
  /** The monthly series beside the model's, when `monthly` was given. */
  readonly monthlyResiduals?: readonly MonthlyResidual[];
  /** Root mean square of the NPV errors (money; 0 when no NPV is observed). */
  readonly rms: number;
  /** Largest |NPV error| (money; 0 when no NPV is observed). */
  readonly maxAbsError: number;
  /** Groups of unknowns that move the observed NPVs in the same proportions at the fit: the data cannot separate them, only a combination is determined. */
  readonly inseparable: readonly (readonly string[])[];
  /** Model evaluations spent (fast float path). */
  readonly evaluations: number;
}

interface Target {
  readonly key: string;
  readonly hypothesis: string | undefined;
  /** The input's field path, e.g. `churnPerEmail` or `segments.engaged.openRate`. */
  readonly path: FieldPath;
  /** True for a flat field, whose provenance `resolveHypotheses` gives; false for a path inside segments, retention or moves. */
  readonly flat: boolean;
}

function targetOf(key: string, file: ScenarioFile): Target {
  const { scenario: hypothesis, path } = unknownName(key);
  const at = `unknowns.${key}`;
  const parts = parseFieldPath(path);
  if (parts === undefined)
    throw new InputError([
      { path: at, rule: `"${path}" is not a numeric input field (${numericFieldNames.join(', ')}; or a path such as ${FIELD_PATH_EXAMPLES})` },
    ]);
  if (hypothesis !== undefined && hypothesis !== file.baselineName && !Object.hasOwn(file.hypotheses, hypothesis)) {
    throw new InputError([{ path: at, rule: `"${hypothesis}" is not a hypothesis of the file` }]);
  }
  if (parts.keys.length === 3 && (parts.field === 'share' || parts.field === 'newSubscriberShare')) {
    throw new InputError([{ path: at, rule: `a segment's ${parts.field} cannot be fitted: the segments' shares must sum to 1, so one cannot move alone` }]);
  }
  const named = hypothesis === file.baselineName ? undefined : hypothesis;
  if (named !== undefined && parts.keys[0] === 'moves') {
    const entry = file.hypotheses[named]!;
    const own = 'combine' in entry ? entry.set?.moves : entry.moves;
    if (own === undefined)
      throw new InputError([
        { path: at, rule: `${named} writes no moves of its own (a hypothesis' moves replace the whole list): fit the move where its list is written` },
      ]);
  }
  return { key, hypothesis: named, path, flat: parts.keys.length === 1 };
}

/** Writes values into a (validated) scenario file at the unknowns' paths: the baseline, or the patch (or `set`) of a hypothesis (see `writeFittedValues`). */
function withValues<F extends ScenarioFile | ScenarioFileData>(file: F, targets: readonly Target[], values: readonly number[]): F {
  return writeFittedValues(file, Object.fromEntries(targets.map((t, j) => [t.key, values[j]!]))) as F;
}

/** The file's scenarios resolved with the unknowns at `values`, or undefined when some scenario is then invalid. */
function resolvedWith(file: ScenarioFile, targets: readonly Target[], values: readonly number[]): ResolvedScenario[] | undefined {
  try {
    return resolveHypotheses(withValues(file, targets, values));
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** `unknowns.<key>: "segments.x.openRate" names no segment of the scenario (…)` for each unknown whose scenario has no place for its path. */
function checkPlaces(file: ScenarioFile, targets: readonly Target[]): void {
  const scenarios = resolveHypotheses(file);
  const problems = targets.flatMap((t) =>
    t.flat ? [] : missingPlace(scenarios.find((s) => s.name === (t.hypothesis ?? file.baselineName))!.input, t.path, `unknowns.${t.key}`),
  );
  if (problems.length > 0) throw new InputError(problems);
}

/**
 * The scenarios resolved once (baseline first), and for each the unknowns that reach it: an unknown reaches
 * the scenarios whose resolved value of its input comes from where the unknown is written, so `resolveHypotheses`
 * stays the one place that knows how patches combine. For a flat field that is its `provenance` (its own
 * scenario, the hypotheses that combine it, and for a baseline field every hypothesis that does not set the
 * field itself); for a path inside segments, retention or moves (which patches merge key by key), the scenarios
 * whose value at the path changes when the file is resolved again with only that unknown moved. The file is
 * resolved with the unknowns written in, so that a hypothesis an unknown names sets its input: at the middle
 * of their ranges, else at the lower, else at the upper bounds. Undefined when it resolves at none of them,
 * or when moving an unknown along its range makes it unresolvable.
 */
function reachOf(file: ScenarioFile, targets: readonly Target[], bounds: readonly { min: number; max: number }[]) {
  const valuesAt = (at: number, j = -1, other = at) => bounds.map((b, k) => b.min + (b.max - b.min) * (k === j ? other : at));
  for (const at of [0.5, 0, 1]) {
    const scenarios = resolvedWith(file, targets, valuesAt(at));
    if (scenarios === undefined) continue;
    const moved = targets.map((target, j) => (target.flat ? scenarios : resolvedWith(file, targets, valuesAt(at, j, at === 0.5 ? 0.25 : 0.5))));
    if (moved.some((probe) => probe === undefined)) return undefined;
    const reaches = (s: ResolvedScenario, k: number, target: Target, j: number) =>
      target.flat
        ? s.provenance[target.path as keyof Provenance] === (target.hypothesis ?? file.baselineName)
        : readFieldPath(moved[j]![k]!.input, target.path) !== readFieldPath(s.input, target.path);
    const reach = scenarios.map((s, k) => targets.flatMap((target, j) => (reaches(s, k, target, j) ? [j] : [])));
    return { scenarios, reach };
  }
  return undefined;
}

/**
 * Recovers unknown inputs from observed outcomes: the values of `unknowns` (each within its
 * `{ min, max }`) that bring the model's NPVs closest to `observed`, in the least-squares sense:
 *
 * ```
 * minimise Σ_i (NPV_model(hypothesis_i, years_i; unknowns) − npv_i)²      (money²)
 * ```
 * With `monthly` series (a list's actual history: subscribers at the start of a month, orders and revenue in
 * it) every residual is divided by its series' scale, the root mean square of the series' observed values
 * (the NPVs form one series, each scenario's subscribers, orders and revenue one each), so that people, orders
 * and money mix as relative errors and each observation weighs alike:
 * ```
 * minimise Σ_i ((NPV_model,i − npv_i) / rms(npv))² + Σ_j ((model_j − observed_j) / rms(series_j))²
 * ```
 * An unknown is a baseline field (`"churnPerEmail"`) or a hypothesis' field (`"H4.investment"`).
 * The search runs on the fast float path (seeded global search, then Levenberg–Marquardt);
 * the residuals are then recomputed on the exact path. Deterministic for a given `seed`.
 * `inseparable` lists unknowns the data cannot tell apart (e.g. `averageOrderValue` and
 * `subscribers`, which enter revenue only as a product).
 *
 * @throws {InputError} for a bad request or scenario file, as `field: rule`
 *
 * @example
 * calibrate({ scenarios: { baseline: articleBaseline, hypotheses: {} }, unknowns: { churnPerEmail: { min: 0, max: 0.02 } },
 *   observed: [{ hypothesis: 'baseline', years: 1, npv: 9485 }, { hypothesis: 'baseline', years: 5, npv: 97797 }] }).fitted
 * //=> { churnPerEmail: 0.00494… }
 */
export function calibrate(request: CalibrationRequest): CalibrationResult {
  const req = parseWith(CalibrationRequest, request);
  const file = parseScenarioFile(req.scenarios);
  const names = [file.baselineName, ...Object.keys(file.hypotheses)];
  checkObserved(req.observed, names);
  checkWork(
    'unknowns',
    [[Object.keys(req.unknowns).length, 'unknowns']],
    'unknowns',
    WORK_LIMITS.calibrationUnknowns,
    'per calibration (each costs about 320 model runs of the file)',
  );
  const targets = Object.keys(req.unknowns).map((key) => targetOf(key, file));
  targets.forEach((t, j) => {
    const first = targets.findIndex((u) => u.hypothesis === t.hypothesis && u.path === t.path);
    if (first < j) throw new InputError([{ path: `unknowns.${t.key}`, rule: `names the same input as unknowns.${targets[first]!.key}: give each input once` }]);
  });
  checkPlaces(file, targets);
  const bounds = Object.values(req.unknowns);
  const horizons = [...new Set(req.observed.map((o) => yearsToMonths(o.years)))];
  const monthly = req.monthly === undefined ? [] : monthlyObservations(req.monthly, names);
  const failed = [...req.observed, ...monthly].map(() => 1e12);
  // with monthly series every residual is relative to its series' scale (NPVs: the root mean square of the observed NPVs)
  const npvScale = monthly.length === 0 ? 1 : Math.sqrt(req.observed.reduce((s, o) => s + o.npv * o.npv, 0) / Math.max(1, req.observed.length)) || 1;

  // Resolve and validate the file once; each evaluation then sets the unknowns on the resolved inputs
  // (withFieldValues checks each value and the additive churn rule, as resolving would).
  const probed = reachOf(file, targets, bounds);
  const inputsWith = (values: readonly number[]): readonly ScenarioInput[] | undefined => {
    if (probed === undefined) return resolvedWith(file, targets, values)?.map((s) => s.input);
    try {
      return probed.scenarios.map((s, k) => withFieldValues(s.input, Object.fromEntries(probed.reach[k]!.map((j) => [targets[j]!.path, values[j]]))));
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
  };
  const observedScenario = req.observed.map((o) => names.indexOf(o.hypothesis));
  const observedHorizon = req.observed.map((o) => horizons.indexOf(yearsToMonths(o.years)));
  const residuals = (values: readonly number[]): number[] => {
    const inputs = inputsWith(values);
    if (inputs === undefined) return failed; // values outside a field's valid range: a very poor fit
    const npvs = horizons.length === 0 ? [] : inputs.map((input) => forecastNpv(input, horizons));
    const npvResiduals = req.observed.map((o, i) => (npvs[observedScenario[i]!]![observedHorizon[i]!]! - o.npv) / npvScale);
    if (monthly.length === 0) return npvResiduals;
    const modelValues = monthlyModelValues(inputs, monthly);
    return [...npvResiduals, ...monthly.map((o, i) => (modelValues[i]! - o.observed) / o.scale)];
  };

  const fit = fitLeastSquares({ bounds, residuals, ...(req.seed === undefined ? {} : { seed: req.seed }) });
  const fitted = Object.fromEntries(targets.map((t, j) => [t.key, fit.params[j]!]));
  const scenarios = withValues(req.scenarios as ScenarioFileData, targets, fit.params);

  const comparison = req.observed.length === 0 ? undefined : compareScenarios(scenarios, { horizonsYears: [...new Set(req.observed.map((o) => o.years))] });
  const exact = req.observed.map((o) => {
    const horizon = comparison!.horizons.find((h) => h.years === o.years)!;
    const model = horizon.results.find((r) => r.name === o.hypothesis)!.npv.toNumber();
    return { hypothesis: o.hypothesis, years: o.years, observed: o.npv, model, error: model - o.npv };
  });
  const errors = exact.map((r) => r.error);
  const atFit = monthly.length === 0 ? [] : residuals(fit.params).slice(req.observed.length);
  return {
    fitted,
    scenarios,
    residuals: exact,
    ...(monthly.length === 0
      ? {}
      : {
          monthlyResiduals: monthly.map((o, i) => {
            const error = atFit[i]! * o.scale;
            return { hypothesis: o.hypothesis, month: o.month, series: o.series, observed: o.observed, model: o.observed + error, error };
          }),
        }),
    rms: errors.length === 0 ? 0 : Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length),
    maxAbsError: errors.length === 0 ? 0 : Math.max(...errors.map(Math.abs)),
    inseparable: inseparableGroups(
      targets.map((t) => t.key),
      bounds,
      fit.params,
      residuals,
    ),
    evaluations: fit.evaluations,
  };
}
