import { z } from 'zod';

/** The kinds of distribution a scenario file may give in place of a number. */
export const distributionKinds = ['normal', 'triangular', 'uniform', 'beta', 'lognormal'] as const;

const num = (what: string) => z.number({ error: `must be a number (${what})` });
const positive = (what: string) => num(what).gt(0, { error: `must be more than 0 (${what})` });
/** The point value used by deterministic runs (`compare`, `forecast`); default: the distribution's mean. */
const value = num('the point value used by deterministic runs; default: the mean').optional();
/** Why this distribution: free text for the reader, ignored by the computations. */
const note = z.string({ error: 'must be text (why this distribution)' }).optional();

const Normal = z.strictObject({
  dist: z.literal('normal'),
  mean: num('the mean, in the field’s unit'),
  sd: positive('the standard deviation, in the field’s unit'),
  value,
  note,
});

const lowest = num('the lowest value');
const highest = num('the highest value');

/** Reports `max: must be greater than min` when the bounds are not in order; true when they are. */
function boundsInOrder(d: { readonly min: number; readonly max: number }, ctx: z.RefinementCtx): boolean {
  if (d.min < d.max) return true;
  ctx.addIssue({ code: 'custom', path: ['max'], message: `must be greater than min (${d.min})` });
  return false;
}

const Triangular = z
  .strictObject({ dist: z.literal('triangular'), min: lowest, mode: num('the most likely value'), max: highest, value, note })
  .superRefine((d, ctx) => {
    if (boundsInOrder(d, ctx) && (d.mode < d.min || d.mode > d.max))
      ctx.addIssue({ code: 'custom', path: ['mode'], message: `must lie from min to max (${d.min} to ${d.max})` });
  });

const Uniform = z.strictObject({ dist: z.literal('uniform'), min: lowest, max: highest, value, note }).superRefine((d, ctx) => void boundsInOrder(d, ctx));

const Beta = z.strictObject({
  dist: z.literal('beta'),
  alpha: positive('α, like successes + 1: mean = α / (α + β)'),
  beta: positive('β, like failures + 1: mean = α / (α + β)'),
  value,
  note,
});

const Lognormal = z.strictObject({
  dist: z.literal('lognormal'),
  mean: positive('the mean of the value itself, e.g. an order value in money'),
  sd: positive('the standard deviation of the value itself'),
  value,
  note,
});

/**
 * An uncertain input: a probability distribution written in a scenario file in place of a number.
 * Every parameter is in the field's own unit (rates as fractions, money in the file's currency).
 *
 * - `{ "dist": "normal", "mean": μ, "sd": σ }` — σ > 0;
 * - `{ "dist": "triangular", "min": a, "mode": c, "max": b }` — a < b, a ≤ c ≤ b;
 * - `{ "dist": "uniform", "min": a, "max": b }` — a < b;
 * - `{ "dist": "beta", "alpha": α, "beta": β }` — α, β > 0, on 0…1 (for rates: α ≈ successes + 1, β ≈ failures + 1);
 * - `{ "dist": "lognormal", "mean": m, "sd": s }` — the mean and standard deviation of the value itself (m, s > 0),
 *   for values that are positive and skewed, like an average order value.
 *
 * Each may add `"value"`: the point value deterministic runs use (default: the distribution's mean,
 * see `distributionSampler`), and `"note"`: text saying why this distribution (ignored by the
 * computations). Draws are truncated to the field's valid range.
 *
 * @example
 * Distribution.parse({ dist: 'beta', alpha: 40, beta: 60 }) //=> { dist: 'beta', alpha: 40, beta: 60 }
 * Distribution.safeParse({ dist: 'gamma' }).error.issues[0].message
 * //=> 'must be one of "normal", "triangular", "uniform", "beta", "lognormal"'
 */
export const Distribution = z.discriminatedUnion('dist', [Normal, Triangular, Uniform, Beta, Lognormal], {
  error: (issue) => (issue.code === 'invalid_union' ? `must be one of ${distributionKinds.map((k) => `"${k}"`).join(', ')}` : undefined),
});

/** A validated distribution. */
export type Distribution = z.output<typeof Distribution>;
