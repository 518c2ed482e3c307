import type { Retention } from './retention';
import type { Move } from './segments';
import type { SegmentFieldName } from './fields';

/** What {@link segmentValues} reads: the values in force over a run of months (a scenario input without its `changes`). */
export interface SegmentedValues {
  readonly emailsPerMonth: number;
  readonly openRate?: number | undefined;
  readonly clickRate: number;
  readonly conversionRate: number;
  readonly averageOrderValue: number;
  readonly grossMargin: number;
  readonly offEmailMultiplier: number;
  readonly costPerThousandEmails: number;
  readonly churnPerMonth: number;
  readonly churnPerEmail: number;
  readonly retention?: Retention | undefined;
  readonly segments?:
    Readonly<Record<string, Partial<Record<SegmentFieldName | 'share' | 'newSubscriberShare', number>> & { readonly retention?: Retention }>> | undefined;
  readonly moves?: readonly Move[] | undefined;
}

/** One segment's values in force: its own fields, else the scenario's. */
export interface SegmentValues {
  /** The segment's name; undefined for the one segment of an unsegmented scenario. */
  readonly name: string | undefined;
  /** Where the segment's own fields are written: `['segments', name]`, or `[]` for an unsegmented scenario. */
  readonly path: readonly string[];
  /** Share of the list at month 1 (1 when unsegmented). */
  readonly share: number;
  /** Share of each month's new subscribers: its `newSubscriberShare`; else what the segments that give one leave, split by `share` (so its `share` when none gives one). */
  readonly newSubscriberShare: number;
  readonly emailsPerMonth: number;
  readonly openRate: number | undefined;
  readonly clickRate: number;
  readonly conversionRate: number;
  readonly averageOrderValue: number;
  readonly grossMargin: number;
  readonly offEmailMultiplier: number;
  readonly costPerThousandEmails: number;
  readonly churnPerMonth: number;
  readonly churnPerEmail: number;
  /** The segment's retention by tenure, else the scenario's; undefined for constant churn. */
  readonly retention: Retention | undefined;
}

/**
 * The segments of a run of months, in the order written, each with the value of every
 * per-subscriber field in force: the segment's own where it sets one, else the scenario's
 * (a segment's `retention` replaces the scenario's whole). New subscribers: a segment's `newSubscriberShare`
 * where given; the segments that give none split what the others leave (1 − their sum) in proportion to
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
    retention: values.retention,
  };
  if (values.segments === undefined) return [{ name: undefined, path: [], share: 1, newSubscriberShare: 1, ...inherited }];
  const written = Object.values(values.segments);
  const given = written.reduce((sum, own) => sum + (own.newSubscriberShare ?? 0), 0);
  const unsplit = written.reduce((sum, own) => sum + (own.newSubscriberShare === undefined ? (own.share ?? 0) : 0), 0);
  const anyGiven = written.some((own) => own.newSubscriberShare !== undefined);
  return Object.entries(values.segments).map(([name, own]) => {
    const segment: Record<string, unknown> = { name, path: ['segments', name], ...inherited };
    for (const [field, value] of Object.entries(own)) if (value !== undefined) segment[field] = value;
    segment.share = own.share ?? 0;
    const share = own.share ?? 0;
    segment.newSubscriberShare = own.newSubscriberShare ?? (!anyGiven ? share : unsplit > 0 ? (share / unsplit) * Math.max(0, 1 - given) : 0);
    return segment as unknown as SegmentValues;
  });
}
