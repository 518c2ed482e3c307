import { useId } from 'preact/hooks';
import type { GuidedField } from 'email-npv';
import { enumOptions, guideOf } from '../state/fieldMeta';
import { deleteAt, getAt, type KeyPath, setAt } from '../state/paths';
import { evaluation, file, setFile } from '../state/store';
import { problemsAt } from './problemsAt';
import { FieldProblems } from './FieldProblems';

/** Props of an input that is not a number: a few words (select), yes/no (checkbox) or a date. */
export interface OptionFieldProps {
  readonly path: KeyPath;
  readonly field: GuidedField;
  readonly onRemove?: () => void;
}

/** One input that takes words, yes/no or a date, labelled from the field's guide, with the schema's message when it breaks a rule. */
export function OptionField({ path, field, onRemove }: OptionFieldProps) {
  const id = useId();
  const guide = guideOf(field)!;
  const raw = getAt(file.value, path);
  const problems = problemsAt(evaluation.value.problems, path.join('.'));
  const options = enumOptions[field];
  const write = (value: unknown) => setFile(value === undefined ? deleteAt(file.value, path) : setAt(file.value, path, value));
  let control;
  if (options !== undefined) {
    control = (
      <select id={id} value={typeof raw === 'string' ? raw : ''} onChange={(e) => write(e.currentTarget.value || undefined)}>
        {raw === undefined && <option value="">(default)</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (field === 'pricesFollowInflation') {
    control = <input id={id} type="checkbox" checked={raw === true} onChange={(e) => write(e.currentTarget.checked)} />;
  } else {
    control = (
      <input
        id={id}
        class="typed"
        type="text"
        placeholder="YYYY-MM-DD"
        value={typeof raw === 'string' ? raw : ''}
        aria-invalid={problems.length > 0}
        onInput={(e) => write(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      />
    );
  }
  return (
    <div class={`field${problems.length > 0 ? ' invalid' : ''}`}>
      <label class="field-label" for={id}>
        {guide.label}
      </label>
      <div class="field-controls">
        {control}
        {onRemove && (
          <button type="button" class="small" aria-label={`Remove ${guide.label}`} onClick={onRemove}>
            ✕
          </button>
        )}
      </div>
      <p class="help">{guide.unit}</p>
      <FieldProblems problems={problems} />
    </div>
  );
}
