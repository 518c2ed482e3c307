import { z } from 'zod';
import { InputError } from '../../errors/inputError';
import { isPlainObject } from '../../json/isPlainObject';
import { formatPath } from '../../errors/formatPath';
import { Distribution } from '../../schema/distribution';
import { type FieldPath, parseFieldPath } from '../../schema/fieldPaths';
import { fieldRules, numericFieldNames, type NumericFieldName, segmentFieldNames } from '../../schema/fields';
import { Retention, RetentionPatch } from '../../schema/retention';
import { checkCrossFieldRules, ScenarioInput } from '../../schema/scenarioInput';
import { Move, Moves, Segment, SegmentName, SegmentPatch, Segments, SegmentsPatch } from '../../schema/segments';
import { checkBaselineNameFree, CombinedHypothesis, hypothesesOf, ScenarioFile, ScenarioName } from '../../scenarios/scenarioFile';
import { ScenarioPatch } from '../../scenarios/scenarioPatch';
import { distributionSampler } from './distributionSampler';
import { SimulationSettings } from './simulationSettings';

const numericFields: ReadonlySet<string> = new Set(numericFieldNames);
type Issue = z.core.$ZodIssue;

/**
 * True when `value` is written as a distribution: a plain object with a `dist` key.
 *
 * @example
 * isDistributionLike({ dist: 'beta', alpha: 40, beta: 60 }) //=> true
 * isDistributionLike(0.4) //=> false
 */
export const isDistributionLike = (value: unknown): value is Record<string, unknown> => isPlainObject(value) && Object.hasOwn(value, 'dist');

/**
 * True when `issue` is a problem of a distribution (a bad spec, one inside `changes`, one for a
 * field that is not a number): these are listed before the file's other problems.
 *
 * @example
 * const bad = { baseline: { ...input, openRate: { dist: 'normal', mean: 0.4, sd: -1 } }, hypotheses: {}, simulation: { draws: 0 } };
 * UncertainScenarioFile.safeParse(bad).error.issues.map(isDistributionProblem) //=> [true, false]
 */
export const isDistributionProblem = (issue: Issue): boolean => (issue as { distributionProblem?: boolean }).distributionProblem === true;

/** Adds `issues` to `ctx`, marked as problems of distributions when `marked`. */
function addIssues(ctx: z.RefinementCtx, issues: readonly Issue[], marked: boolean): void {
  for (const issue of issues) ctx.issues.push((marked ? { ...issue, distributionProblem: true } : issue) as (typeof ctx.issues)[number]);
}

/** A numeric input field as a user may write it: a number (the field's rule) or a distribution of it. */
export type UncertainField<K extends NumericFieldName> = z.ZodUnion<[(typeof fieldRules)[K], typeof Distribution]>;

/**
 * The rule of the numeric input at `fieldPath` (any segment's or move's stands for all), or a
 * distribution standing for it; parsed to the number, or to the distribution's point value (see
 * `distributionSampler`). Its problems keep their paths inside the distribution (`sd`, `value`).
 * Typed, and described in JSON Schema, as the union it checks.
 */
function uncertainNumber(fieldPath: FieldPath): z.ZodUnion<[z.ZodNumber, typeof Distribution]> {
  const { rule } = parseFieldPath(fieldPath)!;
  const check = (value: unknown, ctx: z.RefinementCtx): unknown => {
    if (!isDistributionLike(value)) {
      const parsed = rule.safeParse(value, { reportInput: true });
      if (!parsed.success) addIssues(ctx, parsed.error.issues, false);
      return value;
    }
    const spec = Distribution.safeParse(value, { reportInput: true });
    if (!spec.success) {
      addIssues(ctx, spec.error.issues, true);
      return value;
    }
    try {
      return distributionSampler(value, fieldPath, '').value;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // The sampler names the distribution itself ('') or its "value" ('.value').
      const issues = error.problems.map((p) => ({ code: 'custom', path: p.path === '' ? [] : ['value'], message: p.rule, input: value }) as Issue);
      addIssues(ctx, issues, true);
      return value;
    }
  };
  return z.preprocess(check, z.union([rule, Distribution])) as unknown as z.ZodUnion<[z.ZodNumber, typeof Distribution]>;
}

/** The field's rule, or a distribution standing for it (see `uncertainNumber`). */
const uncertainField = <K extends NumericFieldName>(field: K): UncertainField<K> => uncertainNumber(field) as unknown as UncertainField<K>;

/** A retention's α and β, each a number or a distribution; `optional` in a patch. */
const retentionNumbers = (optional: boolean) =>
  Object.fromEntries(
    (['alpha', 'beta'] as const).map((key) => [key, optional ? uncertainNumber(`retention.${key}`).optional() : uncertainNumber(`retention.${key}`)]),
  );
/** A segment's shares and per-subscriber fields, each a number or a distribution; `share` required unless `optional`. */
const segmentNumbers = (optional: boolean) => ({
  share: optional ? uncertainNumber('segments.segment.share').optional() : uncertainNumber('segments.segment.share'),
  newSubscriberShare: uncertainNumber('segments.segment.newSubscriberShare').optional(),
  ...Object.fromEntries(segmentFieldNames.map((field) => [field, uncertainNumber(`segments.segment.${field}`).optional()])),
});

/** A retention whose α and β may be distributions. */
const UncertainRetention = Retention.extend(retentionNumbers(false));
/** A retention in a patch whose α and β may be distributions. */
const UncertainRetentionPatch = RetentionPatch.extend(retentionNumbers(true));
/** A segment whose shares and fields may be distributions. */
const UncertainSegment = Segment.extend({ ...segmentNumbers(false), retention: UncertainRetention.optional() });
/** A segment in a patch whose shares and fields may be distributions. */
const UncertainSegmentPatch = SegmentPatch.extend({ ...segmentNumbers(true), retention: UncertainRetentionPatch.optional() });
/** A move whose `sharePerMonth` may be a distribution. */
const UncertainMove = Move.extend({ sharePerMonth: uncertainNumber('moves[0].sharePerMonth') });
/** The moves with distributions (the list's own rules kept). */
const UncertainMoves = Moves.clone({ ...Moves.def, element: UncertainMove } as unknown as typeof Moves.def) as unknown as z.ZodArray<typeof UncertainMove>;
/** `segments` (the record of `Segments` or `SegmentsPatch`) holding `segment`s with distributions, the record's own rules kept (names, how many). */
const uncertainSegments = <S extends z.ZodType>(segments: typeof Segments | typeof SegmentsPatch, segment: S) =>
  (segments as z.ZodType).clone({ ...segments.def, valueType: segment } as unknown as z.ZodType['def']) as unknown as z.ZodRecord<typeof SegmentName, S>;
/** The nested parts of a baseline, with distributions at their numeric places. */
const baselineParts = {
  segments: uncertainSegments(Segments, UncertainSegment).optional(),
  moves: UncertainMoves.optional(),
  retention: UncertainRetention.optional(),
};
/** The nested parts of a patch, with distributions at their numeric places. */
const patchParts = {
  segments: uncertainSegments(SegmentsPatch, UncertainSegmentPatch).optional(),
  moves: UncertainMoves.optional(),
  retention: UncertainRetentionPatch.optional(),
};

/** `Shape` with each numeric field a number or a distribution, optional where it was optional or had a default. */
type UncertainShape<Shape> = {
  [K in keyof Shape]: K extends NumericFieldName
    ? Shape[K] extends z.ZodDefault | z.ZodOptional
      ? z.ZodOptional<UncertainField<K>>
      : UncertainField<K>
    : Shape[K];
};

/** `shape` with every numeric field a number or a distribution; a field's default or `optional` kept. */
function uncertainShape<Shape extends z.ZodRawShape>(shape: Shape): UncertainShape<Shape> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      if (!numericFields.has(key)) return [key, schema];
      const either = uncertainField(key as NumericFieldName);
      if (schema instanceof z.ZodDefault) return [key, either.default(schema.def.defaultValue as number)];
      return [key, schema instanceof z.ZodOptional ? either.optional() : either];
    }),
  ) as UncertainShape<Shape>;
}

/** Paths (within `value`, prefixed with `path`) of every distribution-like object in it, however deep. */
function nestedDistributions(value: unknown, path: readonly PropertyKey[]): PropertyKey[][] {
  if (isDistributionLike(value)) return [[...path]];
  if (Array.isArray(value)) return value.flatMap((item, index) => nestedDistributions(item, [...path, index]));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, item]) => nestedDistributions(item, [...path, key]));
  return [];
}

/** True when `path` is `outer` or lies inside it. */
const within = (path: readonly PropertyKey[], outer: readonly PropertyKey[]) => outer.length <= path.length && outer.every((key, i) => path[i] === key);

/** `issue` without what it says of the values at `paths` (already reported), or nothing when that is all it says. */
function besides(issue: Issue, paths: readonly (readonly PropertyKey[])[]): Issue[] {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.filter((key) => !paths.some((path) => within([...issue.path, key], path)));
    return keys.length === 0 ? [] : [{ ...issue, keys }];
  }
  return paths.some((path) => within(issue.path, path)) ? [] : [issue];
}

/**
 * `object` (a baseline or a patch whose numeric fields are {@link UncertainField}s), where a
 * distribution written elsewhere — for a field that is not a number (at any depth: `retention.periodMonths`), an unknown key, or inside
 * `changes` (a change sets a fixed value from its month on) — is reported as such, in place of
 * what `object` says of that value. Typed, and described in JSON Schema, as `object`.
 */
function uncertainObject<S extends z.ZodType>(object: S): S {
  const check = (value: unknown, ctx: z.RefinementCtx): unknown => {
    if (!isPlainObject(value)) return value;
    // Object.entries reads own keys only: a "__proto__" key stays a plain key.
    const misplaced = Object.entries(value).flatMap(([key, item]) => {
      if (key === 'changes') {
        return nestedDistributions(item, [key]).map((path) => ({
          path,
          rule: 'a distribution is not allowed inside changes (a change sets a fixed value from its month on): give the field itself a distribution instead',
        }));
      }
      return nestedDistributions(item, [key])
        .filter((path) => parseFieldPath(formatPath(path)) === undefined)
        .map((path) => ({ path, rule: 'a distribution can stand only for a numeric input field (check the spelling)' }));
    });
    if (misplaced.length === 0) return value;
    addIssues(
      ctx,
      misplaced.map(({ path, rule }) => ({ code: 'custom', path, message: rule, input: value }) as Issue),
      true,
    );
    const parsed = object.safeParse(value, { reportInput: true });
    const paths = misplaced.map(({ path }) => path);
    if (!parsed.success)
      addIssues(
        ctx,
        parsed.error.issues.flatMap((issue) => besides(issue, paths)),
        false,
      );
    return value;
  };
  return z.preprocess(check, object) as unknown as S;
}

/** The fields of a baseline with distributions: a scenario input where any numeric field may be a distribution. */
export const UncertainBaselineFields = z.strictObject({ ...uncertainShape(ScenarioInput.shape), ...baselineParts });
/** A baseline with distributions; its cross-field rules are checked on the point values. */
const UncertainBaseline = uncertainObject(UncertainBaselineFields.superRefine((input, ctx) => checkCrossFieldRules(input as unknown as ScenarioInput, ctx)));
/** The fields of a hypothesis' patch with distributions. */
export const UncertainPatchFields = z.strictObject({ ...uncertainShape(ScenarioPatch.shape), ...patchParts });
/** A hypothesis' patch with distributions. */
const UncertainPatch = uncertainObject(UncertainPatchFields);
/** A combination whose `set` may hold distributions. */
export const UncertainCombination = CombinedHypothesis.extend({ set: UncertainPatch.optional() });

/** The hand check of the hypotheses (names first, each entry against the schema its shape asks for: see `hypothesesOf`). */
const checkedHypotheses = hypothesesOf(UncertainCombination, UncertainPatch);
/** The hypotheses: name → patch or combination; checked by `hypothesesOf`, described in JSON Schema as a record. */
const UncertainHypotheses = z.preprocess(
  (value, ctx) => {
    const parsed = checkedHypotheses.safeParse(value, { reportInput: true });
    if (!parsed.success) addIssues(ctx, parsed.error.issues, false);
    return value;
  },
  z.record(ScenarioName, z.union([UncertainCombination, UncertainPatch])),
) as unknown as z.ZodRecord<typeof ScenarioName, z.ZodUnion<[typeof UncertainCombination, typeof UncertainPatch]>>;

/** What the schema of an uncertain scenario file parses it to: the plain scenario file (see `ScenarioFile`), its `simulation` section, its `report` section as `Report`. */
export type ParsedUncertainFile<Report> = ScenarioFile & { readonly simulation?: SimulationSettings; readonly report?: Report };

/**
 * The schema of an uncertain scenario file, with `report` the schema of its `"report"` section: a
 * scenario file (see `ScenarioFile`) where any numeric input of the baseline, of a hypothesis'
 * patch or of a combination's `set` may be a `Distribution` in place of a number — a field
 * (`openRate`), a segment's share or field (`segments.engaged.openRate`), a retention's α or β
 * (`retention.alpha`, `segments.dormant.retention.beta`), a move's `sharePerMonth` — never inside
 * `changes`, plus the optional `"simulation"` section ({@link SimulationSettings}: draws, seed) and
 * the optional `"report"` section.
 *
 * It parses the file to the plain scenario file `parseScenarioFile` gives (each distribution
 * replaced by its point value, `value` or the mean; the cross-field rules checked on these values),
 * plus `simulation` and `report`. A distribution's problems are reported at their paths inside it
 * (`baseline.openRate.sd`), marked by {@link isDistributionProblem}.
 *
 * @param report - the schema of the `"report"` section (the analysis layer takes it as written: `z.unknown()`)
 * @returns the schema
 *
 * @example
 * uncertainScenarioFile(z.unknown()).parse({ baseline: { ...input, openRate: { dist: 'beta', alpha: 40, beta: 60 } }, hypotheses: {} })
 *   .baseline.openRate //=> 0.4
 */
export function uncertainScenarioFile<R extends z.ZodType>(report: R) {
  const shape = {
    ...ScenarioFile.in.shape,
    baseline: UncertainBaseline,
    hypotheses: UncertainHypotheses,
    simulation: SimulationSettings.optional(),
    report: report.optional(),
  };
  return z
    .strictObject(shape)
    .superRefine(checkBaselineNameFree)
    .pipe(ScenarioFile.out as unknown as z.ZodTransform<ParsedUncertainFile<z.output<R>>, z.output<z.ZodObject<typeof shape>>>);
}

/**
 * The schema of an uncertain scenario file whose `"report"` section is taken as written (checked
 * by the report layer's `UserScenarioFile`): see {@link uncertainScenarioFile}.
 *
 * @example
 * UncertainScenarioFile.safeParse({ baseline: { ...input, openRate: { dist: 'normal', mean: 0.4, sd: -1 } }, hypotheses: {} })
 *   .error.issues[0].path //=> ['baseline', 'openRate', 'sd']
 * UncertainScenarioFile.safeParse({ baseline: { ...segmentedInput, retention: { alpha: { dist: 'uniform', min: 1, max: 0.5 }, beta: 1.2 } }, hypotheses: {} })
 *   .error.issues[0].path //=> ['baseline', 'retention', 'alpha', 'max']
 */
export const UncertainScenarioFile = uncertainScenarioFile(z.unknown());
