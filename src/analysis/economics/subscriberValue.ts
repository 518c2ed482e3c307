import type Decimal from 'decimal.js';
import { z } from 'zod';
import { decimalCalculator as dc } from '../../calculator/decimalCalculator';
import { runModel } from '../../model/runModel';
import type { ChangeableFieldName } from '../../schema/fields';
import { inputPeriods } from '../../schema/inputPeriods';
import { parseScenarioInput } from '../../schema/parseScenarioInput';
import { parseWith } from '../../schema/parseWith';
import { retentionFieldRules } from '../../schema/retention';
import { newSubscriberShares, segmentValues } from '../../schema/segmentValues';
import { withFieldValues } from '../../schema/withFieldValues';
import { optionsArgument } from '../../errors/optionsArgument';
import { analysisMonths } from '../cashflow/analysisMonths';
import { steadyStateSubscriberValue } from './steadyStateSubscriberValue';
import type { ScenarioInput, ScenarioInputData } from '../../schema/scenarioInput';

const Options = z.strictObject({
  years: z.number().optional(),
  months: z.number().optional(),
  tenureMonths: retentionFieldRules.existingTenureMonths.optional(),
});

/** `{ years }` or `{ months }` (5 years when neither is given), and the tenure of the subscriber valued. */
export interface SubscriberValueOptions {
  /** Horizon in years (whose twelfths are whole months). */
  readonly years?: number;
  /** Horizon in months. */
  readonly months?: number;
  /** n: completed months of tenure of the subscriber valued, at the start of month 1 (matters with retention by tenure); default: the list's own (`existingTenureMonths`). */
  readonly tenureMonths?: number;
}

/** The value of one subscriber who starts month 1 in one segment (moves carry them on into others). */
export interface SegmentSubscriberValue {
  /** Share of the list in this segment at month 1. */
  readonly share: number;
  /** Share of each month's new subscribers who join this segment (month 1). */
  readonly newSubscriberShare: number;
  /** The value of one subscriber of this segment at tenure `tenureMonths` (money at the start of month 1, exact). */
  readonly value: Decimal;
  /** The value of a new subscriber (tenure 0) who joins this segment. */
  readonly newSubscriberValue: Decimal;
  /** v: gross profit one subscriber of this segment brings in month 1. */
  readonly grossProfitPerMonth: Decimal;
  /** c: share of them lost in month 1. */
  readonly lossShareMonthly: Decimal;
  /** v / (c + d) when churn is constant (`constantChurn`), else null; null too when c + d ≤ 0 (unbounded). */
  readonly steadyStateValue: Decimal | null;
}

/** The result of {@link subscriberValue}: the value of one subscriber, exact. */
export interface SubscriberValue {
  /** M: months valued. */
  readonly months: number;
  /** n: the tenure valued (completed months at the start of month 1), or undefined: each segment at its list's `existingTenureMonths`. */
  readonly tenureMonths: number | undefined;
  /** One subscriber of the list at month 1 (split among segments by `share`), at tenure n: Σ_{m=1..M} S_m × v_m × DF_m by running the model (money at the start of month 1, exact). */
  readonly value: Decimal;
  /** A new subscriber (tenure 0, split among segments by `newSubscriberShare`), valued as it joins: the LTV to set against the cost of acquiring one. */
  readonly newSubscriberValue: Decimal;
  /** v: gross profit one subscriber of the list brings in month 1 (money per subscriber per month). */
  readonly grossProfitPerMonth: Decimal;
  /** c: share of the list lost in month 1, 1 − keep (fraction per month; with retention, the churn of tenure n + 1). */
  readonly lossShareMonthly: Decimal;
  /** d: discount rate per month, (1 + discountRateAnnual)^(1/12) − 1 (fraction per month), read from the model's month-1 discount factor as 1 / DF₁ − 1. */
  readonly discountRateMonthly: Decimal;
  /** v / (c + d) (segmented: Σ share × each segment's) when `constantChurn`: the value over an infinite horizon if the inputs stay as in month 1; null when churn is not constant or c + d ≤ 0 (unbounded). */
  readonly steadyStateValue: Decimal | null;
  /** True when nothing that drives v, c or d changes over time (no such `changes`, no prices following inflation). */
  readonly constantInputs: boolean;
  /** True when each subscriber's churn is the same every month: no retention by tenure and no moves between segments (then the closed form applies). */
  readonly constantChurn: boolean;
  /** Each segment's values, in the order written, when the scenario has segments. */
  readonly segments?: Readonly<Record<string, SegmentSubscriberValue>>;
}

/** Fields zeroed to isolate one subscriber's gross profit: the list, acquisition and every cost. */
const isolated = { subscribers: 1, newSubscribersPerMonth: 0, investment: 0, budgetPerMonth: 0, runningCostPerMonth: 0, costPerThousandEmails: 0 } as const;
const zeroedChangeable: readonly string[] = [
  'newSubscribersPerMonth',
  'budgetPerMonth',
  'runningCostPerMonth',
  'costPerThousandEmails',
] satisfies ChangeableFieldName[];
/** A segment's fields a change may set that do not bear on one subscriber's gross profit (acquisition, sending costs). */
const zeroedSegmentFields: readonly string[] = ['newSubscriberShare', 'costPerThousandEmails'];

/**
 * The value of one subscriber: the discounted gross profit a subscriber brings over the horizon while
 * they stay (metrics.md's LTV, per subscriber), for a subscriber of the list at month 1 and for a new one.
 *
 * ```
 * value_M = Σ_{m=1..M} S_m × v_m × DF_m                    (model run, exact; money per subscriber at the start of month 1)
 * S_m     = share of the subscriber still there at the start of month m (S_1 = 1)
 * v_m     = emailsPerMonth × ordersPerEmail × AOV × offEmailMultiplier × grossMargin   (× price index if prices follow inflation)
 * DF_m    = (1 + discountRateAnnual)^(−m/12)
 * constant churn (inputs constant, M → ∞):  value_∞ = v / (c + d),  c = 1 − keep, d = (1 + discountRateAnnual)^(1/12) − 1
 * retention by tenure (sBG, monthly periods, tenure n):  S_m = S(n + m − 1) / S(n),  S(t) = B(α, β + t) / B(α, β)
 * ```
 * `value` runs the model itself on one subscriber (no acquisition, no investment, no costs), so `changes`,
 * compound churn, price inflation, segments, moves and retention by tenure are all honoured; with segments
 * it runs one subscriber per segment (`segments`) and weighs them by `share` (`value`) and by
 * `newSubscriberShare` (`newSubscriberValue`). d is read from the model's month-1 discount factor.
 * `steadyStateValue` is the closed form of {@link steadyStateSubscriberValue} on month 1's v, c and d,
 * given only where churn is constant; with retention by tenure there is no such form: churn falls as
 * the subscriber stays, and `value` over a long horizon is the infinite sum.
 *
 * Timing, against Fader & Hardie's DERL (2010): the library's flows are at each month's end, and a
 * subscriber on the list at the start of a month receives its emails before deciding, at the month's end,
 * whether to stay. F&H's customer pays at the start of each period, just after renewing; their
 * DERL(n) = Σ_{k≥0} S(n+k)/S(n−1) × (1+d)^−k is valued just before the n-th renewal decision, one who
 * made n − 1 renewals — a subscriber with tenure n − 1 here. The library's flows are F&H's payments one
 * period later, so with v = 1 and monthly periods
 *
 * ```
 * value(n − 1) = [1 + DERL(n) / (1 + d)] / (1 + d)      ⇔      DERL(n) = (1 + d) × [(1 + d) × value(n − 1) − 1]
 * ```
 * (the period under way, paid up front in F&H, is the library's month-1 flow).
 *
 * @param input - a scenario input (validated here)
 * @param options - `{ years }` or `{ months }` (default 5 years), `tenureMonths?`
 * @returns the model-run values, the closed form where churn is constant, the v, c, d behind them, and each segment's
 * @throws {InputError} for bad input, horizon or tenure
 *
 * @example
 * subscriberValue({ subscribers: 4000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, conversionRate: 0.05,
 *   averageOrderValue: 100, churnPerMonth: 0.02, discountRateAnnual: 0 }, { months: 1200 }).steadyStateValue.toString()
 * //=> '20'   (v = 2 × 0.002 × 100 = 0.4 a month, c = 0.02, d = 0: 0.4 / 0.02)
 * const loyal = subscriberValue({ subscribers: 1, emailsPerMonth: 1, clickRate: 1, clickRateBasis: 'delivered', conversionRate: 1,
 *   averageOrderValue: 1, discountRateAnnual: 0, retention: { model: 'sBG', alpha: 1, beta: 1 } }, { months: 3, tenureMonths: 1 });
 * loyal.value.toFixed(4) //=> '2.1667'   (1 + 2/3 + 2/3 × 3/4: churn 1/3 after month 2 of tenure, 1/4 after month 3)
 */
export function subscriberValue(input: ScenarioInputData, options: SubscriberValueOptions = {}): SubscriberValue {
  const parsed = parseScenarioInput(input);
  const { years, months: monthsOption, tenureMonths } = parseWith(Options, optionsArgument(options));
  const months = analysisMonths({ years, months: monthsOption }, 5);
  const changes = parsed.changes.map((change) => ({ ...change, set: withoutCosts(change.set) }));
  const base = { ...parsed, changes };
  const segments = segmentValues(parsed);
  const constantChurn = inputPeriods(parsed).every(
    (run) => (run.values.moves ?? []).length === 0 && segmentValues(run.values).every((s) => s.retention === undefined),
  );
  const tenureMatters = segments.some((segment) => segment.retention !== undefined) || parsed.changes.some((change) => change.set.retention !== undefined);
  const values = segments.map((segment, index) => {
    const run = (tenure: number | undefined) => oneSubscriber(withTenure(base, tenure, parsed.segments === undefined ? undefined : index), months);
    const atTenure = run(tenureMonths);
    const listTenure = tenureMonths ?? segment.retention?.existingTenureMonths ?? 0;
    const newcomer = !tenureMatters || listTenure === 0 ? atTenure : run(0);
    const steady = constantChurn
      ? steadyStateSubscriberValue({ valuePerMonth: atTenure.v, lossShareMonthly: atTenure.c, discountRateMonthly: atTenure.d })
      : null;
    return { segment, atTenure, newcomer, steady };
  });
  // Exact shares of new subscribers (a segment that gives none takes a part of what the others leave).
  const acquisition = parsed.segments === undefined ? [dc.one] : newSubscriberShares(dc, Object.values(parsed.segments));
  const weighted = (pick: (value: (typeof values)[number]) => Decimal, weight: (segment: (typeof segments)[number], index: number) => number | Decimal) =>
    values.reduce<Decimal>((sum, value, index) => sum.plus(pick(value).times(weight(value.segment, index))), dc.zero);
  const byShare = (pick: (value: (typeof values)[number]) => Decimal) => weighted(pick, (segment) => segment.share);
  const steadyStateValue = values.every((value) => value.steady !== null) ? byShare((value) => value.steady!) : null;
  return {
    months,
    tenureMonths,
    value: byShare((value) => value.atTenure.value),
    newSubscriberValue: weighted(
      (value) => value.newcomer.value,
      (_, index) => acquisition[index]!,
    ),
    grossProfitPerMonth: byShare((value) => value.atTenure.v),
    lossShareMonthly: byShare((value) => value.atTenure.c),
    discountRateMonthly: values[0]!.atTenure.d,
    steadyStateValue,
    constantInputs: changes.every((c) => Object.keys(c.set).length === 0) && !(parsed.pricesFollowInflation && parsed.inflationAnnual !== 0),
    constantChurn,
    ...(parsed.segments !== undefined && {
      segments: Object.fromEntries(
        values.map(({ segment, atTenure, newcomer, steady }) => [
          segment.name!,
          {
            share: segment.share,
            newSubscriberShare: segment.newSubscriberShare,
            value: atTenure.value,
            newSubscriberValue: newcomer.value,
            grossProfitPerMonth: atTenure.v,
            lossShareMonthly: atTenure.c,
            steadyStateValue: steady,
          },
        ]),
      ),
    }),
  };
}

/** A change's `set` without what one subscriber's gross profit does not depend on (acquisition, costs), empty parts dropped. */
function withoutCosts(set: ScenarioInput['changes'][number]['set']): ScenarioInput['changes'][number]['set'] {
  const kept: Record<string, unknown> = Object.fromEntries(Object.entries(set).filter(([field]) => !zeroedChangeable.includes(field)));
  if (set.segments !== undefined) {
    const segments = Object.fromEntries(
      Object.entries(set.segments)
        .map(([name, patch]) => [name, Object.fromEntries(Object.entries(patch).filter(([field]) => !zeroedSegmentFields.includes(field)))] as const)
        .filter(([, patch]) => Object.keys(patch).length > 0),
    );
    if (Object.keys(segments).length > 0) kept.segments = segments;
    else delete kept.segments;
  }
  return kept as ScenarioInput['changes'][number]['set'];
}

/**
 * The isolated one-subscriber input: every retention at tenure `tenure` (when given); with segments, the
 * subscriber in segment `at` (its share 1, the others 0), every segment's sending cost 0 and its month-1
 * share of new subscribers written out (acquisition is 0, the shares only need to stay valid).
 */
function withTenure(input: ScenarioInput, tenure: number | undefined, at: number | undefined): ScenarioInput {
  const retained = <R extends { readonly existingTenureMonths: number }>(retention: R | undefined): R | undefined =>
    retention === undefined || tenure === undefined ? retention : { ...retention, existingTenureMonths: tenure };
  const month1 = segmentValues(input);
  const segments =
    input.segments === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(input.segments).map(([name, own], index) => [
            name,
            {
              ...own,
              share: index === at ? 1 : 0,
              newSubscriberShare: month1[index]!.newSubscriberShare,
              costPerThousandEmails: 0,
              ...(own.retention !== undefined && { retention: retained(own.retention) }),
            },
          ]),
        );
  return withFieldValues(
    { ...input, ...(input.retention !== undefined && { retention: retained(input.retention) }), ...(segments !== undefined && { segments }) },
    isolated,
  );
}

/** Runs the model on one isolated subscriber: the value, and month 1's gross profit v, loss share c and discount rate d. */
function oneSubscriber(input: ScenarioInput, months: number) {
  const run = runModel(dc, input, { months, keepRows: true });
  const first = run.rows[0]!;
  return { value: run.npv, v: first.grossProfit, c: first.subscribersLost, d: dc.sub(dc.div(dc.one, first.discountFactor), dc.one) };
}
