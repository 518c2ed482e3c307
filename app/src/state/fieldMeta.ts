import { fieldPathGuide, fieldRange, fieldRules, inputGuide, type GuidedField, type InputFieldGuide } from 'email-npv';

/** The baseline's inputs in the groups a marketer thinks in: the list, the funnel, the money, time. */
export const fieldGroups: readonly { readonly title: string; readonly fields: readonly GuidedField[] }[] = [
  { title: 'The list', fields: ['subscribers', 'newSubscribersPerMonth', 'newSubscribersGrowthMonthly', 'churnPerMonth', 'churnPerEmail', 'churnModel'] },
  { title: 'The funnel', fields: ['emailsPerMonth', 'openRate', 'clickRate', 'clickRateBasis', 'conversionRate'] },
  {
    title: 'The money',
    fields: ['averageOrderValue', 'grossMargin', 'offEmailMultiplier', 'budgetPerMonth', 'costPerThousandEmails', 'investment', 'runningCostPerMonth'],
  },
  { title: 'Time', fields: ['inflationAnnual', 'pricesFollowInflation', 'discountRateAnnual', 'startDate'] },
];

/** The options of the fields that take one of a few words (shown as a select): the schema's own. */
export const enumOptions: Readonly<Partial<Record<GuidedField, readonly string[]>>> = {
  churnModel: fieldRules.churnModel.options,
  clickRateBasis: fieldRules.clickRateBasis.options,
};

/** A slider's working range, in the unit the page shows (percent for shares); the typed field takes any valid value. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Working ranges of the fields where a fixed one makes sense (percent for shares). */
const fixedRanges: Readonly<Record<string, SliderRange>> = {
  newSubscribersGrowthMonthly: { min: -10, max: 10, step: 0.1 },
  churnPerMonth: { min: 0, max: 10, step: 0.05 },
  churnPerEmail: { min: 0, max: 2, step: 0.01 },
  emailsPerMonth: { min: 0, max: 30, step: 1 },
  offEmailMultiplier: { min: 0, max: 5, step: 0.05 },
  inflationAnnual: { min: -5, max: 20, step: 0.1 },
  discountRateAnnual: { min: 0, max: 50, step: 0.1 },
  alpha: { min: 0.01, max: 5, step: 0.01 },
  beta: { min: 0.01, max: 5, step: 0.01 },
  sharePerMonth: { min: 0, max: 20, step: 0.1 },
};

/** The smallest of 1, 2, 5 × 10^k at or above `x`. */
function niceCeiling(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= x)!;
}

/**
 * The slider's range of a numeric field at its current value (shown units): a fixed working range where one
 * fits, 0–100 % for other shares, else 0 to a round number above twice the value (people and money).
 */
export function sliderRange(field: string, kind: InputFieldGuide['kind'], shownValue: number): SliderRange {
  const fixed = fixedRanges[field];
  if (fixed !== undefined) return { ...fixed, max: Math.max(fixed.max, shownValue), min: Math.min(fixed.min, shownValue) };
  if (kind === 'share') return { min: 0, max: 100, step: 0.1 };
  const max = niceCeiling(Math.max(kind === 'people' ? 1000 : 100, 2 * Math.abs(shownValue)));
  return { min: 0, max, step: max / 1000 };
}

/** Label, unit and kind of a field of a scenario or a path inside it (`segments.engaged.openRate`, `retention.alpha`). */
export function guideOf(path: string): InputFieldGuide | undefined {
  if (Object.hasOwn(inputGuide, path)) return inputGuide[path as GuidedField];
  return fieldPathGuide(path);
}

/** The unit as the page shows it: `%` before a share's own unit, the currency for `CUR`. */
export function shownUnit(guide: InputFieldGuide, currency = 'USD'): string {
  const unit = guide.unit.replace('CUR', currency);
  return guide.kind === 'share' ? `% ${unit}` : unit;
}

/** Converts a stored value to the shown one (a share as a percentage) and back. */
export const toShown = (kind: InputFieldGuide['kind'], value: number) => (kind === 'share' ? value * 100 : value);
export const fromShown = (kind: InputFieldGuide['kind'], shown: number) => (kind === 'share' ? shown / 100 : shown);

/** A number as the typed field shows it: at most 8 significant digits, no float noise (0.35 × 100 → 35, not 35.00000000000001). */
export function shownText(value: number): string {
  return String(Number(value.toPrecision(8)));
}

/** The valid range of a numeric field in words (shown units), e.g. `valid: 0 to 100 %`, from the library's rules. */
export function validRangeText(path: string, kind: InputFieldGuide['kind']): string | undefined {
  let range;
  try {
    range = fieldRange(path);
  } catch {
    return undefined;
  }
  const show = (x: number) => (Math.abs(x) >= 1e9 ? x.toExponential(0) : shownText(toShown(kind, x)));
  // fieldRange moves an exclusive bound in by one float step (> 0 gives 2.2e-16): such a bound is written "more than".
  const exclusive = (x: number) => x !== Number(x.toPrecision(12));
  const lowest = range.min > 0 && range.min < 1e-9 ? 0 : range.min;
  const lower =
    range.min > -1e300 ? `${exclusive(range.min) ? 'more than ' : ''}${show(exclusive(lowest) ? Number(lowest.toPrecision(12)) : lowest)}` : undefined;
  const upper = range.max < 1e300 ? `${exclusive(range.max) ? 'less than ' : ''}${show(Number(range.max.toPrecision(12)))}` : undefined;
  if (lower === undefined && upper === undefined) return undefined;
  const unit = kind === 'share' ? ' %' : '';
  return lower !== undefined && upper !== undefined ? `valid: ${lower}${unit} to ${upper}${unit}` : `valid: ${lower ?? upper}${unit}`;
}
