import type { NumericFieldName } from '../schema/fields';
import { inputGuide } from '../schema/inputGuide';
import { csvNumber } from './csvNumber';

/**
 * A value of a numeric input as a csv cell: money to the cent, every other kind exact, in plain
 * decimal notation (`csvNumber`).
 *
 * @param field - the input field the value is of
 * @param value - the value, in the field's unit
 * @returns the cell's text
 *
 * @example
 * fieldValueCsv('investment', 15000.456) //=> '15000.46'
 * fieldValueCsv('openRate', 0.12127) //=> '0.12127'
 */
export function fieldValueCsv(field: NumericFieldName, value: number): string {
  return csvNumber(value, inputGuide[field].kind === 'money' ? 2 : undefined);
}
