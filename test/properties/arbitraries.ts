import { fc } from '@fast-check/vitest';
import type Decimal from 'decimal.js';
import { ExactDecimal } from '../../src/calculator/decimalCalculator';
import type { MonthRow } from '../../src/model/monthRow';
import type { ScenarioFileData } from '../../src/scenarios/scenarioFile';
import type { ScenarioPatch } from '../../src/scenarios/scenarioPatch';
import { changeableFieldNames, fieldRules, type ChangeableFieldName, type NumericFieldName, numericFieldNames } from '../../src/schema/fields';
import type { ScenarioInputData } from '../../src/schema/scenarioInput';
import { formatPath } from '../../src/errors/formatPath';

/** Runs per property: 1,000 in CI (`CI` set, as `.ci/run` does), 100 otherwise. The one place to change it. */
export const numRuns = process.env.CI ? 1000 : 100;
/** fast-check parameters every property passes to `test.prop`. */
export const runs = { numRuns } as const;
/** Per-test time limit (ms) for a property at `numRuns`: a hang guard, not a speed assertion. */
export const propertyTimeout = 120_000;

/**
 * Realistic magnitudes of every numeric field: a list of up to a million, rates anywhere in their
 * rule's range, orders worth up to 1,000, budgets up to 100,000 a month. Intersected with the field
 * rules' own ranges below, so a rule that narrows is followed here.
 */
const realisticRanges: Readonly<Record<NumericFieldName, readonly [number, number]>> = {
  subscribers: [0, 1e6],
  newSubscribersPerMonth: [0, 1e4],
  newSubscribersGrowthMonthly: [-0.1, 0.1],
  churnPerMonth: [0, 0.2],
  churnPerEmail: [0, 0.02],
  emailsPerMonth: [0, 30],
  openRate: [0, 1],
  clickRate: [0, 1],
  conversionRate: [0, 1],
  averageOrderValue: [0, 1000],
  grossMargin: [0, 1],
  offEmailMultiplier: [0, 3],
  budgetPerMonth: [0, 1e5],
  costPerThousandEmails: [0, 20],
  investment: [0, 1e6],
  runningCostPerMonth: [0, 1e4],
  inflationAnnual: [-0.05, 0.2],
  discountRateAnnual: [-0.05, 0.5],
};

/** Largest value below an exclusive bound that the arbitraries use (growth rates are > −1). */
const EXCLUSIVE_MARGIN = 1e-6;

/** The whole range a field's rule accepts (an exclusive bound moved in by {@link EXCLUSIVE_MARGIN}). */
export function ruleRange(field: NumericFieldName): [number, number] {
  const rule = fieldRules[field];
  const lo = rule.safeParse(rule.minValue).success ? rule.minValue! : rule.minValue! + EXCLUSIVE_MARGIN;
  const hi = rule.safeParse(rule.maxValue).success ? rule.maxValue! : rule.maxValue! - EXCLUSIVE_MARGIN;
  return [lo, hi];
}

/** The realistic range of a field, inside its rule's range; checked against the rule. */
export function realisticRange(field: NumericFieldName): [number, number] {
  const [ruleLo, ruleHi] = ruleRange(field);
  const [lo, hi] = realisticRanges[field];
  const range: [number, number] = [Math.max(ruleLo, lo), Math.min(ruleHi, hi)];
  for (const bound of range) {
    if (!fieldRules[field].safeParse(bound).success) throw new Error(`arbitraries: ${field} bound ${bound} breaks the field's rule`);
  }
  return range;
}

/**
 * A value in [min, max]: mostly uniform with nine significant digits (as a calibrated input),
 * sometimes a "round" value a person would type (hundredths of the range), sometimes a bound.
 * Never −0.
 */
export function valueIn(min: number, max: number, integer = false): fc.Arbitrary<number> {
  const clean = (v: number) => (v === 0 ? 0 : v);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 0, max: 1e9 }).map((k) => clean(min + ((max - min) * k) / 1e9)) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((k) => clean(min + ((max - min) * k) / 100)) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
}

/** Ranges that override the realistic ones (each still checked against its rule). */
export type Ranges = Partial<Record<NumericFieldName, readonly [number, number]>>;

const fieldValues = new Map<string, fc.Arbitrary<number>>();

/** A value for `field`: realistic, or from `ranges` when given; people and emails are sometimes whole. */
export function fieldValue(field: NumericFieldName, ranges: Ranges = {}): fc.Arbitrary<number> {
  const key = `${field} ${String(ranges[field] ?? '')}`;
  const known = fieldValues.get(key);
  if (known !== undefined) return known;
  const made = makeFieldValue(field, ranges);
  fieldValues.set(key, made);
  return made;
}

function makeFieldValue(field: NumericFieldName, ranges: Ranges): fc.Arbitrary<number> {
  const [min, max] = ranges[field] ?? realisticRange(field);
  for (const bound of [min, max]) {
    if (!fieldRules[field].safeParse(bound).success) throw new Error(`arbitraries: ${field} bound ${bound} breaks the field's rule`);
  }
  const counts: readonly NumericFieldName[] = ['subscribers', 'newSubscribersPerMonth', 'emailsPerMonth'];
  if (counts.includes(field) && Math.floor(max) >= Math.ceil(min)) return fc.oneof(valueIn(min, max, true), valueIn(min, max));
  return valueIn(min, max);
}

/** A `YYYY-MM-DD` date that exists, 1990–2100. */
export const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export interface InputOptions {
  /** Latest `fromMonth` a change may have (keep it within the horizon the property forecasts). Default 6. */
  readonly maxChangeMonth?: number;
  /** Most changes (default 1; 0 for none). */
  readonly maxChanges?: number;
  /**
   * How often an input has changes: "sometimes" (default, one input in three: each change is a run of months
   * whose discount and inflation powers the exact path computes again, the main cost of a forecast) or "often".
   */
  readonly changesHow?: 'sometimes' | 'often';
  /** Ranges instead of the realistic ones. */
  readonly ranges?: Ranges;
  /** Values fixed for every input; these fields are also never set by a change. */
  readonly fixed?: Partial<Record<NumericFieldName, number>> & Partial<Pick<ScenarioInputData, 'churnModel' | 'clickRateBasis' | 'pricesFollowInflation'>>;
  /** Fields that changes never set (besides the fixed ones). */
  readonly keepInChanges?: readonly ChangeableFieldName[];
  /** Always give `openRate`, even with click-rate basis "delivered". */
  readonly withOpenRate?: boolean;
}

/** One change: from a month in 1…maxChangeMonth, a few fields set to realistic values. */
export function change(maxChangeMonth: number, ranges: Ranges = {}, exclude: readonly string[] = []) {
  const fields = changeableFieldNames.filter((f) => !exclude.includes(f));
  return fc.record({
    fromMonth: fc.integer({ min: 1, max: maxChangeMonth }),
    set: fc.record(Object.fromEntries(fields.map((f) => [f, fieldValue(f, ranges)])) as Record<ChangeableFieldName, fc.Arbitrary<number>>, {
      requiredKeys: [],
    }),
  });
}

const required = ['subscribers', 'emailsPerMonth', 'clickRate', 'conversionRate', 'averageOrderValue', 'discountRateAnnual', 'openRate'] as const;

/**
 * A valid scenario input as a user writes it: required fields always, the others (defaults) often
 * left out, realistic magnitudes (with the options above), changes in one input of three. Additive churn stays ≤ 1
 * in every month because the realistic ranges keep churnPerMonth + churnPerEmail × emailsPerMonth ≤ 0.8.
 */
export function scenarioInput(options: InputOptions = {}): fc.Arbitrary<ScenarioInputData> {
  const { maxChangeMonth = 6, maxChanges = 1, changesHow = 'sometimes', ranges = {}, fixed = {}, keepInChanges = [], withOpenRate = false } = options;
  const oneChange = change(maxChangeMonth, ranges, [...Object.keys(fixed), ...keepInChanges]);
  const changes =
    changesHow === 'often' || maxChanges === 0
      ? fc.array(oneChange, { maxLength: maxChanges })
      : fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(oneChange, { minLength: 1, maxLength: maxChanges }) });
  const fixedNames = Object.keys(fixed);
  const numeric = Object.fromEntries(numericFieldNames.filter((f) => !fixedNames.includes(f)).map((f) => [f, fieldValue(f, ranges)]));
  const record = fc.record(
    {
      ...numeric,
      churnModel: fc.constantFrom('additive', 'compound'),
      clickRateBasis: fc.constantFrom('opens', 'delivered'),
      pricesFollowInflation: fc.boolean(),
      startDate: isoDate,
      changes,
    },
    { requiredKeys: required.filter((f) => !fixedNames.includes(f)) as never[] },
  );
  return fc.tuple(record, fc.boolean()).map(([data, dropOpenRate]) => {
    const input = { ...data, ...fixed } as Record<string, unknown>;
    if (maxChanges === 0) delete input.changes;
    if (input.clickRateBasis === 'delivered' && dropOpenRate && !withOpenRate && fixed.openRate === undefined) delete input.openRate;
    return input as ScenarioInputData;
  });
}

/** Fields a patch may give (besides `changes`): every numeric field and the switches that a patch can flip safely. */
export const patchFieldNames = [...numericFieldNames, 'churnModel', 'pricesFollowInflation'] as const;

/**
 * A patch: some of the fields (realistic values), sometimes changes; never a field of `exclude`,
 * in the patch or in its changes.
 */
export function scenarioPatch(maxChangeMonth: number, exclude: readonly string[] = [], maxChanges = 1) {
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    ...Object.fromEntries(numericFieldNames.map((f) => [f, fieldValue(f)])),
    churnModel: fc.constantFrom('additive', 'compound'),
    pricesFollowInflation: fc.boolean(),
    changes: fc.array(change(maxChangeMonth, {}, exclude), { maxLength: maxChanges }),
  };
  return fc.record(Object.fromEntries(Object.entries(fields).filter(([f]) => !exclude.includes(f))), { requiredKeys: [] }) as fc.Arbitrary<ScenarioPatch>;
}

/**
 * A hypothesis name: a word and any text, so never a reserved name, never a whole number
 * (which objects would reorder), and never "baseline". Includes names such as "toString".
 */
export const hypothesisName = fc
  .tuple(fc.constantFrom('H', 'Welcome series ', 'Weekly digest ', 'toString', 'hasOwnProperty', 'Ünïcødé ✉ '), fc.string({ maxLength: 8 }))
  .map(([word, rest]) => `${word}${rest}`);

export interface FileOptions {
  readonly minHypotheses?: number;
  /** Default 4. */
  readonly maxHypotheses?: number;
  /** Changes in the baseline and the patches (default true): each costs the exact path a run of months. */
  readonly changes?: boolean;
  /** Horizons to choose from, in years (default 0.5, 1 and 1.5). */
  readonly horizonsYears?: readonly number[];
}

/**
 * A valid scenario file: a baseline, hypotheses in file order, some of them `combine`s of earlier
 * ones (repeats allowed, never a cycle), with a `set` or not. Changes stay within the first six
 * months, so they are within every horizon.
 */
export function scenarioFile(options: FileOptions = {}): fc.Arbitrary<ScenarioFileData> {
  const { minHypotheses = 0, maxHypotheses = 4, changes = true, horizonsYears = [0.5, 1, 1.5] } = options;
  const maxChangeMonth = 6;
  const maxChanges = changes ? 1 : 0;
  const patch = scenarioPatch(maxChangeMonth, [], maxChanges);
  // Each hypothesis is a patch, or combines earlier ones (indices taken modulo its position), with a `set` or not.
  const shape = fc.record({
    patch,
    combination: fc.boolean(),
    combine: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    set: fc.option(patch, { nil: undefined }),
  });
  return fc
    .record(
      {
        name: fc.string({ maxLength: 20 }),
        horizonsYears: fc.uniqueArray(fc.constantFrom(...horizonsYears), { minLength: 1, maxLength: horizonsYears.length }),
        baseline: scenarioInput({ maxChangeMonth, maxChanges, withOpenRate: true }),
        hypotheses: fc.uniqueArray(fc.tuple(hypothesisName, shape), { minLength: minHypotheses, maxLength: maxHypotheses, selector: ([name]) => name }),
      },
      { requiredKeys: ['baseline', 'hypotheses'] },
    )
    .map(({ hypotheses, ...file }) => {
      const names = hypotheses.map(([name]) => name);
      const entries = hypotheses.map(([name, h], i) => {
        if (i === 0 || !h.combination) return [name, h.patch];
        const combination = { combine: h.combine.map((k) => names[k % i]!) };
        return [name, h.set === undefined ? combination : { ...combination, set: h.set }];
      });
      return { ...file, hypotheses: Object.fromEntries(entries) } as ScenarioFileData;
    });
}

/** Money in cents from −1,000,000 to 1,000,000. */
export const money = fc.integer({ min: -1e8, max: 1e8 }).map((cents) => (cents === 0 ? 0 : cents / 100));

/** Cash flows one period apart, 1–60 of them. */
export const flows = fc.array(money, { minLength: 1, maxLength: 60 });

/** Flows with exactly one sign change: an outlay now, then returns (none negative, at least one positive). */
export const investmentFlows = fc
  .tuple(fc.integer({ min: 1, max: 1e8 }), fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 1e7 }))
  .map(([outlay, returns, last]) => [-outlay / 100, ...returns.map((c) => c / 100), last / 100]);

/** Every field of every row as a string: exact Decimals compare by value, dates as they are. */
export function rowStrings(rows: readonly MonthRow<Decimal>[]): Record<string, string>[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, String(value)])));
}

/** Calls `visit` with every number and every Decimal held anywhere in `value`, with its path as a list of keys. */
export function forEachNumber(
  value: unknown,
  visit: (n: number | Decimal, path: readonly (string | number)[]) => void,
  path: readonly (string | number)[] = [],
): void {
  if (typeof value === 'number') visit(value, path);
  else if (ExactDecimal.isDecimal(value)) visit(value as Decimal, path);
  else if (Array.isArray(value)) value.forEach((item, i) => forEachNumber(item, visit, [...path, i]));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) forEachNumber(item, visit, [...path, key]);
  }
}

/** The paths (`a.b[2]`) of every NaN or ±Infinity (number or Decimal) inside `value`. */
export function nonFinitePaths(value: unknown): string[] {
  const bad: string[] = [];
  forEachNumber(value, (n, path) => {
    if (typeof n === 'number' ? !Number.isFinite(n) : !n.isFinite()) bad.push(formatPath(path));
  });
  return bad;
}
