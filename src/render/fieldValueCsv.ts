import { fieldPathGuide } from '../schema/fieldPathGuide';
import type { FieldPath } from '../schema/fieldPaths';
import { csvNumber } from './csvNumber';

/**
 * A value of a numeric input as a csv cell: money to the cent, every other kind exact, in plain
 * decimal notation (`csvNumber`).
 *
 * @param field - the input the value is of: a field or a field path (`segments.engaged.averageOrderValue`, read by `fieldPathGuide`)
 * @param value - the value, in the field's unit
 * @returns the cell's text
 *
 * @example
 * fieldValueCsv('investment', 15000.456) //=> '15000.46'
 * fieldValueCsv('openRate', 0.12127) //=> '0.12127'
 * fieldValueCsv('segments.engaged.averageOrderValue', 60.004) //=> '60.00'
 */
export function fieldValueCsv(field: FieldPath, value: number): string {
  return csvNumber(value, fieldPathGuide(field)?.kind === 'money' ? 2 : undefined);
}
