import { enumOptions } from '../state/fieldMeta';
import type { KeyPath } from '../state/paths';
import type { GuidedField } from 'email-npv';
import { NumberField } from './NumberField';
import { OptionField } from './OptionField';

/** Fields of a scenario that are not numbers. */
const nonNumeric = new Set<string>([...Object.keys(enumOptions), 'pricesFollowInflation', 'startDate']);

/** The input of one field of a scenario at `path` in the file: a number (slider and typed field) or an option. */
export function InputField({ path, field, onRemove }: { readonly path: KeyPath; readonly field: string; readonly onRemove?: () => void }) {
  return nonNumeric.has(field) ? (
    <OptionField path={path} field={field as GuidedField} {...(onRemove ? { onRemove } : {})} />
  ) : (
    <NumberField path={path} field={field} {...(onRemove ? { onRemove } : {})} />
  );
}
