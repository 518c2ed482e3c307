import { z } from 'zod';
import { numericFieldNames } from '../schema/fields';
import { type GuidedField, inputGuide } from '../schema/inputGuide';
import { Distribution } from '../schema/distribution';
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

for (const fields of [UncertainBaselineFields, UncertainPatchFields]) {
  for (const [key, schema] of Object.entries(fields.shape)) {
    if (Object.hasOwn(inputGuide, key)) userScenarioFileMetadata.add(schema, { description: describedField(key as GuidedField, numericFields.has(key)) });
  }
}
userScenarioFileMetadata.add(UncertainBaselineFields, {
  description: 'The baseline: every input of today’s program (any numeric field may be a distribution)',
});
userScenarioFileMetadata.add(UncertainPatchFields, {
  id: 'Patch',
  description: 'A hypothesis: the inputs it changes from the baseline (any numeric field may be a distribution)',
});
userScenarioFileMetadata.add(UncertainCombination, { id: 'Combination', description: 'A hypothesis built from others: their patches in order, then "set"' });

/** The scenario file as a user writes it: numbers or distributions, optional `simulation`, `report` and `$schema`. */
export type UserScenarioFileData = z.input<typeof UserScenarioFile>;
userScenarioFileMetadata.add(UserScenarioFile, {
  description:
    'An email-npv scenario file: a baseline, the hypotheses to compare with it, optional "simulation" and "report" sections. This schema gives the shapes, types, bounds and options; email-npv checks more when it reads the file (scenario names, rules across fields such as additive churn, a distribution’s probability inside its field’s range).',
});
