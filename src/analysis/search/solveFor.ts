import type Decimal from 'decimal.js';
import { z } from 'zod';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { forecastNpv } from '../../model/forecastNpv';
import { runModel } from '../../model/runModel';
import { numericFieldNames } from '../../schema/fields';
import { type FieldPath, parseFieldPath, readFieldPath } from '../../schema/fieldPaths';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { parseScenarioInput } from '../../schema/parseScenarioInput';
import { plausibilityWarnings } from '../../schema/plausibilityWarnings';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { FIELD_PATH_EXAMPLES, withFieldValues } from '../../schema/withFieldValues';
import { fieldPathValues } from './fieldPathValues';
import { analysisMonths } from '../cashflow/analysisMonths';
import { fieldRange } from './fieldRange';
import { findRoot } from '../../numeric/findRoot';
import { nearestValidValue } from './nearestValidValue';
import { missingPlace } from './missingPlace';
import { optionsArgument } from '../../errors/optionsArgument';
import type { ScenarioInputData } from '../../schema/scenarioInput';

const finite = (what: string) => z.number({ error: `must be a number (${what})` }).finite({ error: `must be a finite number (${what})` });

/** What {@link solveFor} takes besides the input and the field. */
export const SolveForOptions = z.strictObject({
  /** Horizon in years (default 5 when `months` is not given either). */
  years: z.number({ error: 'must be a number of years' }).optional(),
  /** Horizon in months. */
  months: z.number({ error: 'must be a number of months' }).optional(),
  /** The NPV to reach at the horizon (money at t = 0, default 0: break-even). */
  targetNpv: finite('money').default(0),
  /** Lowest value to consider (default: the lowest valid value of the field in this scenario). */
  min: finite("in the field's unit").optional(),
  /** Highest value to consider (default: the highest valid value). */
  max: finite("in the field's unit").optional(),
});
export type SolveForOptions = z.input<typeof SolveForOptions>;

const fieldRule = `must be a numeric input field (${numericFieldNames.join(', ')}) or a field path such as ${FIELD_PATH_EXAMPLES}`;
const Field = z.string({ error: fieldRule }).refine((path) => parseFieldPath(path) !== undefined, { error: fieldRule });

/** The result of {@link solveFor}. */
export interface SolveForResult {
  /** The input's field path, e.g. `openRate` or `segments.engaged.openRate`. */
  readonly field: FieldPath;
  /** The horizon, in months. */
  readonly months: number;
  /** The NPV aimed at (money at t = 0). */
  readonly targetNpv: number;
  /** The field's value in the scenario (month 1), in its unit. */
  readonly currentValue: number;
  /** The range searched, in the field's unit. */
  readonly range: { readonly min: number; readonly max: number };
  /**
   * The value at which NPV_M = targetNpv: of `roots`, the one nearest `currentValue`; `currentValue` itself
   * when the NPV is already at the target there (also when it does not depend on the field at all).
   */
  readonly value: number;
  /** The NPV with the field at `value`, exact backend (money at t = 0): targetNpv up to the solver's tolerance. */
  readonly npvAtValue: Decimal;
  /** Every value found where the NPV crosses the target, ascending (more than one when the NPV is not monotonic in the field). */
  readonly roots: readonly number[];
  /** Iterations of Brent's method for `value`. */
  readonly iterations: number;
  /** Float-path model runs spent (grid and solver). */
  readonly evaluations: number;
  /** The input's plausibility warnings (see `plausibilityWarnings`); empty when none. */
  readonly warnings: readonly string[];
}

/** Points to scan for sign changes: an even grid over the range, and a geometric ladder out from `centre` (for wide ranges such as money). */
function searchGrid(min: number, max: number, centre: number): number[] {
  const points = new Set<number>([min, max, centre]);
  for (let k = 1; k < 100; k++) points.add(min + ((max - min) * k) / 100);
  const scale = centre !== 0 ? Math.abs(centre) : (max - min) * 1e-6;
  for (let j = -20; j < 1100; j++) {
    const step = scale * 2 ** j;
    const up = centre + step;
    const down = centre - step;
    if (up < max) points.add(up);
    if (down > min) points.add(down);
    if (up >= max && down <= min) break;
  }
  return [...points].sort((a, b) => a - b);
}

const horizonLabel = (months: number) => (months % 12 === 0 ? `${months / 12}-year` : `${months}-month`);
const money = (x: number) => (Math.abs(x) < 1e15 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(4));

/**
 * The value of one input at which the NPV at the horizon reaches a target: the break-even open
 * rate, the largest investment worth making, the budget at which a scenario stops paying.
 *
 * ```
 * find v in [min, max] with NPV_M(input with field = v) = targetNpv
 * ```
 * The NPV need not be monotonic in the input (in the discount rate, for one, when the flows change
 * sign twice: an investment, gains, then losses once the list has worn out), so the range — by default the field's whole valid range
 * in this scenario (`fieldRange`, narrowed by the cross-field rules) — is first scanned on the
 * float path for sign changes of NPV − target (an even grid of 100 steps plus a geometric ladder
 * out from the current value, so that money fields up to 10¹² are searched at every scale);
 * each sign change is then closed in by Brent's method to 1e-12 relative. Where the NPV equals the target
 * over a run of points (flat in the field), the run counts as one root, at its point nearest the current
 * value — the current value itself when the NPV is already at the target there. When there are several
 * roots, `value` is the one nearest the current value and `roots` lists them all. Roots closer
 * together than the grid, or where the NPV touches the target without crossing it, can be missed.
 * `changes` of the field move with it (`withFieldValues` with `changes: "scale"`). The NPV at
 * the answer is recomputed on the exact backend.
 *
 * @param input - a scenario input (validated here; an already parsed input is accepted as is)
 * The input is named by its field path: `"openRate"`, a segment's field (`"segments.engaged.openRate"`: the
 * break-even open rate of the engaged segment, the others as they are), retention's α or β, a move's share;
 * a segment's share moves with the other segments' rescaled to keep their sum 1 (`fieldPathValues`).
 *
 * @param field - the input to solve for, e.g. `"openRate"` or `"segments.engaged.openRate"`
 * @param options - `years` or `months` (default 5 years), `targetNpv` (default 0), `min`, `max`
 * @returns the value, the exact NPV there, every root found and the work spent
 * @throws {InputError} for a bad input or option, or when no value reaches the target:
 *   `openRate: no value from 0 to 1 brings the 5-year NPV to 0 (NPV runs from -12,345 to 98,765)`, or
 *   `field: "segments.x.openRate" names no segment of the scenario (engaged, dormant)`
 *
 * @example
 * // articleFile = JSON.parse(readFileSync('examples/moller-article.json', 'utf8'))
 * const result = solveFor(articleFile.baseline, 'openRate', { years: 5 });
 * result.value //=> 0.12127… (below a 12.1 % open rate the baseline does not pay in 5 years)
 * result.npvAtValue.abs().lt(1e-6) //=> true
 */
export function solveFor(input: ScenarioInputData, field: FieldPath, options: SolveForOptions = {}): SolveForResult {
  const parsed = parseScenarioInput(input);
  const name = parseWith(Field, field, ['field']);
  const { years, months: monthsOption, targetNpv, min, max } = parseWith(SolveForOptions, optionsArgument(options));
  const months = analysisMonths({ years, months: monthsOption }, 5);
  const missing = missingPlace(parsed, name, 'field');
  if (missing.length > 0) throw new InputError(missing);
  const currentValue = readFieldPath(parsed, name);
  if (currentValue === undefined) {
    throw new InputError([{ path: name, rule: `is not set in this scenario, so it has no effect on the NPV (clickRateBasis is "${parsed.clickRateBasis}")` }]);
  }
  const rule = fieldRange(name);
  const valid = { min: nearestValidValue(parsed, name, currentValue, rule.min).value, max: nearestValidValue(parsed, name, currentValue, rule.max).value };
  const problems = [
    ...(min !== undefined && (min < valid.min || min > valid.max)
      ? [{ path: 'min', rule: `must be within the valid range of ${name} in this scenario, ${valid.min} to ${valid.max}` }]
      : []),
    ...(max !== undefined && (max < valid.min || max > valid.max)
      ? [{ path: 'max', rule: `must be within the valid range of ${name} in this scenario, ${valid.min} to ${valid.max}` }]
      : []),
  ];
  if (problems.length > 0) throw new InputError(problems);
  const range = { min: min ?? valid.min, max: max ?? valid.max };
  if (range.min >= range.max) throw new InputError([{ path: 'max', rule: `must be more than min (${range.min})` }]);

  const withValue = (v: number): ScenarioInput => withFieldValues(parsed, fieldPathValues(parsed, name, v), { changes: 'scale' });
  let evaluations = 0;
  const gap = (v: number): number => {
    evaluations++;
    try {
      return forecastNpv(withValue(v), [months])[0]! - targetNpv;
    } catch (error) {
      if (error instanceof InputError) return Number.NaN; // e.g. the float path overflows at an extreme value
      throw error;
    }
  };

  const centre = Math.min(range.max, Math.max(range.min, currentValue));
  const grid = searchGrid(range.min, range.max, centre)
    .map((v) => ({ v, f: gap(v) }))
    .filter((p) => Number.isFinite(p.f));
  const found: { root: number; iterations: number }[] = [];
  grid.forEach((p, i) => {
    const next = grid[i + 1];
    if (p.f === 0) {
      // A run of points at the target counts once, at its point nearest the current value: the current value itself when the NPV is flat there.
      const previous = found.at(-1);
      if (i === 0 || grid[i - 1]!.f !== 0 || previous === undefined) found.push({ root: p.v, iterations: 0 });
      else if (Math.abs(p.v - currentValue) < Math.abs(previous.root - currentValue)) found[found.length - 1] = { root: p.v, iterations: 0 };
    } else if (next !== undefined && next.f !== 0 && Math.sign(next.f) !== Math.sign(p.f)) {
      const solved = findRoot(gap, p.v, next.v, { fLow: p.f, fHigh: next.f, absoluteTolerance: 1e-13 * (next.v - p.v) });
      found.push({ root: solved.root, iterations: solved.iterations });
    }
  });
  if (found.length === 0) {
    const npvs = grid.map((p) => p.f + targetNpv);
    const [low, high] = [Math.min(...npvs), Math.max(...npvs)];
    const runs =
      npvs.length === 0
        ? 'the NPV overflows everywhere'
        : low === high
          ? `the NPV does not depend on ${name} in this scenario: it is ${money(low)} at every value tried`
          : `NPV runs from ${money(low)} to ${money(high)}`;
    throw new InputError([
      { path: name, rule: `no value from ${range.min} to ${range.max} brings the ${horizonLabel(months)} NPV to ${money(targetNpv)} (${runs})` },
    ]);
  }
  const best = found.reduce((a, b) => (Math.abs(b.root - currentValue) < Math.abs(a.root - currentValue) ? b : a));
  return {
    field: name,
    months,
    targetNpv,
    currentValue,
    range,
    value: best.root,
    npvAtValue: runModel(decimalCalculator, withValue(best.root), { months }).npv,
    roots: found.map((r) => r.root),
    iterations: best.iterations,
    evaluations,
    warnings: plausibilityWarnings(parsed),
  };
}
