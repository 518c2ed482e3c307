import type Decimal from 'decimal.js';
import { z } from 'zod';
import { decimalCalculator, ExactDecimal } from '../../calculator/decimalCalculator';
import { runModel } from '../../model/runModel';
import { numericFieldNames, segmentFieldNames } from '../../schema/fields';
import { type FieldPath, parseFieldPath, readFieldPath, numericFieldPaths } from '../../schema/fieldPaths';
import { FIELD_PATH_EXAMPLES } from '../../schema/withFieldValues';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { parseScenarioInput } from '../../schema/parseScenarioInput';
import { plausibilityWarnings } from '../../schema/plausibilityWarnings';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { analysisMonths } from '../cashflow/analysisMonths';
import { nearestValidValue } from './nearestValidValue';
import { missingPlace } from './missingPlace';
import { optionsArgument } from '../../errors/optionsArgument';
import type { ScenarioInputData } from '../../schema/scenarioInput';

const fieldList = numericFieldNames.join(', ');

/** What {@link sensitivity} takes besides the input. */
export const SensitivityOptions = z.strictObject({
  /** Horizon in years (default 5 when `months` is not given either). */
  years: z.number({ error: 'must be a number of years' }).optional(),
  /** Horizon in months. */
  months: z.number({ error: 'must be a number of months' }).optional(),
  /**
   * The inputs to vary, by field path (`openRate`, `segments.engaged.openRate`, `retention.alpha`, `moves[0].sharePerMonth`);
   * default: every numeric input whose value in force is not 0, but the segments' shares (see {@link sensitivity}).
   */
  fields: z
    .array(
      z
        .string({ error: `must be numeric input fields (${fieldList}) or paths such as ${FIELD_PATH_EXAMPLES}` })
        .refine((path) => parseFieldPath(path) !== undefined, {
          error: `must be numeric input fields (${fieldList}) or paths such as ${FIELD_PATH_EXAMPLES}`,
        }),
      { error: 'must be a list of numeric input fields, e.g. ["openRate", "clickRate"]' },
    )
    .min(1, { error: 'must name at least one input' })
    .optional(),
  /** The relative change of each input, both ways (default 0.1: ±10 %). */
  change: z
    .number({ error: 'must be a number (a fraction: 0.1 for ±10 %)' })
    .gt(0, { error: 'must be more than 0 (a fraction: 0.1 for ±10 %)' })
    .max(1, { error: 'must be at most 1 (a fraction: 0.1 for ±10 %)' })
    .default(0.1),
});
export type SensitivityOptions = z.input<typeof SensitivityOptions>;

/** One input's bar of the tornado. */
export interface SensitivityEntry {
  /** The input's field path, e.g. `openRate` or `segments.engaged.openRate` (see `fieldPathGuide` for its label). */
  readonly field: FieldPath;
  /** The input's value in the scenario (month 1), in its unit. */
  readonly value: number;
  /** The lower of the two values used: value × (1 − change) for a positive value, or the nearest valid value. */
  readonly valueLow: number;
  /** The higher of the two values used: value × (1 + change) for a positive value, or the nearest valid value. */
  readonly valueHigh: number;
  /** True when a perturbed value fell outside the input's valid range and the range's bound was used instead. */
  readonly clamped: boolean;
  /** NPV with the input at `valueLow` (money at t = 0). */
  readonly npvLow: Decimal;
  /** NPV with the input at `valueHigh` (money at t = 0). */
  readonly npvHigh: Decimal;
  /** |npvHigh − npvLow| (money): the length of the bar. */
  readonly swing: Decimal;
  /**
   * %ΔNPV / %Δinput = ((npvHigh − npvLow) / |npvBase|) / ((valueHigh − valueLow) / |value|); null when undefined.
   * Its sign always says which way the NPV moves: positive when raising the input raises the NPV, even when
   * the base NPV (or the input) is negative.
   */
  readonly elasticity: number | null;
  /** Why `elasticity` is null. */
  readonly elasticityReason?: string;
}

/** The result of {@link sensitivity}: exact money, nothing rounded. */
export interface SensitivityResult {
  /** The horizon, in months. */
  readonly months: number;
  /** The relative change applied both ways (fraction). */
  readonly change: number;
  /** The scenario's own NPV (money at t = 0). */
  readonly npvBase: Decimal;
  /** One entry per input, the largest swing first (tornado order). */
  readonly tornado: readonly SensitivityEntry[];
  /** The input's plausibility warnings (see `plausibilityWarnings`); empty when none. */
  readonly warnings: readonly string[];
}

const exactNpv = (input: ScenarioInput, months: number) => runModel(decimalCalculator, input, { months }).npv;

/** Whether every segment sets its own value of a scenario-wide path (a field, or retention's α or β): varying the scenario's then changes nothing. */
function overriddenBySegments(input: ScenarioInput, path: FieldPath): boolean {
  const segments = Object.values(input.segments ?? {});
  if (segments.length === 0) return false;
  if (path.startsWith('retention.')) return segments.every((segment) => segment.retention !== undefined);
  return (
    (segmentFieldNames as readonly string[]).includes(path) && segments.every((segment) => segment[path as (typeof segmentFieldNames)[number]] !== undefined)
  );
}

/** The inputs varied by default: every path whose value in force is not 0, but the segments' shares and the scenario's values no segment inherits. */
function defaultFields(input: ScenarioInput): FieldPath[] {
  return numericFieldPaths(input).filter((path) => {
    const { field, keys } = parseFieldPath(path)!;
    if (keys.length === 3 && (field === 'share' || field === 'newSubscriberShare')) return false;
    return (readFieldPath(input, path) ?? 0) !== 0 && !overriddenBySegments(input, path);
  });
}

/** The elasticity from the central difference, or why there is none. */
function elasticityOf(
  value: number,
  low: number,
  high: number,
  npvBase: Decimal,
  npvLow: Decimal,
  npvHigh: Decimal,
): Pick<SensitivityEntry, 'elasticity' | 'elasticityReason'> {
  if (value === 0) return { elasticity: null, elasticityReason: 'the input is 0: a percentage change of it is undefined' };
  if (low === high) return { elasticity: null, elasticityReason: 'the input cannot move within its valid range' };
  if (npvBase.isZero()) return { elasticity: null, elasticityReason: 'the base NPV is 0: a percentage change of it is undefined' };
  // Both denominators taken as sizes, so that the sign is that of (npvHigh − npvLow): the direction of the NPV.
  const relativeInput = new ExactDecimal(high).minus(low).div(Math.abs(value));
  return { elasticity: npvHigh.minus(npvLow).div(npvBase.abs()).div(relativeInput).toNumber() };
}

/**
 * Which assumption matters most: the NPV with each numeric input moved down and up by the
 * same share (`change`, ±10 % by default), sorted by the swing between the two (tornado data),
 * and the elasticity of the NPV to each input.
 *
 * ```
 * valueLow, valueHigh = value × (1 − change), value × (1 + change)   (ordered; clamped to the valid range)
 * npvLow, npvHigh     = NPV_M with the input at valueLow, valueHigh   (everything else fixed)
 * swing               = |npvHigh − npvLow|                             (money)
 * elasticity          = ((npvHigh − npvLow) / |npvBase|) / ((valueHigh − valueLow) / |value|)   (%ΔNPV per %Δinput)
 * ```
 * The absolute values keep the elasticity's sign meaningful whatever the signs of the NPV and the input:
 * positive means raising the input raises the NPV (a loss of −10,000 becoming −9,000 is +10 %).
 * The input changes in every month: a value the input takes in `changes` moves by the same
 * ratio (`withFieldValues` with `changes: "scale"`). A value outside the input's valid range
 * (e.g. an open rate of 0.95 × 1.1) is replaced by the nearest valid one and the entry says
 * `clamped: true`; the elasticity then uses the values actually used. Elasticity is null, with
 * a reason, when the base NPV or the input is 0. Every NPV runs on the exact backend
 * (2 × inputs + 1 model runs).
 *
 * Inputs are named by field path: a segment's field (`segments.engaged.openRate`, its own value or the one it
 * inherits: moving it gives the segment its own), retention's α and β, a move's share. By default every
 * input whose value in force is not 0 is varied — for a segmented scenario, each segment's fields (a bar per
 * segment and field), the scenario's fields that some segment inherits (a scenario field every segment sets
 * for itself moves nothing and is left out), retention and the moves — but not the segments' `share` and
 * `newSubscriberShare`: the shares sum to 1, so one cannot move alone. Named in `fields`, a share moves with
 * the other segments' shares rescaled in proportion (`fieldPathValues`): the bar of the list's mix.
 *
 * @param input - a scenario input (validated here; an already parsed input is accepted as is)
 * @param options - `years` or `months` (default 5 years), `fields`, `change` (default 0.1)
 * @returns the base NPV and one entry per input, the largest swing first
 * @throws {InputError} for a bad input or option, e.g. `change: must be at most 1 …`,
 *   `fields: openRate is not set in this scenario …`, or `fields[2]: "segments.x.openRate" names no segment of the scenario (engaged, dormant)`
 *
 * @example
 * // articleFile = JSON.parse(readFileSync('examples/moller-article.json', 'utf8'))
 * const result = sensitivity(articleFile.baseline, { years: 5, fields: ['openRate', 'budgetPerMonth'] });
 * result.tornado.map((e) => e.field) //=> ['openRate', 'budgetPerMonth']
 * result.tornado[0].elasticity //=> 1.435… (1 % more opens, 1.435 % more 5-year NPV)
 * result.tornado[0].swing.toFixed(0) //=> '28069'
 */
export function sensitivity(input: ScenarioInputData, options: SensitivityOptions = {}): SensitivityResult {
  const parsed = parseScenarioInput(input);
  const { years, months: monthsOption, fields, change } = parseWith(SensitivityOptions, optionsArgument(options));
  const months = analysisMonths({ years, months: monthsOption }, 5);
  const missing = fields === undefined ? [] : fields.flatMap((path, index) => missingPlace(parsed, path, `fields[${index}]`));
  if (missing.length > 0) throw new InputError(missing);
  const chosen = fields === undefined ? defaultFields(parsed) : [...new Set(fields)];
  const unset = chosen.filter((f) => readFieldPath(parsed, f) === undefined);
  if (unset.length > 0) {
    throw new InputError(
      unset.map((f) => ({ path: 'fields', rule: `${f} is not set in this scenario (it has no effect with clickRateBasis "${parsed.clickRateBasis}")` })),
    );
  }
  const npvBase = exactNpv(parsed, months);
  const tornado = chosen.map((field): SensitivityEntry => {
    const value = readFieldPath(parsed, field)!;
    // value × (1 ∓ change) in decimal, so that 0.4 × 0.9 is 0.36, not 0.36000000000000004
    const [down, up] = [-change, change].map((c) => new ExactDecimal(value).times(new ExactDecimal(1).plus(c)).toNumber()).sort((a, b) => a - b) as [
      number,
      number,
    ];
    const low = nearestValidValue(parsed, field, value, down);
    const high = nearestValidValue(parsed, field, value, up);
    const npvLow = exactNpv(low.input, months);
    const npvHigh = exactNpv(high.input, months);
    return {
      field,
      value,
      valueLow: low.value,
      valueHigh: high.value,
      clamped: low.clamped || high.clamped,
      npvLow,
      npvHigh,
      swing: npvHigh.minus(npvLow).abs(),
      ...elasticityOf(value, low.value, high.value, npvBase, npvLow, npvHigh),
    };
  });
  // Swings equal to a millionth of a unit of money are ties, which keep the order of the fields.
  const rounded = (e: SensitivityEntry) => e.swing.toDecimalPlaces(6);
  return { months, change, npvBase, tornado: tornado.sort((a, b) => rounded(b).comparedTo(rounded(a))), warnings: plausibilityWarnings(parsed) };
}
