import { z } from 'zod';
import { fieldRules } from '../schema/fields';
import { Change, IsoDate } from '../schema/scenarioInput';
import { MAX_MONTHS } from '../schema/horizon';
import { RetentionPatch } from '../schema/retention';
import { Moves, SegmentsPatch } from '../schema/segments';

const optionalFields = Object.fromEntries(Object.entries(fieldRules).map(([name, rule]) => [name, rule.optional()])) as {
  [K in keyof typeof fieldRules]: z.ZodOptional<(typeof fieldRules)[K]>;
};

/**
 * A hypothesis written as the difference from a baseline: any field of a scenario input,
 * each optional and with no default (a field left out keeps the baseline's value).
 * `changes` are added after the baseline's own changes, not instead of them; `segments` and `retention`
 * merge into the baseline's (`{ "segments": { "engaged": { "emailsPerMonth": 10 } } }` changes only that),
 * `moves` replace the baseline's list.
 * Same rules as {@link ScenarioInput}; unknown fields are errors.
 *
 * @example
 * ScenarioPatch.parse({ openRate: 0.45, changes: [{ fromMonth: 13, set: { emailsPerMonth: 3 } }] })
 * //=> { openRate: 0.45, changes: [{ fromMonth: 13, set: { emailsPerMonth: 3 } }] }
 * ScenarioPatch.safeParse({ opnRate: 0.45 }).error.issues[0].message
 * //=> 'Unrecognized key: "opnRate"'
 */
export const ScenarioPatch = z.strictObject({
  ...optionalFields,
  startDate: IsoDate.optional(),
  segments: SegmentsPatch.optional(),
  moves: Moves.optional(),
  retention: RetentionPatch.optional(),
  changes: z
    .array(Change, { error: 'must be a list of { fromMonth, set }' })
    .max(MAX_MONTHS, { error: `must hold at most ${MAX_MONTHS} changes` })
    .optional(),
});

/** A validated patch: only the fields the hypothesis changes. */
export type ScenarioPatch = z.output<typeof ScenarioPatch>;
