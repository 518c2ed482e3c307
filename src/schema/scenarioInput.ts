import { z } from 'zod';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { changeableFieldNames, fieldRules } from './fields';
import { monthlyLossShare } from './monthlyLossShare';
import { inputPeriods } from './inputPeriods';
import { MAX_MONTHS } from './horizon';
import { decimalCalculator } from '../calculator/decimalCalculator';

const r = fieldRules;

/** A calendar date written `YYYY-MM-DD` that exists (no 2025-02-30). */
export const IsoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((s) => isValid(parseISO(s)), { error: 'must be a date that exists (YYYY-MM-DD)' });

/** The fields a change may set, all optional (an empty set changes nothing). */
export const ChangeSet = z.strictObject(
  Object.fromEntries(changeableFieldNames.map((k) => [k, r[k].optional()])) as {
    [K in (typeof changeableFieldNames)[number]]: z.ZodOptional<(typeof r)[K]>;
  },
);

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
  // At most one change per month of the longest horizon.
  changes: z
    .array(Change, { error: 'must be a list of { fromMonth, set }' })
    .max(MAX_MONTHS, { error: `must hold at most ${MAX_MONTHS} changes` })
    .default([]),
};

/**
 * Where additive churn loses more than the whole list in a month: the first run of months with
 * churnPerMonth + churnPerEmail × emailsPerMonth > 1, as a path (to `churnPerEmail`, inside the change
 * that starts the run) and a rule; undefined when every month keeps a share ≥ 0 (or churn is compound).
 *
 * @example
 * additiveChurnExcess({ churnModel: 'additive', churnPerMonth: 0.5, churnPerEmail: 0.3, emailsPerMonth: 2, changes: [] })
 * //=> { path: ['churnPerEmail'], rule: 'churnPerMonth + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is 1.1 from month 1)' }
 */
export function additiveChurnExcess(input: {
  readonly churnModel: 'additive' | 'compound';
  readonly churnPerMonth: number;
  readonly churnPerEmail: number;
  readonly emailsPerMonth: number;
  readonly changes: readonly { readonly fromMonth: number; readonly set: object }[];
}): { path: (string | number)[]; rule: string } | undefined {
  if (input.churnModel !== 'additive') return undefined;
  for (const period of inputPeriods(input)) {
    const loss = monthlyLossShare(decimalCalculator, period.values);
    if (loss.greaterThan(1)) {
      const where = period.changeIndex === undefined ? [] : ['changes', period.changeIndex, 'set'];
      return {
        path: [...where, 'churnPerEmail'],
        rule: `churnPerMonth + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is ${loss} from month ${period.fromMonth})`,
      };
    }
  }
  return undefined;
}

/**
 * The schema of one scenario's inputs: the single source of truth for field names,
 * rules, defaults and the TypeScript types `ScenarioInput` (parsed, defaults filled)
 * and `ScenarioInputData` (what a user writes).
 *
 * Cross-field rules: `openRate` is required while `clickRateBasis` is "opens";
 * with additive churn, `churnPerMonth + churnPerEmail × emailsPerMonth` may not exceed 1
 * in any month (after `changes`).
 */
export const ScenarioInput = z.strictObject(fieldsWithDefaults).superRefine((input, ctx) => checkCrossFieldRules(input, ctx));

/**
 * Checks the cross-field rules of a scenario input whose fields are each valid (see {@link ScenarioInput}),
 * adding an issue to `ctx` for each rule broken: `openRate` required while `clickRateBasis` is "opens",
 * additive churn at most 1 in every month.
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
  if (input.clickRateBasis === 'opens' && input.openRate === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['openRate'],
      message: 'is required when clickRateBasis is "opens" (click rate per open, CTOR)',
    });
  }
  const excess = additiveChurnExcess(input);
  if (excess !== undefined) ctx.addIssue({ code: 'custom', path: excess.path, message: excess.rule });
}

/** A scenario input as written by a user (defaults may be left out). */
export type ScenarioInputData = z.input<typeof ScenarioInput>;
/** A validated scenario input with every default filled in. */
export type ScenarioInput = z.output<typeof ScenarioInput>;
/** One entry of `changes`. */
export type Change = z.output<typeof Change>;
