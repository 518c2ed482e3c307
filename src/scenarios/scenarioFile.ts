import { z } from 'zod';
import { parseWith } from '../schema/parseWith';
import { isPlainObject } from '../json/isPlainObject';
import { refuseDeepNesting } from '../schema/refuseDeepNesting';
import { IsoDate, ScenarioInput } from '../schema/scenarioInput';
import { MAX_MONTHS, yearsToMonths } from '../schema/horizon';
import { HistoryEvidence } from './historyEvidence';
import { ScenarioPatch } from './scenarioPatch';

/** Names that would clash with JavaScript object internals: never accepted as scenario names. */
const RESERVED_NAMES: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/** Most hypotheses one file may hold. */
export const MAX_HYPOTHESES = 1000;
/** Longest scenario name, in characters. */
const MAX_NAME_LENGTH = 100;

/** Why `name` cannot name a scenario, or undefined when it can. */
function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'a scenario name must not be empty';
  if (name.length > MAX_NAME_LENGTH) return `a scenario name must be at most ${MAX_NAME_LENGTH} characters`;
  if (RESERVED_NAMES.includes(name)) return `"${name}" is reserved: choose another scenario name`;
  return undefined;
}

/** A scenario's name: 1 to 100 characters, not a name reserved by JavaScript objects (`__proto__`, `constructor`, `prototype`). */
export const ScenarioName = z.string({ error: 'must be text (a scenario name)' }).superRefine((name, ctx) => {
  const problem = nameProblem(name);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

/** A hypothesis built from others: their patches applied in order, then `set`; later wins on conflicts. */
export const CombinedHypothesis = z.strictObject({
  combine: z
    .array(z.string({ error: 'must be the name of a hypothesis of this file' }), {
      error: 'must be a list of hypothesis names, e.g. ["Welcome series", "Weekly digest"]',
    })
    .min(1, { error: 'must name at least one hypothesis' })
    .max(MAX_HYPOTHESES, { error: `must name at most ${MAX_HYPOTHESES} hypotheses` }),
  set: ScenarioPatch.optional(),
});

/** One hypothesis: a patch on the baseline, or `{ combine: [names…], set? }`. */
export type Hypothesis = ScenarioPatch | z.output<typeof CombinedHypothesis>;

/**
 * The hypotheses, name → patch or combination, checked name by name: a combination (an entry with
 * `combine`) by `combination`, any other entry by `patch`. Written by hand rather than with
 * `z.record` so that a reserved name such as `__proto__` is reported before it can touch an
 * object's prototype, and so that each entry is checked against the one schema its shape asks for,
 * giving `field: rule` messages.
 *
 * @param combination - the schema of a combination, e.g. {@link CombinedHypothesis}
 * @param patch - the schema of a patch, e.g. `ScenarioPatch`
 * @returns the schema of the `hypotheses` object
 *
 * @example
 * hypothesesOf(CombinedHypothesis, ScenarioPatch).parse({ H1: { openRate: 0.45 } }) //=> { H1: { openRate: 0.45 } }
 */
export function hypothesesOf<C extends z.ZodType, P extends z.ZodType>(combination: C, patch: P) {
  return z
    .custom<Record<string, unknown>>(isPlainObject, {
      error: (issue) =>
        issue.input === undefined
          ? 'is required'
          : typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
            ? 'must be a plain object: hypothesis name → patch or { combine, set } (not a Map or a class instance)'
            : 'must be an object: hypothesis name → patch or { combine, set }',
    })
    .transform((value, ctx) => {
      const names = Object.keys(value);
      if (names.length > MAX_HYPOTHESES) {
        ctx.addIssue({ code: 'custom', message: `must hold at most ${MAX_HYPOTHESES} hypotheses (it holds ${names.length})`, input: value });
        return z.NEVER;
      }
      const hypotheses: Record<string, z.output<C> | z.output<P>> = {};
      for (const name of names) {
        const problem = nameProblem(name);
        if (problem !== undefined) {
          ctx.addIssue({ code: 'custom', path: name === '' ? [] : [name], message: problem, input: value });
          continue;
        }
        const entry = value[name];
        const schema: z.ZodType = isPlainObject(entry) && 'combine' in entry ? combination : patch;
        const result = schema.safeParse(entry, { reportInput: true });
        if (result.success) hypotheses[name] = result.data as z.output<C> | z.output<P>;
        else for (const issue of result.error.issues) ctx.issues.push({ ...issue, path: [name, ...issue.path] } as (typeof ctx.issues)[number]);
      }
      return hypotheses;
    });
}

const Hypotheses = hypothesesOf(CombinedHypothesis, ScenarioPatch);

/** The horizons compared when a file or a command gives none: 1, 3 and 5 years. */
export const DEFAULT_HORIZONS_YEARS: readonly number[] = [1, 3, 5];

/** Horizons in years; each a whole number of months. */
export const HorizonsYears = z
  .array(
    z
      .number({ error: 'must be a number of years' })
      .gt(0, { error: 'must be more than 0 years' })
      .max(MAX_MONTHS / 12, { error: `must be at most ${MAX_MONTHS / 12} years` })
      .refine((years) => Number.isInteger(Math.round(years * 12 * 1e9) / 1e9), { error: 'must be a whole number of months (years × 12)' }),
    { error: 'must be a list of horizons in years, e.g. [1, 3, 5]' },
  )
  .min(1, { error: 'must hold at least one horizon' })
  .max(20, { error: 'must hold at most 20 horizons' })
  .superRefine((list, ctx) => {
    const months = list.map(yearsToMonths);
    months.forEach((m, index) => {
      if (months.indexOf(m) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `repeats the ${list[index]}-year horizon` });
    });
  });

/** The `"$schema"` key a file may start with: the address of its JSON Schema, read by editors and ignored here. */
export const SchemaReference = z.string({ error: 'must be text (the address of the file’s JSON Schema, for editors)' }).optional();

/**
 * The schema of a scenario file: one baseline and the hypotheses to compare with it.
 *
 * - `$schema`: the address of the file's JSON Schema, for editors (optional, ignored);
 * - `name`: what the comparison is about (optional);
 * - `baselineName`: how the baseline is called in reports (default "baseline");
 * - `startDate`: the first month's date, used by the baseline when it gives none (hypotheses inherit it);
 * - `horizonsYears`: horizons to compare at (default [1, 3, 5]);
 * - `baseline`: a full scenario input;
 * - `hypotheses`: name → patch on the baseline, or `{ combine: [names…], set? }`;
 * - `history`: what the user's history showed (see `HistoryEvidence`: written by `fit`, drawn by the report, ignored by the analyses).
 *
 * Hypotheses keep the order of the file, except that names which are whole numbers
 * ("2025") come first, in numeric order: JavaScript objects order such keys that way.
 */
export const ScenarioFile = z
  .strictObject({
    $schema: SchemaReference,
    name: z.string({ error: 'must be text' }).optional(),
    baselineName: ScenarioName.default('baseline'),
    startDate: IsoDate.optional(),
    horizonsYears: HorizonsYears.default([...DEFAULT_HORIZONS_YEARS]),
    baseline: ScenarioInput,
    hypotheses: Hypotheses,
    history: HistoryEvidence.optional(),
  })
  .superRefine(checkBaselineNameFree)
  .transform(({ $schema: _reference, ...file }) =>
    file.startDate !== undefined && file.baseline.startDate === undefined ? { ...file, baseline: { ...file.baseline, startDate: file.startDate } } : file,
  );

/**
 * Checks that no hypothesis of a parsed scenario file has the baseline's name, adding an issue at
 * `hypotheses.<name>` to `ctx` when one has.
 *
 * @param file - the parsed file: its `baselineName` and `hypotheses`
 * @param ctx - the refinement's context
 *
 * @example
 * const named = z.strictObject({ baselineName: z.string(), hypotheses: z.record(z.string(), z.unknown()) }).superRefine(checkBaselineNameFree);
 * named.safeParse({ baselineName: 'today', hypotheses: { today: {} } }).error.issues[0].message
 * //=> 'has the name of the baseline ("today"): rename the hypothesis or set baselineName'
 */
export function checkBaselineNameFree(file: { readonly baselineName: string; readonly hypotheses: object }, ctx: z.RefinementCtx): void {
  if (Object.hasOwn(file.hypotheses, file.baselineName)) {
    ctx.addIssue({
      code: 'custom',
      path: ['hypotheses', file.baselineName],
      message: `has the name of the baseline ("${file.baselineName}"): rename the hypothesis or set baselineName`,
    });
  }
}

/** A scenario file as written by a user (defaults may be left out). */
export type ScenarioFileData = z.input<typeof ScenarioFile>;
/** A validated scenario file: defaults filled in, the baseline a validated {@link ScenarioInput}. */
export type ScenarioFile = z.output<typeof ScenarioFile>;

/**
 * Validates a scenario file (typically parsed JSON) and fills in the defaults.
 * Hypotheses are checked for shape here; `resolveHypotheses` checks their names and
 * the cross-field rules of each resulting scenario.
 *
 * @param data - anything, typically `JSON.parse` of the file
 * @returns a new object; `data` is not mutated
 * @throws {InputError} listing every problem as `field: rule`, e.g. `hypotheses.H1.openRate: must be a fraction from 0 to 1 …`
 *
 * @example
 * parseScenarioFile({
 *   baseline: { subscribers: 10000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1,
 *     conversionRate: 0.05, averageOrderValue: 40, discountRateAnnual: 0.1 },
 *   hypotheses: { 'Better subject lines': { openRate: 0.45 } },
 * }).horizonsYears
 * //=> [1, 3, 5]
 */
export function parseScenarioFile(data: unknown): ScenarioFile {
  refuseDeepNesting(data);
  return parseWith(ScenarioFile, data);
}
