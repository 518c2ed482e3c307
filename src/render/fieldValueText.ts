import { fieldPathGuide } from '../schema/fieldPathGuide';
import type { FieldPath } from '../schema/fieldPaths';
import type { MoneyFormat } from './formatMoney';
import { formatInputValue } from './report/formatInputValue';

/**
 * A value of a numeric input written by its kind (`fieldPathGuide`, any field path): shares as a percentage, money in
 * the currency to the cent, people and plain numbers with a few digits (see `formatInputValue`).
 *
 * @param field - the input the value is of: a field or a field path (`segments.engaged.openRate`); a plain number when it names none
 * @param value - the value, in the field's unit
 * @param money - currency and locale
 * @returns the value as text
 *
 * @example
 * fieldValueText('openRate', 0.12127, { currency: 'USD', locale: 'en-US' }) //=> '12.13%'
 * fieldValueText('budgetPerMonth', 1200, { currency: 'USD', locale: 'en-US' }) //=> '$1,200.00'
 * fieldValueText('segments.engaged.averageOrderValue', 60, { currency: 'USD', locale: 'en-US' }) //=> '$60.00'
 */
export function fieldValueText(field: FieldPath, value: number, money: Required<Pick<MoneyFormat, 'currency' | 'locale'>>): string {
  return formatInputValue(fieldPathGuide(field)?.kind ?? 'number', value, money).text;
}
