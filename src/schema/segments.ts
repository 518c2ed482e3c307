import { z } from 'zod';
import { fieldRules, segmentFieldNames, type SegmentFieldName } from './fields';
import { Retention, RetentionChange, RetentionPatch } from './retention';

/** Most segments in one scenario. */
export const MAX_SEGMENTS = 20;
/** Most moves in one list. */
export const MAX_MOVES = 100;

const shareRule = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .min(0, { error: `must be a fraction from 0 to 1, e.g. 0.3 for 30 % (${what})` })
    .max(1, { error: `must be a fraction from 0 to 1, e.g. 0.3 for 30 % (${what})` });

/** The rules of a segment's own numeric fields, by name: the shares it takes. */
export const segmentShareRules = {
  /** Share of `subscribers` in this segment at the start (fraction; the segments' shares sum to 1). */
  share: shareRule('share of the list at the start in this segment'),
  /** Share of each month's new subscribers who join this segment (fraction; default `share`; they sum to 1). */
  newSubscriberShare: shareRule('share of new subscribers who join this segment'),
};

/**
 * A segment's name: a letter, then letters, digits, `_` or `-` (it is part of field paths such as `segments.engaged.openRate`),
 * and not a name every JavaScript object already has (`constructor`, `toString` …).
 */
export const SegmentName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, { error: 'must start with a letter and hold only letters, digits, _ or - (at most 40), e.g. "engaged"' })
  .refine((name) => !(name in Object.prototype) && name !== 'prototype', { error: 'is reserved by JavaScript objects: choose another segment name' });

const optionalFields = Object.fromEntries(segmentFieldNames.map((name) => [name, fieldRules[name].optional()])) as {
  [K in SegmentFieldName]: z.ZodOptional<(typeof fieldRules)[K]>;
};

/** One segment of the audience: its shares and the per-subscriber fields it sets for itself (the rest inherited). */
export const Segment = z.strictObject({
  share: segmentShareRules.share,
  newSubscriberShare: segmentShareRules.newSubscriberShare.optional(),
  ...optionalFields,
  retention: Retention.optional(),
});

/** A segment in a hypothesis: any of its fields, merged into the segment of that name. */
export const SegmentPatch = z.strictObject({
  share: segmentShareRules.share.optional(),
  newSubscriberShare: segmentShareRules.newSubscriberShare.optional(),
  ...optionalFields,
  retention: RetentionPatch.optional(),
});

/** A segment in `changes[].set`: merged into the segment from that month on; its starting `share` cannot change later. */
export const SegmentChange = SegmentPatch.extend({
  share: z.never({ error: 'splits the list at month 1 only: to move subscribers between segments later, use moves' }).optional(),
  retention: RetentionChange.optional(),
});

const segmentsOf = <S extends z.ZodType>(segment: S) =>
  z
    .record(SegmentName, segment, {
      error: (issue) => (issue.code === 'invalid_type' ? 'must be an object of segments by name, e.g. { "engaged": { "share": 0.3 } }' : undefined),
    })
    .refine((segments) => Object.keys(segments).length <= MAX_SEGMENTS, { error: `must hold at most ${MAX_SEGMENTS} segments` });

/** The segments of a scenario, by name, in the order written: at least one. */
export const Segments = segmentsOf(Segment).refine((segments) => Object.keys(segments).length >= 1, {
  error: 'must hold at least one segment (leave segments out for one homogeneous list)',
});
/** Segments in a hypothesis. */
export const SegmentsPatch = segmentsOf(SegmentPatch);
/** Segments in `changes[].set`. */
export const SegmentsChange = segmentsOf(SegmentChange);

/** One move: at each month's end, after its losses, `sharePerMonth` of segment `from`'s subscribers join segment `to`, keeping their tenure. */
export const Move = z.strictObject({
  from: SegmentName,
  to: SegmentName,
  sharePerMonth: z
    .number({ error: 'must be a number (share of the segment that moves each month)' })
    .min(0, { error: 'must be a fraction from 0 to 1, e.g. 0.03 for 3 % a month (share of the segment that moves each month)' })
    .max(1, { error: 'must be a fraction from 0 to 1, e.g. 0.03 for 3 % a month (share of the segment that moves each month)' }),
});

/** The moves between segments (a hypothesis or a change gives the whole list, which replaces the one in force). */
export const Moves = z
  .array(Move, { error: 'must be a list of { from, to, sharePerMonth }' })
  .max(MAX_MOVES, { error: `must hold at most ${MAX_MOVES} moves` });

/** A validated segment. */
export type Segment = z.output<typeof Segment>;
/** A validated move. */
export type Move = z.output<typeof Move>;
