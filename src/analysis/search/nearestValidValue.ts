import type { FieldPath } from '../../schema/fieldPaths';
import { InputError } from '../../errors/inputError';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { withFieldValues } from '../../schema/withFieldValues';
import { fieldRange } from './fieldRange';
import { fieldPathValues } from './fieldPathValues';

/** The result of {@link nearestValidValue}. */
export interface ValidValue {
  /** The value used (in the field's unit): `wanted` itself, or the valid value nearest to it. */
  readonly value: number;
  /** The scenario with `field` set to `value` (its `changes` scaled with it; a share with the other segments' rescaled). */
  readonly input: ScenarioInput;
  /** True when `wanted` was outside the valid range and `value` is the bound reached instead. */
  readonly clamped: boolean;
}

/** withFieldValues, or undefined when the value breaks a rule. */
function tryValue(input: ScenarioInput, field: FieldPath, value: number): ScenarioInput | undefined {
  try {
    return withFieldValues(input, fieldPathValues(input, field, value), { changes: 'scale' });
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * Sets one input (a field path: `openRate`, `segments.engaged.openRate`, `retention.alpha`) to `wanted`, or,
 * when that breaks a rule, to the valid value nearest to it
 * on the way from the scenario's own value: the field's own range first (`fieldRange`), then the
 * rules that depend on the scenario — with `changes: "scale"` every value the field takes in
 * `changes` moves by the same ratio and must stay valid, and with additive churn
 * churnPerMonth + churnPerEmail × emailsPerMonth must stay ≤ 1 in every month. A segment's share moves
 * with the other segments' shares rescaled to keep their sum 1 (`fieldPathValues`).
 *
 * ```
 * value = clamp(wanted, fieldRange(field))                       when that is valid
 *       = the valid value farthest from `from` towards it        otherwise (bisection to adjacent floats)
 * ```
 * The valid values form an interval around the current value (each rule is a bound on a
 * value proportional to the field), which is what makes the bisection exact.
 *
 * @param input - a validated input (the output of `parseScenarioInput`); not mutated
 * @param field - the input's field path, e.g. `openRate` or `segments.engaged.openRate`
 * @param from - a valid value of the field in this scenario (usually its current value)
 * @param wanted - the value asked for, in the field's unit
 * @returns the value used, the scenario with it, and whether it was clamped
 * @throws {InputError} when `from` itself is not valid
 *
 * @example
 * nearestValidValue(parseScenarioInput(input), 'openRate', 0.95, 1.045) //=> { value: 1, clamped: true, input: … }
 */
export function nearestValidValue(input: ScenarioInput, field: FieldPath, from: number, wanted: number): ValidValue {
  const range = fieldRange(field);
  const target = Math.min(range.max, Math.max(range.min, wanted));
  const direct = tryValue(input, field, target);
  if (direct !== undefined) return { value: target, input: direct, clamped: target !== wanted };
  let good = from;
  let goodInput = withFieldValues(input, fieldPathValues(input, field, from), { changes: 'scale' });
  let bad = target;
  for (let i = 0; i < 2200; i++) {
    const mid = good + (bad - good) / 2;
    if (mid === good || mid === bad) break;
    const tried = tryValue(input, field, mid);
    if (tried === undefined) bad = mid;
    else {
      good = mid;
      goodInput = tried;
    }
  }
  return { value: good, input: goodInput, clamped: true };
}
