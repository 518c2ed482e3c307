import { z } from 'zod';
import { numericFieldNames } from '../schema/fields';
import { fieldPathGuide } from '../schema/fieldPathGuide';
import { type GuidedField, inputGuide } from '../schema/inputGuide';
import { Distribution } from '../schema/distribution';
import { HistoryEvidence } from '../scenarios/historyEvidence';
import { UncertainBaselineFields, UncertainCombination, UncertainPatchFields } from '../analysis/uncertainty/uncertainScenarioFile';
import { UserScenarioFile } from './reportSettings';

export { UserScenarioFile } from './reportSettings';

const numericFields: ReadonlySet<string> = new Set(numericFieldNames);

/** What the JSON Schema says of a part of {@link UserScenarioFile}: `id` names a shared definition (`$defs`). */
export interface SchemaMetadata {
  /** The name of the part's definition in `$defs`, when it is shared. */
  readonly id?: string;
  /** What the part holds, for editors' hover text. */
  readonly description?: string;
}

/**
 * The descriptions and shared-definition names of the parts of {@link UserScenarioFile}, read by
 * `z.toJSONSchema` (its `metadata` option) to write the JSON Schema; the fields are described from `inputGuide`.
 *
 * @example
 * userScenarioFileMetadata.get(Distribution)?.id //=> 'Distribution'
 */
export const userScenarioFileMetadata = z.registry<SchemaMetadata>();
userScenarioFileMetadata.add(Distribution, {
  id: 'Distribution',
  description:
    'A distribution in place of a number, in the field’s unit: normal (mean, sd), triangular (min, mode, max), uniform (min, max), beta (alpha, beta), lognormal (mean, sd); "value": the point value deterministic runs use (default: the mean); "note": why.',
});

/** The text describing an input field: its label and unit (`CUR`: the file's currency). */
const describedField = (field: GuidedField, uncertain: boolean) =>
  `${inputGuide[field].label}, ${inputGuide[field].unit.replace('CUR', 'money')}${uncertain ? ': a number, or a distribution of it' : ''}`;

/** The text describing the numeric input at a segment's, a retention's or a move's field path (`fieldPathGuide`), where it lives left out. */
const describedPath = (path: string, where: string) => {
  const guide = fieldPathGuide(path)!;
  return `${guide.label.split(' \u00b7 ')[0]}, ${guide.unit.replace('CUR', 'money')}${where}: a number, or a distribution of it`;
};
/** The shape of a zod object, through `optional`, and of the record's values or the list's items inside it. */
const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> => {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodRecord) return shapeOf(inner.valueType as z.ZodType);
  if (inner instanceof z.ZodArray) return shapeOf(inner.element as z.ZodType);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
};
/** Describes the numeric places of a retention (α, β) in `retention`. */
const describeRetention = (retention: z.ZodType, where: string) => {
  for (const key of ['alpha', 'beta']) userScenarioFileMetadata.add(shapeOf(retention)[key]!, { description: describedPath(`retention.${key}`, where) });
};

for (const fields of [UncertainBaselineFields, UncertainPatchFields]) {
  for (const [key, schema] of Object.entries(fields.shape)) {
    if (Object.hasOwn(inputGuide, key)) userScenarioFileMetadata.add(schema, { description: describedField(key as GuidedField, numericFields.has(key)) });
  }
  const { segments, moves, retention } = fields.shape;
  userScenarioFileMetadata.add(segments, {
    description:
      'The audiences the list is split into, by name, in order: each its share of the list ("share") and of new subscribers ("newSubscriberShare", default: its share) and any per-subscriber field it sets for itself (the rest inherited from the scenario); any number may be a distribution',
  });
  for (const [key, schema] of Object.entries(shapeOf(segments))) {
    if (key === 'retention') {
      userScenarioFileMetadata.add(schema, { description: 'This segment’s own retention by tenure (shifted-beta-geometric), in place of the scenario’s' });
      describeRetention(schema, ' (this segment’s)');
    } else {
      userScenarioFileMetadata.add(schema, {
        description: describedPath(`segments.segment.${key}`, key.endsWith('hare') ? '' : ' (this segment’s own; left out: the scenario’s)'),
      });
    }
  }
  userScenarioFileMetadata.add(moves, {
    description: 'Each month, after its losses, "sharePerMonth" of segment "from" moves to segment "to", keeping their tenure (a patch gives the whole list)',
  });
  userScenarioFileMetadata.add(shapeOf(moves).sharePerMonth!, { description: describedPath('moves[0].sharePerMonth', '') });
  userScenarioFileMetadata.add(retention, {
    description: 'Retention by tenure, shifted-beta-geometric: in the k-th period of tenure a subscriber leaves with probability α / (α + β + k − 1)',
  });
  describeRetention(retention, '');
}
userScenarioFileMetadata.add(UncertainBaselineFields, {
  description: 'The baseline: every input of today’s program (any numeric field may be a distribution)',
});
userScenarioFileMetadata.add(UncertainPatchFields, {
  id: 'Patch',
  description: 'A hypothesis: the inputs it changes from the baseline (any numeric field may be a distribution)',
});
userScenarioFileMetadata.add(HistoryEvidence, {
  description:
    'What your history showed, written by "email-npv fit" for the report’s "What your history says": each campaign’s rates, the fitted means with their 90 % bands, the list’s size observed and fitted, the share alive by period observed and fitted. Ignored by compare, simulate and calibrate.',
});
userScenarioFileMetadata.add(UncertainCombination, { id: 'Combination', description: 'A hypothesis built from others: their patches in order, then "set"' });

/** The scenario file as a user writes it: numbers or distributions, optional `simulation`, `report` and `$schema`. */
export type UserScenarioFileData = z.input<typeof UserScenarioFile>;
userScenarioFileMetadata.add(UserScenarioFile, {
  description:
    'An email-npv scenario file: a baseline, the hypotheses to compare with it, optional "simulation" and "report" sections. This schema gives the shapes, types, bounds and options; email-npv checks more when it reads the file (scenario names, rules across fields such as additive churn, a distribution’s probability inside its field’s range).',
});
