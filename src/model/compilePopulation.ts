import type { Calculator } from '../calculator/calculator';
import { inputPeriods } from '../schema/inputPeriods';
import { sbgChurnOf } from '../schema/sbgChurn';
import { newSubscriberShares, segmentValues } from '../schema/segmentValues';
import { segmentFieldNames } from '../schema/fields';
import type { ScenarioInput } from '../schema/scenarioInput';
import { type CompiledPeriod, compileCheckedPeriods, compileValues, keepFactor, sendingFactor } from './compilePeriods';

/** One segment's factors over a run of months, in the calculator's number type. */
export interface CompiledSegment<T> {
  /** The segment's name; undefined for the one segment of an unsegmented scenario. */
  readonly name: string | undefined;
  /** Share kept in a month that ends no period of retention (with constant churn: every month), see `keepFactor`. */
  readonly keep: T;
  readonly emailsPerMonth: T;
  readonly ordersPerEmail: T;
  readonly revenuePerOrder: T;
  readonly grossMargin: T;
  readonly costPerEmail: T;
  /** Share of each month's new subscribers who join this segment. */
  readonly newSubscriberShare: T;
  /** Retention by tenure, or undefined for constant churn. */
  readonly retention: SegmentRetention<T> | undefined;
}

/** Retention by tenure of one segment over a run of months. */
export interface SegmentRetention<T> {
  /** Months in one period of tenure. */
  readonly periodMonths: number;
  /** The share kept in a month that ends the k-th period of a cohort's tenure (k ≥ 1): `keepFactor` with churn α / (α + β + k − 1), computed at each call. */
  readonly keepAtPeriodEnd: (k: number) => T;
}

/** One move: each month, `share` of segment `from`'s subscribers join segment `to` (segments by index). */
export interface CompiledMove<T> {
  readonly from: number;
  readonly to: number;
  readonly share: T;
}

/** A run of months of a population: the scenario-wide factors, the segments' and the moves. */
export interface PopulationPeriod<T> {
  /** The scenario-wide factors (fixed costs, inflation, discount, acquisition) and the run's first month. */
  readonly factors: CompiledPeriod<T>;
  readonly segments: readonly CompiledSegment<T>[];
  readonly moves: readonly CompiledMove<T>[];
}

/** The plan the population engine runs: the runs of months, and how it holds the list. */
export interface PopulationPlan<T> {
  readonly periods: readonly PopulationPeriod<T>[];
  /** The segments' names in the order written (one undefined name when unsegmented). */
  readonly segmentNames: readonly (string | undefined)[];
  /** True when some segment has retention by tenure in some month: the list is then held by cohort, else one number per segment. */
  readonly tracksTenure: boolean;
  /** Completed months of tenure of each segment's list at the start of month 1 (its retention's `existingTenureMonths`, else the scenario's, else 0). */
  readonly existingTenureMonths: readonly number[];
}

/**
 * True when the input is one homogeneous list with constant churn in every month — no `segments`,
 * `moves` or `retention`, neither from month 1 nor in `changes` — so that the model runs it as one number
 * a month (every file written before segments existed).
 *
 * @example
 * isOneList(parseScenarioInput(articleBaseline)) //=> true
 */
export function isOneList(input: ScenarioInput): boolean {
  if (input.segments !== undefined || input.moves !== undefined || input.retention !== undefined) return false;
  for (const change of input.changes)
    if (change.set.segments !== undefined || change.set.moves !== undefined || change.set.retention !== undefined) return false;
  return true;
}

/**
 * True when some segment has retention by tenure in some month (from month 1 or from a change): the
 * engine then holds the list by cohort, since a subscriber's churn depends on their tenure.
 *
 * @example
 * compilesToCohorts(parseScenarioInput({ ...articleBaseline, churnPerMonth: 0, retention: { alpha: 0.7, beta: 1.2 } })) //=> true
 */
export function compilesToCohorts(input: ScenarioInput): boolean {
  const hasRetention = (values: { readonly retention?: unknown; readonly segments?: Readonly<Record<string, { readonly retention?: unknown }>> }) =>
    values.retention !== undefined || Object.values(values.segments ?? {}).some((segment) => segment.retention !== undefined);
  return hasRetention(input) || input.changes.some((change) => hasRetention(change.set));
}

/**
 * Compiles a population: each run of months (see `inputPeriods`) with each segment's factors, computed
 * by `compilePeriods`' formulas from the segment's values in force (`segmentValues`), and its moves.
 * Retention keep factors are computed when the engine needs them (it keeps them in a table by tenure).
 *
 * @param calc - the arithmetic (exact or float)
 * @param input - a parsed scenario input (checked at the model's entry)
 */
export function compilePopulation<T>(calc: Calculator<T>, input: ScenarioInput): PopulationPlan<T> {
  const scenarioPeriods = compileCheckedPeriods(calc, input);
  const runs = inputPeriods(input);
  const segmentsOfRuns = runs.map((run) => segmentValues(run.values));
  const first = segmentsOfRuns[0]!;
  const segmentNames = first.map((segment) => segment.name);
  const existingTenureMonths = first.map((segment) => segment.retention?.existingTenureMonths ?? input.retention?.existingTenureMonths ?? 0);
  const periods = runs.map((run, index) => {
    // The run's values with each segment's per-subscriber fields written over them in turn.
    const values: Record<string, unknown> = { ...run.values };
    const acquisition = run.values.segments === undefined ? [calc.one] : newSubscriberShares(calc, Object.values(run.values.segments));
    const segments = segmentsOfRuns[index]!.map((segment, s): CompiledSegment<T> => {
      for (const field of segmentFieldNames) values[field] = segment[field];
      const factors = compileValues(calc, values as unknown as Omit<ScenarioInput, 'changes'>);
      return {
        name: segment.name,
        keep: factors.keep,
        emailsPerMonth: factors.emailsPerMonth,
        ordersPerEmail: factors.ordersPerEmail,
        revenuePerOrder: factors.revenuePerOrder,
        grossMargin: factors.grossMargin,
        costPerEmail: factors.costPerEmail,
        newSubscriberShare: acquisition[s]!,
        retention: segment.retention === undefined ? undefined : retentionOf(calc, segment, run.values.churnModel, segment.retention),
      };
    });
    const moves = (run.values.moves ?? []).map((move) => ({
      from: segmentNames.indexOf(move.from),
      to: segmentNames.indexOf(move.to),
      share: calc.from(move.sharePerMonth),
    }));
    return { factors: scenarioPeriods[index]!, segments, moves };
  });
  return { periods, segmentNames, tracksTenure: compilesToCohorts(input), existingTenureMonths };
}

/** The retention of a segment: its keep factor at the end of the k-th period of tenure (the engine keeps each it uses). */
function retentionOf<T>(
  calc: Calculator<T>,
  segment: { readonly churnPerEmail: number; readonly emailsPerMonth: number },
  churnModel: 'additive' | 'compound',
  retention: { readonly alpha: number; readonly beta: number; readonly periodMonths: number },
): SegmentRetention<T> {
  const values = { churnModel, churnPerEmail: segment.churnPerEmail, emailsPerMonth: segment.emailsPerMonth };
  const sending = sendingFactor(calc, values);
  const churn = sbgChurnOf(calc, retention.alpha, retention.beta);
  return {
    periodMonths: retention.periodMonths,
    keepAtPeriodEnd: (k) => keepFactor(calc, values, churn(k), sending),
  };
}
