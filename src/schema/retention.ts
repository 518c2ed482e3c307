import { z } from 'zod';
import { MAX_MONTHS } from './horizon';

const shapeParameter = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .gt(0, { error: `must be greater than 0 (${what})` })
    .max(1e9, { error: `must be at most 1e9 (${what})` });

const retentionRules = {
  /** Which retention model: "sBG", the shifted-beta-geometric (the only one). */
  model: z.literal('sBG', { error: 'must be "sBG" (shifted-beta-geometric retention)' }),
  /** α of the beta distribution of churn probabilities across subscribers (> 0). */
  alpha: shapeParameter('α of the shifted-beta-geometric retention'),
  /** β of the beta distribution of churn probabilities across subscribers (> 0). */
  beta: shapeParameter('β of the shifted-beta-geometric retention'),
  /** Months in one period of tenure: subscribers may leave at the end of each period (1 monthly, 12 for yearly renewals). */
  periodMonths: z
    .number({ error: 'must be a whole number of months, 1 or more' })
    .int({ error: 'must be a whole number of months, 1 or more' })
    .min(1, { error: 'must be a whole number of months, 1 or more' })
    .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS} months` }),
  /** Completed months of tenure of every subscriber on the list at the start of month 1. */
  existingTenureMonths: z
    .number({ error: 'must be a whole number of months, 0 or more' })
    .int({ error: 'must be a whole number of months, 0 or more' })
    .min(0, { error: 'must be a whole number of months, 0 or more' })
    .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS} months` }),
};

/** The rules of the retention's numeric fields, by name (`retention.alpha` …), for field paths. */
export const retentionFieldRules = {
  alpha: retentionRules.alpha,
  beta: retentionRules.beta,
  periodMonths: retentionRules.periodMonths,
  existingTenureMonths: retentionRules.existingTenureMonths,
};

/**
 * Retention by tenure, shifted-beta-geometric (Fader & Hardie 2007): a subscriber in the k-th period of
 * their tenure leaves at its end with probability α / (α + β + k − 1), so a cohort keeps
 * B(α, β + t) / B(α, β) of its people after t periods. Losses happen at the end of each period of a
 * subscriber's tenure (`periodMonths`, default 1). The list on hand at month 1 has
 * `existingTenureMonths` completed months (default 0: counted as new, the cautious choice — it
 * churns as fast as a fresh sign-up; set your list's typical tenure, e.g. 12, to let it churn as an
 * established list does).
 *
 * @example
 * Retention.parse({ alpha: 0.7, beta: 1.2 })
 * //=> { model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 0 }
 */
export const Retention = z.strictObject({
  model: retentionRules.model.default('sBG'),
  alpha: retentionRules.alpha,
  beta: retentionRules.beta,
  periodMonths: retentionRules.periodMonths.default(1),
  existingTenureMonths: retentionRules.existingTenureMonths.default(0),
});

/** A validated retention, defaults filled in. */
export type Retention = z.output<typeof Retention>;
/** A retention as written (defaults may be left out). */
export type RetentionData = z.input<typeof Retention>;

/** A retention in a hypothesis: any of its fields, merged into the retention it changes. */
export const RetentionPatch = z.strictObject({
  model: retentionRules.model.optional(),
  alpha: retentionRules.alpha.optional(),
  beta: retentionRules.beta.optional(),
  periodMonths: retentionRules.periodMonths.optional(),
  existingTenureMonths: retentionRules.existingTenureMonths.optional(),
});

/** A retention in `changes[].set`: merged into the retention in force; the tenure of the list at month 1 cannot change later. */
export const RetentionChange = RetentionPatch.extend({
  existingTenureMonths: z.never({ error: 'holds at month 1 only: set it in the scenario\u2019s retention' }).optional(),
});
