import { requireArgument } from '../../errors/argument';
import { numericFieldNames } from '../../schema/fields';
import { type FieldPath, parseFieldPath } from '../../schema/fieldPaths';
import { FIELD_PATH_EXAMPLES } from '../../schema/withFieldValues';

/** The lowest and highest value a numeric input accepts. */
export interface FieldRange {
  /** Lowest valid value (an exclusive bound such as "greater than −1" is moved in by one float step). */
  readonly min: number;
  /** Highest valid value. */
  readonly max: number;
}

/** The smallest step that moves `bound` inward, so that an exclusive bound becomes a valid value. */
const step = (bound: number) => Number.EPSILON * Math.max(1, Math.abs(bound));

/**
 * The range of values a numeric input accepts on its own, read from its rule (`parseFieldPath(field).rule`:
 * `fieldRules` for a field, the segment, retention and move rules for a path, so the bounds live in one place), in the field's unit:
 *
 * ```
 * min = the rule's lower bound   (+ one float step when the bound is exclusive, e.g. > −1)
 * max = the rule's upper bound   (− one float step when exclusive)
 * ```
 * Cross-field rules (additive churn at most 1 a month) and scaled `changes` can narrow this
 * range for a given scenario: see `nearestValidValue`.
 *
 * @param field - a numeric input field or field path, e.g. `"openRate"` or `"segments.engaged.openRate"`
 * @returns `{ min, max }`, both valid values of the field
 *
 * @example
 * fieldRange('openRate') //=> { min: 0, max: 1 }
 * fieldRange('discountRateAnnual') //=> { min: -0.9999999999999998, max: 10 }
 * fieldRange('segments.engaged.openRate') //=> { min: 0, max: 1 }
 */
export function fieldRange(field: FieldPath): FieldRange {
  const parts = parseFieldPath(field);
  requireArgument('field', field, parts !== undefined, `a numeric input field (${numericFieldNames.join(', ')}) or a path such as ${FIELD_PATH_EXAMPLES}`);
  const rule = parts!.rule;
  const lower = rule.minValue ?? -Number.MAX_VALUE;
  const upper = rule.maxValue ?? Number.MAX_VALUE;
  return {
    min: rule.safeParse(lower).success ? lower : lower + step(lower),
    max: rule.safeParse(upper).success ? upper : upper - step(upper),
  };
}
