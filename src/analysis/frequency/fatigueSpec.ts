import { z } from 'zod';
import { isPlainObject } from '../../json/isPlainObject';
import { fieldRules } from '../../schema/fields';
import { SegmentName } from '../../schema/segments';

const elasticity = (metric: string) =>
  z
    .number({ error: `must be a number: the elasticity of ${metric} to emails per month, e.g. -0.33` })
    .min(-10, { error: `must be at least -10 (elasticity of ${metric} to emails per month)` })
    .max(10, { error: `must be at most 10 (elasticity of ${metric} to emails per month)` })
    .default(0);

/**
 * Power-law fatigue: each metric scales with a power of the frequency relative to the input's own
 * frequency e₀ (`emailsPerMonth` of the input):
 *
 * ```
 * metric(e) = metric(e₀) × (e / e₀)^elasticity        (each elasticity unitless, default 0 = no fatigue)
 * ```
 */
export const PowerFatigue = z.strictObject({
  model: z.literal('power'),
  /** Elasticity of the open rate; −0.33 means +10 % emails ⇒ about −3.1 % open rate. */
  openRateElasticity: elasticity('the open rate'),
  /** Elasticity of the click rate (CTOR or CTR, whichever the input's `clickRateBasis` says). */
  clickRateElasticity: elasticity('the click rate'),
  /** Elasticity of the churn per email sent; positive when heavier sending wears the list out faster. */
  churnPerEmailElasticity: elasticity('the churn per email'),
});

/** One observed (or assumed) point of a fatigue curve: the metrics at a frequency; each metric optional. */
export const FatiguePoint = z.strictObject({
  emailsPerMonth: fieldRules.emailsPerMonth,
  openRate: fieldRules.openRate.optional(),
  clickRate: fieldRules.clickRate.optional(),
  churnPerEmail: fieldRules.churnPerEmail.optional(),
});
export type FatiguePoint = z.output<typeof FatiguePoint>;

/**
 * Fatigue by points: each metric is interpolated linearly between the points that give it,
 * by `emailsPerMonth`, and held flat beyond the first and the last of them.
 * A metric no point gives keeps the input's own value.
 */
export const PointsFatigue = z.strictObject({
  model: z.literal('points'),
  points: z
    .array(FatiguePoint, { error: 'must be a list of { emailsPerMonth, openRate?, clickRate?, churnPerEmail? }' })
    .min(1, { error: 'must hold at least one point' })
    .max(1000, { error: 'must hold at most 1000 points' })
    .superRefine((points, ctx) => {
      points.forEach((p, index) => {
        if (points.findIndex((q) => q.emailsPerMonth === p.emailsPerMonth) !== index) {
          ctx.addIssue({ code: 'custom', path: [index, 'emailsPerMonth'], message: `repeats ${p.emailsPerMonth} emails a month (give each frequency once)` });
        }
      });
    }),
});

/**
 * How the open rate, click rate and churn per email change with the number of emails a month
 * (send-frequency fatigue): `{ "model": "power", …Elasticity }` (see {@link PowerFatigue}) or
 * `{ "model": "points", "points": [{ emailsPerMonth, openRate?, clickRate?, churnPerEmail? }, …] }`
 * (see {@link PointsFatigue}). Either way the result is clamped to the field's valid range (0 to 1).
 *
 * @example
 * FatigueSpec.parse({ model: 'power', openRateElasticity: -0.33 }).clickRateElasticity //=> 0
 */
export const FatigueSpec = z.discriminatedUnion('model', [PowerFatigue, PointsFatigue], {
  error: 'must be { "model": "power", "openRateElasticity": …, … } or { "model": "points", "points": [ … ] }',
});
/** A validated fatigue specification (defaults filled in). */
export type FatigueSpec = z.output<typeof FatigueSpec>;
/** A fatigue specification as a user writes it. */
export type FatigueSpecData = z.input<typeof FatigueSpec>;

/**
 * Fatigue by segment: each segment's own curve (a {@link FatigueSpec}, a power law relative to the
 * segment's own `emailsPerMonth`), by segment name; a segment left out keeps its rates at every frequency.
 *
 * @example
 * SegmentFatigue.parse({ segments: { engaged: { model: 'power', openRateElasticity: -0.2 } } }).segments.engaged.churnPerEmailElasticity //=> 0
 */
export const SegmentFatigue = z.strictObject({
  segments: z.record(SegmentName, FatigueSpec, { error: 'must be an object of fatigue curves by segment name, e.g. { "engaged": { "model": "power", … } }' }),
});
/** A validated fatigue by segment. */
export type SegmentFatigue = z.output<typeof SegmentFatigue>;

/**
 * The fatigue `optimiseFrequency` takes: one curve ({@link FatigueSpec}, applied to every segment, each
 * relative to its own frequency) or one per segment ({@link SegmentFatigue}, an object with `segments`).
 * Each is checked against its own schema, so its problems keep their paths (`segments.engaged.model`).
 *
 * @example
 * FrequencyFatigue.safeParse({ segments: { engaged: { model: 'spline' } } }).error.issues[0].path //=> ['segments', 'engaged', 'model']
 */
export const FrequencyFatigue = z.preprocess(
  (value, ctx) => {
    const parsed = (isPlainObject(value) && Object.hasOwn(value, 'segments') ? SegmentFatigue : FatigueSpec).safeParse(value, { reportInput: true });
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.issues.push(issue as (typeof ctx.issues)[number]);
    return value;
  },
  z.union([SegmentFatigue, FatigueSpec]),
);
/** A fatigue as a user writes it: one curve, or one per segment. */
export type FrequencyFatigueData = FatigueSpecData | z.input<typeof SegmentFatigue>;
