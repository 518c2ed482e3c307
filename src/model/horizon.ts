import { z } from 'zod';
import { parseWith } from '../schema/inputError';

/** Longest horizon the engine accepts: 100 years. */
export const MAX_MONTHS = 1200;

/** A forecast horizon: whole months, or years whose twelfths are whole months (1, 3, 5, 2.5 …). */
export const Horizon = z.union([
  z.strictObject({
    months: z
      .number({ error: 'must be a whole number of months' })
      .int({ error: 'must be a whole number of months' })
      .min(1, { error: 'must be at least 1 month' })
      .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS} months (100 years)` }),
  }),
  z.strictObject({
    years: z
      .number({ error: 'must be a number of years' })
      .gt(0, { error: 'must be more than 0 years' })
      .max(MAX_MONTHS / 12, { error: `must be at most ${MAX_MONTHS / 12} years` })
      .refine((y) => Number.isInteger(Math.round(y * 12 * 1e9) / 1e9), { error: 'must be a whole number of months (years × 12)' }),
  }),
], { error: 'must be { months: N } or { years: N }' });
export type Horizon = z.input<typeof Horizon>;

/**
 * The number of months of a horizon: `months`, or `years × 12`.
 *
 * @example
 * horizonMonths({ years: 5 }) //=> 60
 * horizonMonths({ months: 18 }) //=> 18
 */
export function horizonMonths(horizon: Horizon): number {
  const parsed = parseWith(Horizon, horizon, 'horizon:');
  return 'months' in parsed ? parsed.months : Math.round(parsed.years * 12);
}
