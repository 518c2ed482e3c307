import type { Retention } from './retention';
import type { Calculator } from '../calculator/calculator';
import { floatCalculator } from '../calculator/floatCalculator';
import type { Move } from './segments';
import type { SegmentFieldName } from './fields';

/** What {@link segmentValues} reads: the values in force over a run of months (a scenario input without its `changes`). */
export interface SegmentedValues extends PerSubscriberValues {
  readonly retention?: Retention | undefined;
  readonly segments?:
    Readonly<Record<string, Partial<Record<SegmentFieldName | 'share' | 'newSubscriberShare', number>> & { readonly retention?: Retention }>> | undefined;
  readonly moves?: readonly Move[] | undefined;
}

/** The per-subscriber fields (`segmentFieldNames`) a segment inherits or sets, in force. */
export type PerSubscriberValues = Readonly<Record<Exclude<SegmentFieldName, 'openRate'>, number>> & { readonly openRate?: number | undefined };

/** One segment's values in force: its own fields, else the scenario's. */
export interface SegmentValues extends PerSubscriberValues {
  /** The segment's name; undefined for the one segment of an unsegmented scenario. */
  readonly name: string | undefined;
  /** Where the segment's own fields are written: `['segments', name]`, or `[]` for an unsegmented scenario. */
  readonly path: readonly string[];
  /** Share of the list at month 1 (1 when unsegmented). */
  readonly share: number;
  /** Share of each month's new subscribers: its `newSubscriberShare`; else what the segments that give one leave, split by `share` (so its `share` when none gives one). */
  readonly newSubscriberShare: number;
  readonly openRate: number | undefined;
  /** The segment's retention by tenure, else the scenario's; undefined for constant churn. */
  readonly retention: Retention | undefined;
}

/**
 * A retention in force: `own` merged over `under` (a change may give only some of its fields), the defaults
 * (`model` "sBG", `periodMonths` 1, `existingTenureMonths` 0) where neither gives one; `under` when `own` is undefined.
 */
function retentionInForce(own: Partial<Retention> | undefined, under: Retention | undefined): Retention | undefined {
  if (own === undefined) return under;
  return { model: 'sBG', periodMonths: 1, existingTenureMonths: 0, ...under, ...own } as Retention;
}

/**
 * Each segment's share of new subscribers: its `newSubscriberShare` where it gives one; the segments
 * that give none split what the others leave in proportion to their `share`:
 *
 * ```
 * newShare_s = newSubscriberShare_s                                        (given)
 *            = share_s × max(0, 1 − Σ_given newSubscriberShare) / Σ_not given share   (not given)
 *            = share_s                                                     (none given)
 * ```
 * In the calculator's number type, so that the exact path splits exactly (1 − 0.7 is 0.3 there).
 *
 * @param calc - the arithmetic (exact or float)
 * @param segments - the segments' own `share` and `newSubscriberShare`, in order
 *
 * @example
 * newSubscriberShares(decimalCalculator, [{ share: 0.3, newSubscriberShare: 0.7 }, { share: 0.5 }, { share: 0.2 }]).map(String)
 * //=> ['0.7', '0.2142857142857142857142857142857142857143', '0.08571428571428571428571428571428571428571']
 */
export function newSubscriberShares<T>(
  calc: Calculator<T>,
  segments: readonly { readonly share?: number | undefined; readonly newSubscriberShare?: number | undefined }[],
): T[] {
  const { from, add, sub, mul, div, zero, one } = calc;
  if (!segments.some((own) => own.newSubscriberShare !== undefined)) return segments.map((own) => from(own.share ?? 0));
  let given = zero;
  let unsplit = zero;
  for (const own of segments) {
    if (own.newSubscriberShare !== undefined) given = add(given, from(own.newSubscriberShare));
    else unsplit = add(unsplit, from(own.share ?? 0));
  }
  const left = calc.compare(given, one) > 0 ? zero : sub(one, given);
  return segments.map((own) =>
    own.newSubscriberShare !== undefined
      ? from(own.newSubscriberShare)
      : calc.compare(unsplit, zero) > 0
        ? div(mul(from(own.share ?? 0), left), unsplit)
        : zero,
  );
}

/**
 * The segments of a run of months, in the order written, each with the value of every
 * per-subscriber field in force: the segment's own where it sets one, else the scenario's
 * (a segment's `retention` merges over the scenario's: a full one, as written at month 1, replaces it; a
 * change may give a part). New subscribers: a segment's `newSubscriberShare` where given; the segments that give none split what the others leave (1 − their sum) in proportion to
 * their `share` — so with none given, each takes its `share`. An unsegmented scenario is one segment
 * holding the whole list and all new subscribers. Pure.
 *
 * @param values - the values in force (a parsed input, or one run of months of {@link inputPeriods})
 *
 * @example
 * segmentValues({ ...parseScenarioInput(input), segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7 } } })
 *   .map((s) => [s.name, s.share, s.openRate])
 * //=> [['engaged', 0.3, 0.5], ['dormant', 0.7, 0.4]]
 */
export function segmentValues(values: SegmentedValues): SegmentValues[] {
  const inherited = {
    emailsPerMonth: values.emailsPerMonth,
    openRate: values.openRate,
    clickRate: values.clickRate,
    conversionRate: values.conversionRate,
    averageOrderValue: values.averageOrderValue,
    grossMargin: values.grossMargin,
    offEmailMultiplier: values.offEmailMultiplier,
    costPerThousandEmails: values.costPerThousandEmails,
    churnPerMonth: values.churnPerMonth,
    churnPerEmail: values.churnPerEmail,
    retention: retentionInForce(values.retention, undefined),
  };
  if (values.segments === undefined) return [{ name: undefined, path: [], share: 1, newSubscriberShare: 1, ...inherited }];
  const acquisition = newSubscriberShares(floatCalculator, Object.values(values.segments));
  return Object.entries(values.segments).map(([name, own], index) => {
    const segment: Record<string, unknown> = { name, path: ['segments', name], ...inherited };
    for (const [field, value] of Object.entries(own)) if (value !== undefined) segment[field] = value;
    segment.retention = retentionInForce(own.retention, inherited.retention);
    segment.share = own.share ?? 0;
    segment.newSubscriberShare = acquisition[index];
    return segment as unknown as SegmentValues;
  });
}
