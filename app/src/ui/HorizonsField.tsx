import { useId, useState } from 'preact/hooks';
import { deleteAt, setAt } from '../state/paths';
import { evaluation, file, setFile } from '../state/store';
import { problemsAt } from './problemsAt';
import { FieldProblems } from './FieldProblems';

/** Reads "1, 3, 5" as [1, 3, 5]; a part that is not a number stays text, so that the schema names the rule it breaks. */
function horizonsOf(text: string): unknown[] {
  return text
    .split(/[,;\s]+/)
    .filter((part) => part !== '')
    .map((part) => (Number.isFinite(Number(part)) ? Number(part) : part));
}

/** The horizons of the comparison, in years, typed as a list ("1, 3, 5"); empty: the default. */
export function HorizonsField() {
  const id = useId();
  const written = file.value.horizonsYears;
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const problems = problemsAt(evaluation.value.problems, 'horizonsYears');
  const onInput = (text: string) => {
    setDraft(text);
    const horizons = horizonsOf(text);
    setFile(horizons.length === 0 ? deleteAt(file.value, ['horizonsYears']) : setAt(file.value, ['horizonsYears'], horizons));
  };
  return (
    <div class={`field${problems.length > 0 ? ' invalid' : ''}`}>
      <label class="field-label" for={id}>
        Horizons of the comparison
      </label>
      <div class="field-controls">
        <input
          id={id}
          class="typed"
          type="text"
          inputMode="decimal"
          value={draft ?? (Array.isArray(written) ? written.join(', ') : '')}
          placeholder="1, 3, 5 (default)"
          aria-invalid={problems.length > 0}
          aria-describedby={`${id}-help`}
          onInput={(e) => onInput(e.currentTarget.value)}
          onBlur={() => setDraft(undefined)}
        />
      </div>
      <p class="help" id={`${id}-help`}>
        years, separated by commas
      </p>
      <FieldProblems problems={problems} />
    </div>
  );
}
