import { z } from 'zod';
import { fieldRules, numericFieldNames, type NumericFieldName } from '../schema/fields';
import { type GuidedField, inputGuide } from '../schema/inputGuide';
import { IsoDate, ScenarioInput } from '../schema/scenarioInput';
import { CombinedHypothesis, HorizonsYears, ScenarioName, SchemaReference } from '../scenarios/scenarioFile';
import { ScenarioPatch } from '../scenarios/scenarioPatch';
import { Distribution } from '../schema/distribution';
import { SimulationSettings } from '../analysis/uncertainty/splitDistributions';
import { ReportSettings } from './reportSettings';

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

/** `schema`, registered with the description of `field` when it is an input field. */
function described<S extends z.core.$ZodType>(key: string, schema: S): S {
  if (Object.hasOwn(inputGuide, key)) userScenarioFileMetadata.add(schema, { description: describedField(key as GuidedField, numericFields.has(key)) });
  return schema;
}

/** A numeric input field as a user may write it: a number (the field's rule) or a distribution of it. */
export type UncertainField<K extends NumericFieldName> = z.ZodUnion<[(typeof fieldRules)[K], typeof Distribution]>;
/** `Shape` with each numeric field a number or a distribution, optional where it was optional or had a default. */
type UncertainShape<Shape> = {
  [K in keyof Shape]: K extends NumericFieldName
    ? Shape[K] extends z.ZodDefault | z.ZodOptional
      ? z.ZodOptional<UncertainField<K>>
      : UncertainField<K>
    : Shape[K];
};

/** The field's rule, or a distribution standing for it; a default or `optional` of `schema` kept. */
function uncertain(field: NumericFieldName, schema: z.ZodType): z.ZodType {
  const either = z.union([fieldRules[field], Distribution]);
  if (schema instanceof z.ZodDefault) return either.default(schema.def.defaultValue as number);
  return schema instanceof z.ZodOptional ? either.optional() : either;
}

/** `shape` with every numeric field a number or a distribution. */
function uncertainShape<Shape extends z.ZodRawShape>(shape: Shape): UncertainShape<Shape> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      described(key, numericFields.has(key) ? uncertain(key as NumericFieldName, schema as z.ZodType) : schema),
    ]),
  ) as UncertainShape<Shape>;
}

/** A baseline with distributions: a scenario input where any numeric field may be a distribution. */
const UncertainBaseline = z.strictObject(uncertainShape(ScenarioInput.shape));
/** A hypothesis' patch with distributions. */
const UncertainPatch = z.strictObject(uncertainShape(ScenarioPatch.shape));
/** A combination whose `set` may hold distributions. */
const UncertainCombination = CombinedHypothesis.extend({ set: UncertainPatch.optional() });
userScenarioFileMetadata.add(UncertainBaseline, { description: 'The baseline: every input of today’s program (any numeric field may be a distribution)' });
userScenarioFileMetadata.add(UncertainPatch, {
  id: 'Patch',
  description: 'A hypothesis: the inputs it changes from the baseline (any numeric field may be a distribution)',
});
userScenarioFileMetadata.add(UncertainCombination, { id: 'Combination', description: 'A hypothesis built from others: their patches in order, then "set"' });

/**
 * The scenario file a user writes, whole: a scenario file (see `ScenarioFile`) where any numeric
 * field of the baseline, of a hypothesis' patch or of a combination's `set` may be a
 * {@link Distribution} in place of a number (never inside `changes`), plus the optional
 * `"simulation"` section ({@link SimulationSettings}: draws, seed), the optional `"report"` section
 * ({@link ReportSettings}) and `"$schema"`, the address of the file's JSON Schema (ignored).
 *
 * It describes the format: the JSON Schema shipped in the package (`userScenarioFileJsonSchema`)
 * is generated from it, and {@link UserScenarioFileData} is its input type. Files are read by
 * `splitReportSettings`, which applies these rules and the ones a JSON Schema cannot say: scenario
 * names, the cross-field rules of each scenario (checked on the point values), a distribution's
 * probability inside the field's range.
 *
 * @example
 * UserScenarioFile.safeParse({
 *   baseline: { subscribers: 10000, emailsPerMonth: 2, openRate: { dist: 'beta', alpha: 40, beta: 60 },
 *     clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 40, discountRateAnnual: 0.1 },
 *   hypotheses: { Weekly: { emailsPerMonth: { dist: 'uniform', min: 3, max: 5 } } },
 *   simulation: { draws: 1000 },
 * }).success //=> true
 */
export const UserScenarioFile = z.strictObject({
  $schema: SchemaReference,
  name: z.string({ error: 'must be text' }).optional(),
  baselineName: ScenarioName.default('baseline'),
  startDate: IsoDate.optional(),
  horizonsYears: HorizonsYears.default([1, 3, 5]),
  baseline: UncertainBaseline,
  hypotheses: z.record(ScenarioName, z.union([UncertainCombination, UncertainPatch])),
  simulation: SimulationSettings.optional(),
  report: ReportSettings.optional(),
});

/** The scenario file as a user writes it: numbers or distributions, optional `simulation`, `report` and `$schema`. */
export type UserScenarioFileData = z.input<typeof UserScenarioFile>;
userScenarioFileMetadata.add(UserScenarioFile, {
  description:
    'An email-npv scenario file: a baseline, the hypotheses to compare with it, optional "simulation" and "report" sections. This schema gives the shapes, types, bounds and options; email-npv checks more when it reads the file (scenario names, rules across fields such as additive churn, a distribution’s probability inside its field’s range).',
});
