import { z } from 'zod';
import { IsoDate } from '../schema/scenarioInput';
import { textSchema } from '../schema/textSchema';

/** Most campaigns, list rows, retention periods and fitted rates the `history` key may hold. */
export const HISTORY_LIMITS = { campaigns: 20_000, list: 20_000, retention: 1_200, fitted: 400 } as const;

/** A count of people or emails: a finite number, 0 or more. */
const count = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .min(0, { error: `must be 0 or more (${what})` })
    .max(1e12, { error: `must be at most 1e12 (${what})` });
/** A fraction from 0 to 1. */
const rate = (what: string) =>
  z
    .number({ error: `must be a fraction from 0 to 1 (${what})` })
    .min(0, { error: `must be a fraction from 0 to 1 (${what})` })
    .max(1, { error: `must be a fraction from 0 to 1 (${what})` });
/** A central interval of fractions, `[low, high]` with low ≤ high. */
const band = (what: string) =>
  z
    .tuple([rate(`${what}, its low end`), rate(`${what}, its high end`)], { error: `must be [low, high], two fractions from 0 to 1 (${what})` })
    .refine(([low, high]) => low <= high, { error: `must have low ≤ high (${what})` })
    .readonly();

const Campaign = z.strictObject({
  date: IsoDate.optional(),
  name: textSchema(300).optional(),
  segment: textSchema(100).optional(),
  delivered: count('emails delivered'),
  openRate: rate('unique opens / delivered').optional(),
  clickRate: rate('unique clicks / delivered').optional(),
  conversionRate: rate('orders / clicks').optional(),
  churnPerEmail: rate('(unsubscribes + complaints + hard bounces) / delivered').optional(),
});

/** The names of the rates drawn, as a field path ends: `openRate`, `segments.engaged.openRate`. */
const ratePath = /^(segments\.[^.]{1,100}\.)?(openRate|clickRate|conversionRate|churnPerEmail)$/;

const Fitted = z.strictObject({
  mean: rate('the fitted long-run mean'),
  meanBand: band('the central 90 % interval of the mean'),
  campaignBand: band('the central 90 % of single campaigns'),
});

/**
 * The schema of the optional `"history"` key of a scenario file: what a user's history showed, written
 * by `fit` so that the report can draw it ("What your history says"); `compare`, `simulate` and
 * `calibrate` ignore it, `calibrate --write` keeps it. Its shape is `HistoryEvidence`:
 *
 * - `campaigns`: each campaign's `delivered` (emails) and observed rates — `openRate` (opens / delivered),
 *   `clickRate` (clicks / delivered), `conversionRate` (orders / clicks), `churnPerEmail`
 *   ((unsubscribes + complaints + hard bounces) / delivered) — with its `date` (YYYY-MM-DD), `name` and `segment` when known;
 * - `fitted`: per rate (`openRate`, `clickRate` per delivered email, `conversionRate`, `churnPerEmail`, or
 *   `segments.<name>.<rate>` when segmented) the fitted `mean` and the central 90 % `meanBand` and `campaignBand`;
 * - `list`: the list's size by `date`, `subscribers` as observed and as `fitted`;
 * - `retention`: by `period` (0, 1, …), the share `observed` alive, the `fitted` sBG share and how many were `atRisk`.
 *
 * Rates are fractions from 0 to 1, counts finite and 0 or more, sizes bounded ({@link HISTORY_LIMITS}).
 *
 * @example
 * HistoryEvidence.parse({ campaigns: [{ date: '2025-01-07', delivered: 20000, openRate: 0.31 }] }).campaigns[0].openRate //=> 0.31
 * HistoryEvidence.safeParse({ campaigns: [{ delivered: 100, openRate: 1.2 }] }).error.issues[0].path //=> ['campaigns', 0, 'openRate']
 */
export const HistoryEvidence = z.strictObject(
  {
    campaigns: z
      .array(Campaign, {
        error: 'must be a list of campaigns, each { date?, name?, segment?, delivered, openRate?, clickRate?, conversionRate?, churnPerEmail? }',
      })
      .max(HISTORY_LIMITS.campaigns, { error: `must hold at most ${HISTORY_LIMITS.campaigns} campaigns` })
      .optional(),
    fitted: z
      .record(
        z.string().regex(ratePath, { error: 'must name a rate: openRate, clickRate, conversionRate or churnPerEmail, or segments.<name>.<rate>' }),
        Fitted,
        { error: 'must be an object: rate → { mean, meanBand, campaignBand }' },
      )
      .refine((fitted) => Object.keys(fitted).length <= HISTORY_LIMITS.fitted, { error: `must hold at most ${HISTORY_LIMITS.fitted} rates` })
      .optional(),
    list: z
      .array(z.strictObject({ date: IsoDate, subscribers: count('subscribers observed'), fitted: count('subscribers fitted') }), {
        error: 'must be a list of { date, subscribers, fitted }',
      })
      .max(HISTORY_LIMITS.list, { error: `must hold at most ${HISTORY_LIMITS.list} rows` })
      .optional(),
    retention: z
      .array(
        z.strictObject({
          period: z
            .number({ error: 'must be a whole number of periods' })
            .int({ error: 'must be a whole number of periods' })
            .min(0, { error: 'must be 0 or more' })
            .max(HISTORY_LIMITS.retention, { error: `must be at most ${HISTORY_LIMITS.retention}` }),
          observed: rate('share alive, observed'),
          fitted: rate('share alive, fitted'),
          atRisk: count('people observed at this period'),
        }),
        { error: 'must be a list of { period, observed, fitted, atRisk }' },
      )
      .max(HISTORY_LIMITS.retention + 1, { error: `must hold at most ${HISTORY_LIMITS.retention + 1} periods` })
      .superRefine((rows, ctx) => {
        rows.forEach((row, i) => {
          if (i > 0 && row.period <= rows[i - 1]!.period)
            ctx.addIssue({ code: 'custom', path: [i, 'period'], message: 'must be later than the period before (periods strictly increase)' });
        });
      })
      .optional(),
  },
  { error: 'must be an object: { campaigns?, fitted?, list?, retention? } (what fit wrote)' },
);

/** The `history` of a scenario file, validated. */
export type HistoryEvidence = z.output<typeof HistoryEvidence>;
