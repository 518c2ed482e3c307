import { z } from 'zod';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { changeableFieldNames, fieldRules } from './fields';
import { MAX_MONTHS } from './horizon';
import { Retention, RetentionChange } from './retention';
import { Moves, Segments, SegmentsChange } from './segments';
import { crossFieldProblems } from './crossFieldProblems';

const r = fieldRules;

/** A calendar date written `YYYY-MM-DD` that exists (no 2025-02-30). */
export const IsoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((s) => isValid(parseISO(s)), { error: 'must be a date that exists (YYYY-MM-DD)' });

/**
 * The fields a change may set, all optional (an empty set changes nothing): the changeable fields,
 * `segments` (each merged into the segment of that name), `moves` (replacing the list in force) and
 * `retention` (merged into the retention in force).
 */
export const ChangeSet = z.strictObject({
  ...(Object.fromEntries(changeableFieldNames.map((k) => [k, r[k].optional()])) as {
    [K in (typeof changeableFieldNames)[number]]: z.ZodOptional<(typeof r)[K]>;
  }),
  segments: SegmentsChange.optional(),
  moves: Moves.optional(),
  retention: RetentionChange.optional(),
});

/** One change: from month `fromMonth` (1-based, inclusive) on, the fields in `set` take these values. */
export const Change = z.strictObject({
  fromMonth: z
    .number({ error: 'must be a whole month number, 1 or more' })
    .int({ error: 'must be a whole month number, 1 or more' })
    .min(1, { error: 'must be a whole month number, 1 or more (month 1 is the first month)' })
    .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS} (100 years)` }),
  set: ChangeSet,
});

const fieldsWithDefaults = {
  subscribers: r.subscribers,
  newSubscribersPerMonth: r.newSubscribersPerMonth.default(0),
  newSubscribersGrowthMonthly: r.newSubscribersGrowthMonthly.default(0),
  churnPerMonth: r.churnPerMonth.default(0),
  churnPerEmail: r.churnPerEmail.default(0),
  churnModel: r.churnModel.default('additive'),
  emailsPerMonth: r.emailsPerMonth,
  openRate: r.openRate.optional(),
  clickRate: r.clickRate,
  clickRateBasis: r.clickRateBasis.default('opens'),
  conversionRate: r.conversionRate,
  averageOrderValue: r.averageOrderValue,
  grossMargin: r.grossMargin.default(1),
  offEmailMultiplier: r.offEmailMultiplier.default(1),
  budgetPerMonth: r.budgetPerMonth.default(0),
  costPerThousandEmails: r.costPerThousandEmails.default(0),
  investment: r.investment.default(0),
  runningCostPerMonth: r.runningCostPerMonth.default(0),
  inflationAnnual: r.inflationAnnual.default(0),
  pricesFollowInflation: r.pricesFollowInflation.default(false),
  discountRateAnnual: r.discountRateAnnual,
  startDate: IsoDate.optional(),
  segments: Segments.optional(),
  moves: Moves.optional(),
  retention: Retention.optional(),
  // At most one change per month of the longest horizon.
  changes: z
    .array(Change, { error: 'must be a list of { fromMonth, set }' })
    .max(MAX_MONTHS, { error: `must hold at most ${MAX_MONTHS} changes` })
    .default([]),
};

/**
 * The schema of one scenario's inputs: the single source of truth for field names,
 * rules, defaults and the TypeScript types `ScenarioInput` (parsed, defaults filled)
 * and `ScenarioInputData` (what a user writes).
 *
 * Segments (`segments`, `moves`, `retention`): a list may be split into audiences, each inheriting
 * every per-subscriber field from the scenario and setting its own; moves carry a share of one
 * segment into another each month; retention by tenure (shifted-beta-geometric) replaces constant churn.
 * Cross-field rules: see `crossFieldProblems`.
 */
export const ScenarioInput = z
  .strictObject(fieldsWithDefaults)
  // Only once every field (a segment's and a move's too) is valid: a share of 1.5 is reported once, as a fraction out of range.
  .superRefine((input, ctx) => checkCrossFieldRules(input, ctx), { when: (payload) => payload.issues.length === 0 });

/**
 * Checks the cross-field rules of a scenario input whose fields are each valid (see `crossFieldProblems`),
 * adding an issue to `ctx` for each rule broken.
 *
 * @param input - the parsed fields, numbers in place of any distributions
 * @param ctx - the refinement's context
 *
 * @example
 * const issues: { message?: string }[] = [];
 * checkCrossFieldRules({ ...ScenarioInput.parse(input), openRate: undefined }, { addIssue: (issue) => issues.push(issue) } as z.RefinementCtx);
 * issues[0].message //=> 'is required when clickRateBasis is "opens" (click rate per open, CTOR)'
 */
export function checkCrossFieldRules(input: ScenarioInput, ctx: z.RefinementCtx): void {
  for (const { path, rule } of crossFieldProblems(input)) ctx.addIssue({ code: 'custom', path: [...path], message: rule });
}

/** A scenario input as written by a user (defaults may be left out). */
export type ScenarioInputData = z.input<typeof ScenarioInput>;
/** A validated scenario input with every default filled in. */
export type ScenarioInput = z.output<typeof ScenarioInput>;
/** One entry of `changes`. */
export type Change = z.output<typeof Change>;
