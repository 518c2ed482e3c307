import { z } from 'zod';
import { isWholeMonths, MAX_MONTHS } from '../schema/horizon';
import { isPlainObject } from '../json/isPlainObject';

/** Most observed NPVs one table may hold: every scenario of a file (1,000) at 20 horizons. */
export const MAX_OBSERVED_ROWS = 20_000;
/** Names that would clash with JavaScript object internals: never accepted as an unknown's name. */
const RESERVED_NAMES: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** One observed (published) NPV: a scenario of the file (a hypothesis, or the baseline by its `baselineName`), a horizon, the money. */
export const ObservedRow = z.strictObject({
  hypothesis: z.string({ error: 'must name a hypothesis of the file, or the baseline by its baselineName' }),
  years: z
    .number({ error: 'must be a number of years, e.g. 5' })
    .gt(0, { error: 'must be more than 0' })
    .max(MAX_MONTHS / 12, { error: `must be at most ${MAX_MONTHS / 12}` })
    .refine(isWholeMonths, { error: 'must be a whole number of months (years × 12)' }),
  npv: z.number({ error: 'must be a finite number (money), e.g. 9485' }),
});
export type ObservedRow = z.output<typeof ObservedRow>;

/** The observed NPVs: one row per scenario and horizon. */
export const ObservedRows = z
  .array(ObservedRow, { error: 'must be a list of { "hypothesis", "years", "npv" }' })
  .min(1, { error: 'must hold at least one observed NPV' })
  .max(MAX_OBSERVED_ROWS, { error: `must hold at most ${MAX_OBSERVED_ROWS} observed NPVs` });

/** Most monthly observations one file may hold: 100 scenarios × 10 years of months. */
export const MAX_MONTHLY_ROWS = 12_000;

const monthlyCount = (what: string) =>
  z
    .number({ error: `must be a finite number, 0 or more (${what})` })
    .min(0, { error: `must be 0 or more (${what})` })
    .optional();

/**
 * One month of a scenario's observed history: the month (1 is the scenario's first) and any of the list's
 * subscribers at the start of the month, the orders and the revenue (money) of the month.
 */
export const MonthlyRow = z
  .strictObject({
    hypothesis: z.string({ error: 'must name a hypothesis of the file, or the baseline by its baselineName' }),
    month: z
      .number({ error: 'must be a whole number of months, 1 for the first' })
      .int({ error: 'must be a whole number of months, 1 for the first' })
      .min(1, { error: 'must be a whole number of months, 1 for the first' })
      .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS}` }),
    subscribers: monthlyCount('people on the list at the start of the month'),
    orders: monthlyCount('orders in the month'),
    revenue: monthlyCount('revenue in the month, money'),
  })
  .refine((row) => row.subscribers !== undefined || row.orders !== undefined || row.revenue !== undefined, {
    error: 'must give at least one of "subscribers", "orders", "revenue"',
  });
export type MonthlyRow = z.output<typeof MonthlyRow>;

/** Monthly observations: one row per scenario and month. */
export const MonthlyRows = z
  .array(MonthlyRow, { error: 'must be a list of { "hypothesis", "month", "subscribers"?, "orders"?, "revenue"? }' })
  .min(1, { error: 'must hold at least one month' })
  .max(MAX_MONTHLY_ROWS, { error: `must hold at most ${MAX_MONTHLY_ROWS} months` });

const Bounds = z
  .strictObject(
    { min: z.number({ error: 'must be a finite number' }), max: z.number({ error: 'must be a finite number' }) },
    { error: 'must be { "min": …, "max": … }' },
  )
  .refine((b) => b.min < b.max, { error: 'min must be below max' });

/**
 * Calibration's unknowns: input name → `{ min, max }`, a name being a baseline input by its field path
 * (`churnPerEmail`, `segments.engaged.openRate`, `retention.alpha`) or a hypothesis' input after its name
 * (`H4.investment`, `H1.segments.engaged.openRate`; see `unknownName`). Read key by key (not `z.record`) so that a name such as
 * `__proto__` is refused rather than dropped; the result has no prototype.
 */
export const CalibrationUnknowns = z
  .custom<Record<string, unknown>>(isPlainObject, { error: 'must be an object: input name → { "min": …, "max": … }' })
  .transform((value, ctx) => {
    const unknowns: Record<string, z.output<typeof Bounds>> = Object.create(null);
    const names = Object.keys(value);
    if (names.length === 0) ctx.addIssue({ code: 'custom', message: 'must name at least one unknown input', input: value });
    for (const name of names) {
      if (RESERVED_NAMES.includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `"${name}" is not an input: name a field ("churnPerEmail") or a hypothesis' field ("H4.investment")`,
          input: value,
        });
        continue;
      }
      const result = Bounds.safeParse(value[name], { reportInput: true });
      if (result.success) unknowns[name] = result.data;
      else for (const issue of result.error.issues) ctx.issues.push({ ...issue, path: [name, ...issue.path] } as (typeof ctx.issues)[number]);
    }
    return unknowns;
  });

/**
 * The schema of an observed-NPV file: what `calibrate` fits to, and what `compare --observed` and
 * `report --observed` show beside the model.
 *
 * - `source`: where the numbers come from (optional text);
 * - `observed`: `[{ "hypothesis", "years", "npv" }, …]`, each NPV a finite number (read as `[]` when only `monthly` is given);
 * - `monthly`: a list's actual history, `[{ "hypothesis", "month", "subscribers"?, "orders"?, "revenue"? }, …]`
 *   (subscribers at the start of the month, orders and revenue in it), which calibrate fits besides the NPVs;
 *   a file gives `observed`, `monthly` or both;
 * - `unknowns`: the inputs calibrate may move, name → `{ min, max }` (calibrate requires it);
 * - `seed`: calibrate's seed (a whole number).
 *
 * Names and horizons are checked against the scenario file by `checkObserved`.
 *
 * @example
 * ObservedFile.parse({ observed: [{ hypothesis: 'baseline', years: 1, npv: 9485 }] }).observed[0].npv //=> 9485
 * ObservedFile.safeParse({ observed: [{ hypothesis: 'H1', years: 1, npv: 'NaN' }] }).success //=> false
 * ObservedFile.parse({ monthly: [{ hypothesis: 'baseline', month: 1, subscribers: 4000 }] }).monthly[0].subscribers //=> 4000
 */
export const ObservedFile = z
  .strictObject(
    {
      source: z.string({ error: 'must be text' }).max(10_000, { error: 'must be at most 10000 characters' }).optional(),
      observed: ObservedRows.optional(),
      monthly: MonthlyRows.optional(),
      unknowns: CalibrationUnknowns.optional(),
      seed: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).optional(),
    },
    { error: 'must be an object: { "observed": [{ "hypothesis", "years", "npv" }, …], "unknowns": { … } }' },
  )
  .refine((file) => file.observed !== undefined || file.monthly !== undefined, {
    path: ['observed'],
    error: 'is required unless "monthly" is given: a list of { "hypothesis", "years", "npv" }',
  })
  .transform(({ observed, ...rest }) => ({ ...rest, observed: observed ?? [] }));
/** An observed-NPV file as written. */
export type ObservedFileData = z.input<typeof ObservedFile>;
/** A validated observed-NPV file. */
export type ObservedFile = z.output<typeof ObservedFile>;
