import { z } from 'zod';

/**
 * The rules of every numeric and option field of a scenario input, with no defaults,
 * so that the full input, a patch and a `changes[].set` share one definition.
 * Rates are fractions (0.4 means 40 %), money is in the scenario's currency, time in months.
 */

/** Largest count or amount accepted: keeps every float-path value far from overflow. */
export const MAX_AMOUNT = 1e12;

const amount = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .min(0, { error: `must be 0 or more (${what})` })
    .max(MAX_AMOUNT, { error: `must be at most ${MAX_AMOUNT} (${what})` });

const fraction = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .min(0, { error: `must be a fraction from 0 to 1, e.g. 0.4 for 40 % (${what})` })
    .max(1, { error: `must be a fraction from 0 to 1, e.g. 0.4 for 40 % (${what})` });

const growthRate = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .gt(-1, { error: `must be greater than -1, a fraction: 0.03 for +3 % (${what})` })
    .max(10, { error: `must be at most 10, a fraction: 0.03 for +3 % (${what})` });

/** The zod rule of every input field, by name: the one definition the input, patch and change schemas share. */
export const fieldRules = {
  /** Pe: subscribers on the list at the start of month 1 (people). */
  subscribers: amount('subscribers on the list at the start, people'),
  /** Pn: new subscribers who join in month 1 (people per month). */
  newSubscribersPerMonth: amount('new subscribers in the first month, people per month'),
  /** g: monthly growth of acquisition: new subscribers in month m are Pn × (1 + g)^(m−1) (fraction per month). */
  newSubscribersGrowthMonthly: growthRate('monthly growth of new subscribers'),
  /** c: share of the list lost every month whatever is sent (fraction per month). */
  churnPerMonth: fraction('share of the list lost each month'),
  /** DR: share of the list lost per email sent (fraction per email). */
  churnPerEmail: fraction('share of the list lost per email sent'),
  /** How the two churns combine: additive 1 − c − DR·e, or compound (1 − c)(1 − DR)^e. */
  churnModel: z.enum(['additive', 'compound'], { error: 'must be "additive" or "compound"' }),
  /** e: emails sent to each subscriber per month. */
  emailsPerMonth: z
    .number({ error: 'must be a number (emails per subscriber per month)' })
    .min(0, { error: 'must be 0 or more (emails per subscriber per month)' })
    .max(1000, { error: 'must be at most 1000 (emails per subscriber per month)' }),
  /** OR: opens / delivered emails. */
  openRate: fraction('opens per delivered email'),
  /** Click rate: clicks / opens (CTOR) or clicks / delivered (CTR), see `clickRateBasis`. */
  clickRate: fraction('clicks per open (CTOR) or per delivered email (CTR)'),
  /** What `clickRate` is a share of: "opens" (CTOR) or "delivered" (CTR). */
  clickRateBasis: z.enum(['opens', 'delivered'], {
    error: 'must be "opens" (click rate is CTOR, clicks per open) or "delivered" (CTR, clicks per delivered email)',
  }),
  /** CR: orders / clicks. */
  conversionRate: fraction('orders per click'),
  /** AOV: revenue per order (money). */
  averageOrderValue: amount('revenue per order, money'),
  /** Gross margin: gross profit / revenue (fraction). */
  grossMargin: fraction('gross profit per unit of revenue'),
  /** Revenue multiplier for sales email drives through other channels (1 = none). */
  offEmailMultiplier: z
    .number({ error: 'must be a number (revenue multiplier for off-email sales)' })
    .min(0, { error: 'must be 0 or more (revenue multiplier for off-email sales, 1 = none)' })
    .max(100, { error: 'must be at most 100 (revenue multiplier for off-email sales, 1 = none)' }),
  /** B: fixed email budget per month: wages, software (money per month). */
  budgetPerMonth: amount('fixed email budget, money per month'),
  /** Variable sending cost per 1,000 emails sent (money per 1,000 emails). */
  costPerThousandEmails: amount('sending cost, money per 1,000 emails'),
  /** C: one-off investment paid at t = 0, before month 1 (money). */
  investment: amount('one-off investment paid up front, money'),
  /** Running cost of the investment, per month (money per month). */
  runningCostPerMonth: amount('running cost of the investment, money per month'),
  /** i: annual inflation of costs (fraction per year). */
  inflationAnnual: growthRate('annual inflation'),
  /** When true, the average order value rises with inflation too. */
  pricesFollowInflation: z.boolean({ error: 'must be true or false' }),
  /** r: annual discount rate, effective (fraction per year). */
  discountRateAnnual: growthRate('annual discount rate'),
} as const;

/** Field names that may be changed from a month on (`changes[].set`). */
export const changeableFieldNames = [
  'newSubscribersPerMonth',
  'newSubscribersGrowthMonthly',
  'churnPerMonth',
  'churnPerEmail',
  'emailsPerMonth',
  'openRate',
  'clickRate',
  'conversionRate',
  'averageOrderValue',
  'grossMargin',
  'offEmailMultiplier',
  'budgetPerMonth',
  'costPerThousandEmails',
  'runningCostPerMonth',
  'inflationAnnual',
  'discountRateAnnual',
] as const;

/**
 * The per-subscriber fields a segment may set for itself (`segments.engaged.openRate`); a segment
 * that leaves one out inherits the scenario's value. `retention` may be set per segment too.
 */
export const segmentFieldNames = [
  'emailsPerMonth',
  'openRate',
  'clickRate',
  'conversionRate',
  'averageOrderValue',
  'grossMargin',
  'offEmailMultiplier',
  'costPerThousandEmails',
  'churnPerMonth',
  'churnPerEmail',
] as const;

/** The name of a per-subscriber field a segment may set. */
export type SegmentFieldName = (typeof segmentFieldNames)[number];

/** The name of a field that `changes[].set` may change from a month on. */
export type ChangeableFieldName = (typeof changeableFieldNames)[number];

/** The numeric fields of a scenario input (every field of {@link fieldRules} that holds a number). */
export const numericFieldNames = (Object.keys(fieldRules) as (keyof typeof fieldRules)[]).filter(
  (name): name is NumericFieldName => fieldRules[name].type === 'number',
);

/** The name of a numeric input field, e.g. `"openRate"`. */
export type NumericFieldName = {
  [K in keyof typeof fieldRules]: (typeof fieldRules)[K] extends z.ZodNumber ? K : never;
}[keyof typeof fieldRules];
