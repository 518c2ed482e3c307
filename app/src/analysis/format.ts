import { fieldPathGuide, numericFieldNames } from 'email-npv';

/** How the panels write money and numbers: the page's currency and locale. */
export interface NumberStyle {
  readonly currency: string;
  readonly locale: string;
}

/** The style when the page gives none. */
export const DEFAULT_STYLE: NumberStyle = { currency: 'USD', locale: 'en-US' };

/** A number that cannot be shown (never NaN or Infinity on the page). */
const NOT_A_NUMBER = '—';

/**
 * Money rounded to whole units in the page's currency, e.g. `$97,797`; a decimal string (exact money from the worker) is read as a number.
 *
 * @example
 * moneyText('-9485.4') //=> '-$9,485'
 */
export function moneyText(value: number | string, style: NumberStyle = DEFAULT_STYLE): string {
  const n = typeof value === 'string' ? Number(value) : value;
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  return new Intl.NumberFormat(style.locale, { style: 'currency', currency: style.currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(n);
}

/**
 * A share (a fraction) as a percentage with up to `digits` decimals, e.g. `96.35 %`.
 *
 * @example
 * percentText(0.9635) //=> '96.35 %'
 */
export function percentText(share: number, style: NumberStyle = DEFAULT_STYLE, digits = 2): string {
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  return `${new Intl.NumberFormat(style.locale, { maximumFractionDigits: digits }).format(share * 100)} %`;
}

/** A plain number to 4 significant digits, e.g. `1.435`. */
export function numberText(value: number, style: NumberStyle = DEFAULT_STYLE): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return new Intl.NumberFormat(style.locale, { maximumSignificantDigits: 4 }).format(value);
}

/**
 * The value of the input at a field path as the marketer reads it: a share in %, money in the currency, people and other numbers plain.
 *
 * @example
 * inputValueText('openRate', 0.121) //=> '12.1 %'
 */
export function inputValueText(fieldPath: string, value: number, style: NumberStyle = DEFAULT_STYLE): string {
  const kind = fieldPathGuide(fieldPath)?.kind;
  if (kind === 'share') return percentText(value, style, 3);
  if (kind === 'money') {
    if (!Number.isFinite(value)) return NOT_A_NUMBER;
    return new Intl.NumberFormat(style.locale, { style: 'currency', currency: style.currency, maximumFractionDigits: 2 }).format(value);
  }
  return numberText(value, style);
}

/** The scenario-wide numeric inputs, in the order the file format lists them: what break-even values can be found for. */
export const solvableFields: readonly string[] = numericFieldNames;
