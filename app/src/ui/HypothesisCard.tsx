import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { deleteHypothesis, duplicateHypothesis, isCombination, renameHypothesis } from '../state/hypotheses';
import { setAt } from '../state/paths';
import { file, scenarioNames, selected, setFile } from '../state/store';
import { DiffList } from './DiffList';

/** The hypotheses picked to be combined. */
export const picked = signal<readonly string[]>([]);

/** Why `name` cannot be the new name of hypothesis `old`, or undefined when it can. */
function renameProblem(name: string, old: string): string | undefined {
  if (name.trim() === '') return 'a scenario name must not be empty';
  if (name.length > 100) return 'a scenario name must be at most 100 characters';
  if (name !== old && scenarioNames.value.includes(name)) return `"${name}" already names a scenario of this file`;
  return undefined;
}

/** The name of a hypothesis, edited in place: renamed on Enter or when the field is left (combinations follow). */
function NameField({ name }: { readonly name: string }) {
  const [draft, setDraft] = useState(name);
  const problem = renameProblem(draft, name);
  const commit = () => {
    if (problem === undefined && draft !== name) {
      setFile(renameHypothesis(file.value, name, draft));
      if (selected.value === name) selected.value = draft;
    } else setDraft(name);
  };
  return (
    <div class="name-field">
      <label>
        Name{' '}
        <input
          type="text"
          value={draft}
          aria-invalid={problem !== undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      </label>
      {problem !== undefined && <p class="error">{problem}</p>}
    </div>
  );
}

/** The parts of a combination: every other hypothesis as a checkbox, in file order. */
function Parts({ name, parts }: { readonly name: string; readonly parts: readonly string[] }) {
  const others = Object.keys(file.value.hypotheses).filter((n) => n !== name);
  const toggle = (part: string, on: boolean) => {
    const next = others.filter((n) => (n === part ? on : parts.includes(n)));
    setFile(setAt(file.value, ['hypotheses', name, 'combine'], next));
  };
  return (
    <fieldset class="parts">
      <legend>Combines (their changes in order, then its own)</legend>
      {others.map((other) => (
        <label key={other} class="check">
          <input type="checkbox" checked={parts.includes(other)} onChange={(e) => toggle(other, e.currentTarget.checked)} /> {other}
        </label>
      ))}
    </fieldset>
  );
}

/** One hypothesis as a card: its name, what it changes from the baseline (or its parts and own changes), and its actions. */
export function HypothesisCard({ name }: { readonly name: string }) {
  const entry = file.value.hypotheses[name];
  const combination = isCombination(entry);
  const isPicked = picked.value.includes(name);
  const isSelected = selected.value === name;
  return (
    <article class={`card${isSelected ? ' selected' : ''}`} aria-label={`Hypothesis ${name}`}>
      <header class="card-head">
        <NameField key={name} name={name} />
        <div class="card-actions">
          <label class="check">
            <input
              type="checkbox"
              checked={isPicked}
              onChange={(e) => (picked.value = e.currentTarget.checked ? [...picked.value, name] : picked.value.filter((n) => n !== name))}
            />{' '}
            pick to combine
          </label>
          <button type="button" aria-pressed={isSelected} onClick={() => (selected.value = name)}>
            {isSelected ? 'Analysed' : 'Analyse'}
          </button>
          <button
            type="button"
            onClick={() => {
              const { file: next } = duplicateHypothesis(file.value, name);
              setFile(next);
            }}
          >
            Duplicate
          </button>
          <button
            type="button"
            onClick={() => {
              setFile(deleteHypothesis(file.value, name));
              picked.value = picked.value.filter((n) => n !== name);
              if (selected.value === name) selected.value = file.value.baselineName ?? 'baseline';
            }}
          >
            Delete
          </button>
        </div>
      </header>
      {combination ? (
        <>
          <Parts name={name} parts={entry.combine} />
          <h4 class="sub">Its own changes, after its parts</h4>
          <DiffList path={['hypotheses', name, 'set']} empty="None: only its parts’ changes." />
        </>
      ) : (
        <DiffList path={['hypotheses', name]} />
      )}
    </article>
  );
}
