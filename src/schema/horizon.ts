import { z } from 'zod';
import { parseWith } from './parseWith';

/** Longest horizon the engine accepts: 100 years. */
export const MAX_MONTHS = 1200;

/**
 * The nearest whole number of months to a horizon in years: `round(years × 12)`.
 *
 * @example
 * yearsToMonths(2.5) //=> 30
 */
export function yearsToMonths(years: number): number {
  return Math.round(years * 12);
}

/**
 * True when `years × 12` is a whole number of months (to 1e-9 of a month).
 *
 * @example
 * isWholeMonths(2.5) //=> true
 * isWholeMonths(0.1) //=> false
 */
export function isWholeMonths(years: number): boolean {
  return Math.abs(years * 12 - yearsToMonths(years)) < 1e-9;
}

/** A forecast horizon: `{ months }` (whole months) or `{ years }` (whose twelfths are whole months: 1, 3, 5, 2.5 …). */
export const Horizon = z
  .strictObject({
    months: z
      .number({ error: 'must be a whole number of months' })
      .int({ error: 'must be a whole number of months' })
      .min(1, { error: 'must be at least 1 month' })
      .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS} months (100 years)` })
      .optional(),
    years: z
      .number({ error: 'must be a number of years' })
      .min(1 / 12, { error: 'must be at least one month (1/12 year)' })
      .max(MAX_MONTHS / 12, { error: `must be at most ${MAX_MONTHS / 12} years` })
      .refine(isWholeMonths, { error: 'must be a whole number of months (years × 12)' })
      .optional(),
  })
  .refine((h) => (h.months === undefined) !== (h.years === undefined), { error: 'must give either months or years, not both' });
export type Horizon = z.input<typeof Horizon>;

/**
 * The number of months of a horizon: `months`, or `years × 12`.
 *
 * @throws {InputError} e.g. `horizon.years: must be at most 100 years`
 * @example
 * horizonMonths({ years: 5 }) //=> 60
 * horizonMonths({ months: 18 }) //=> 18
 */
export function horizonMonths(horizon: Horizon): number {
  const parsed = parseWith(Horizon, horizon, ['horizon']);
  return parsed.months ?? yearsToMonths(parsed.years ?? 0);
}
