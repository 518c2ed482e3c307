import type { NumericFieldName } from '../schema/fields';
import { inputGuide } from '../schema/inputGuide';
import type { MoneyFormat } from './formatMoney';
import { formatInputValue } from './report/formatInputValue';

/**
 * A value of a numeric input written by its kind (`inputGuide`): shares as a percentage, money in
 * the currency to the cent, people and plain numbers with a few digits (see `formatInputValue`).
 *
 * @param field - the input field the value is of
 * @param value - the value, in the field's unit
 * @param money - currency and locale
 * @returns the value as text
 *
 * @example
 * fieldValueText('openRate', 0.12127, { currency: 'USD', locale: 'en-US' }) //=> '12.13%'
 * fieldValueText('budgetPerMonth', 1200, { currency: 'USD', locale: 'en-US' }) //=> '$1,200.00'
 */
export function fieldValueText(field: NumericFieldName, value: number, money: Required<Pick<MoneyFormat, 'currency' | 'locale'>>): string {
  return formatInputValue(inputGuide[field].kind, value, money).text;
}
