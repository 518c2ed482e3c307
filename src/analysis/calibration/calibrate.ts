import { z } from 'zod';
import { type NumericFieldName, numericFieldNames } from '../../schema/fields';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { forecastNpv } from '../../model/forecastNpv';
import { compareScenarios } from '../../scenarios/compareScenarios';
import { parseScenarioFile, type ScenarioFile, type ScenarioFileData } from '../../scenarios/scenarioFile';
import { resolveHypotheses, type ResolvedScenario } from '../../scenarios/resolveHypotheses';
import { withFieldValues } from '../../schema/withFieldValues';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { fitLeastSquares } from '../../numeric/fitLeastSquares';
import { yearsToMonths } from '../../schema/horizon';
import { checkWork, WORK_LIMITS } from '../../scenarios/workLimits';
import { checkObserved } from '../../scenarios/checkObserved';
import { CalibrationUnknowns, ObservedRows } from '../../scenarios/observedFile';
import { unknownName } from '../../scenarios/unknownName';

/** What `calibrate` takes: a scenario file, the observed NPVs, and the unknown inputs with their ranges. */
export const CalibrationRequest = z.strictObject({
  scenarios: z.unknown(),
  observed: ObservedRows,
  unknowns: CalibrationUnknowns,
  seed: z.number().int().optional(),
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

/** The result of {@link calibrate}: the fitted inputs, the file with them written in, and how well they fit. */
export interface CalibrationResult {
  /** Unknown → fitted value. */
  readonly fitted: Readonly<Record<string, number>>;
  /** The scenario file with the fitted values written in (baseline fields, or hypothesis patches). */
  readonly scenarios: ScenarioFileData;
  readonly residuals: readonly CalibrationResidual[];
  /** Root mean square of the errors (money). */
  readonly rms: number;
  /** Largest |error| (money). */
  readonly maxAbsError: number;
  /** Groups of unknowns that move the observed NPVs in the same proportions at the fit: the data cannot separate them, only a combination is determined. */
  readonly inseparable: readonly (readonly string[])[];
  /** Model evaluations spent (fast float path). */
  readonly evaluations: number;
}

interface Target {
  readonly key: string;
  readonly hypothesis: string | undefined;
  readonly field: NumericFieldName;
}

function targetOf(key: string, file: ScenarioFile): Target {
  const { scenario: hypothesis, field } = unknownName(key);
  if (!(numericFieldNames as readonly string[]).includes(field))
    throw new InputError([{ path: `unknowns.${key}`, rule: `"${field}" is not a numeric input field` }]);
  if (hypothesis !== undefined && hypothesis !== file.baselineName && !Object.hasOwn(file.hypotheses, hypothesis)) {
    throw new InputError([{ path: `unknowns.${key}`, rule: `"${hypothesis}" is not a hypothesis of the file` }]);
  }
  return { key, hypothesis: hypothesis === file.baselineName ? undefined : hypothesis, field: field as NumericFieldName };
}

/** Writes values into a (validated) scenario file: baseline fields, or the patch (or `set`) of a hypothesis. */
function withValues<F extends ScenarioFile | ScenarioFileData>(file: F, targets: readonly Target[], values: readonly number[]): F {
  const baseline: Record<string, unknown> = { ...file.baseline };
  const hypotheses: Record<string, Record<string, unknown>> = { ...(file.hypotheses as Record<string, Record<string, unknown>>) };
  targets.forEach((t, j) => {
    if (t.hypothesis === undefined) {
      baseline[t.field] = values[j];
      return;
    }
    const h = { ...hypotheses[t.hypothesis] };
    if (Array.isArray(h.combine)) h.set = { ...(h.set as object | undefined), [t.field]: values[j] };
    else h[t.field] = values[j];
    hypotheses[t.hypothesis] = h;
  });
  return { ...file, baseline, hypotheses };
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

/**
 * The scenarios resolved once (baseline first), and for each the unknowns that reach it: an unknown reaches
 * the scenarios whose resolved value of its field comes from where the unknown is written (`provenance`: its
 * own scenario, the hypotheses that combine it, and for a baseline field every hypothesis that does not set
 * the field itself), so `resolveHypotheses` stays the one place that knows how patches combine. The file is
 * resolved with the unknowns written in, so that a hypothesis an unknown names sets its field: at the middle
 * of their ranges, else at the lower, else at the upper bounds. Undefined when it resolves at none of them.
 */
function reachOf(file: ScenarioFile, targets: readonly Target[], bounds: readonly { min: number; max: number }[]) {
  for (const at of [0.5, 0, 1]) {
    const scenarios = resolvedWith(
      file,
      targets,
      bounds.map((b) => b.min + (b.max - b.min) * at),
    );
    if (scenarios === undefined) continue;
    const reach = scenarios.map((s) => targets.flatMap((target, j) => (s.provenance[target.field] === (target.hypothesis ?? file.baselineName) ? [j] : [])));
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
    const first = targets.findIndex((u) => u.hypothesis === t.hypothesis && u.field === t.field);
    if (first < j) throw new InputError([{ path: `unknowns.${t.key}`, rule: `names the same input as unknowns.${targets[first]!.key}: give each input once` }]);
  });
  const bounds = Object.values(req.unknowns);
  const horizons = [...new Set(req.observed.map((o) => yearsToMonths(o.years)))];
  const failed = req.observed.map(() => 1e12);

  // Resolve and validate the file once; each evaluation then sets the unknowns on the resolved inputs
  // (withFieldValues checks each value and the additive churn rule, as resolving would).
  const probed = reachOf(file, targets, bounds);
  const inputsWith = (values: readonly number[]): readonly ScenarioInput[] | undefined => {
    if (probed === undefined) return resolvedWith(file, targets, values)?.map((s) => s.input);
    try {
      return probed.scenarios.map((s, k) => withFieldValues(s.input, Object.fromEntries(probed.reach[k]!.map((j) => [targets[j]!.field, values[j]]))));
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
    const npvs = inputs.map((input) => forecastNpv(input, horizons));
    return req.observed.map((o, i) => npvs[observedScenario[i]!]![observedHorizon[i]!]! - o.npv);
  };

  const fit = fitLeastSquares({ bounds, residuals, ...(req.seed === undefined ? {} : { seed: req.seed }) });
  const fitted = Object.fromEntries(targets.map((t, j) => [t.key, fit.params[j]!]));
  const scenarios = withValues(req.scenarios as ScenarioFileData, targets, fit.params);

  const comparison = compareScenarios(scenarios, { horizonsYears: [...new Set(req.observed.map((o) => o.years))] });
  const exact = req.observed.map((o) => {
    const horizon = comparison.horizons.find((h) => h.years === o.years)!;
    const model = horizon.results.find((r) => r.name === o.hypothesis)!.npv.toNumber();
    return { hypothesis: o.hypothesis, years: o.years, observed: o.npv, model, error: model - o.npv };
  });
  const errors = exact.map((r) => r.error);
  return {
    fitted,
    scenarios,
    residuals: exact,
    rms: Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length),
    maxAbsError: Math.max(...errors.map(Math.abs)),
    inseparable: inseparableGroups(
      targets.map((t) => t.key),
      bounds,
      fit.params,
      residuals,
    ),
    evaluations: fit.evaluations,
  };
}

/**
 * Groups of unknowns whose effects on the residuals are parallel at the fit
 * (|cosine| of their Jacobian columns above 0.9999), or that have no effect at all.
 */
function inseparableGroups(
  keys: readonly string[],
  bounds: readonly { min: number; max: number }[],
  params: readonly number[],
  residuals: (values: readonly number[]) => readonly number[],
): string[][] {
  const columns = params.map((p, j) => {
    const h = 1e-6 * (bounds[j]!.max - bounds[j]!.min);
    const up = [...params];
    const down = [...params];
    up[j] = p + h;
    down[j] = p - h;
    const ru = residuals(up);
    const rd = residuals(down);
    return ru.map((r, i) => (r - rd[i]!) / (2 * h));
  });
  const norm = (c: readonly number[]) => Math.sqrt(c.reduce((s, x) => s + x * x, 0));
  const groups: string[][] = [];
  const grouped = new Set<number>();
  columns.forEach((a, j) => {
    if (grouped.has(j)) return;
    if (norm(a) === 0) {
      groups.push([keys[j]!]);
      grouped.add(j);
      return;
    }
    const group = [j];
    for (let k = j + 1; k < columns.length; k++) {
      const b = columns[k]!;
      const cos = a.reduce((s, x, i) => s + x * b[i]!, 0) / (norm(a) * norm(b) || 1);
      if (Math.abs(cos) > 0.9999) group.push(k);
    }
    if (group.length > 1) {
      group.forEach((g) => grouped.add(g));
      groups.push(group.map((g) => keys[g]!));
    }
  });
  return groups;
}
