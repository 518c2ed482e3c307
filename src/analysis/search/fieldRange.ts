import { fieldRules, type NumericFieldName } from '../../schema/fields';
import { requireArgument } from '../../errors/argument';
import { numericFieldNames } from '../../schema/fields';

/** The lowest and highest value a numeric input field accepts. */
export interface FieldRange {
  /** Lowest valid value (an exclusive bound such as "greater than −1" is moved in by one float step). */
  readonly min: number;
  /** Highest valid value. */
  readonly max: number;
}

/** The smallest step that moves `bound` inward, so that an exclusive bound becomes a valid value. */
const step = (bound: number) => Number.EPSILON * Math.max(1, Math.abs(bound));

/**
 * The range of values a numeric input field accepts on its own, read from its rule in
 * `fieldRules` (so the bounds live in one place), in the field's unit:
 *
 * ```
 * min = the rule's lower bound   (+ one float step when the bound is exclusive, e.g. > −1)
 * max = the rule's upper bound   (− one float step when exclusive)
 * ```
 * Cross-field rules (additive churn at most 1 a month) and scaled `changes` can narrow this
 * range for a given scenario: see `nearestValidValue`.
 *
 * @param field - a numeric input field, e.g. `"openRate"`
 * @returns `{ min, max }`, both valid values of the field
 *
 * @example
 * fieldRange('openRate') //=> { min: 0, max: 1 }
 * fieldRange('discountRateAnnual') //=> { min: -0.9999999999999998, max: 10 }
 */
export function fieldRange(field: NumericFieldName): FieldRange {
  requireArgument('field', field, (numericFieldNames as readonly unknown[]).includes(field), `a numeric input field (${numericFieldNames.join(', ')})`);
  const rule = fieldRules[field];
  const lower = rule.minValue ?? -Number.MAX_VALUE;
  const upper = rule.maxValue ?? Number.MAX_VALUE;
  return {
    min: rule.safeParse(lower).success ? lower : lower + step(lower),
    max: rule.safeParse(upper).success ? upper : upper - step(upper),
  };
}
