import { fieldPathLabel } from 'email-npv';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type DistributionKind,
  distributionKinds,
  distributionProblems,
  inFieldUnit,
  isDistributionValue,
  isShareField,
  parameterLabels,
  parametersOf,
} from './distributionForm';
import { initialDraft, pointAt, specOf, withKind } from './distributionDraft';
import { getAt, setAt } from '../state/paths';
import { placeOf } from './filePlace';
import {} from './format';
import type { UncertainInputProps } from './panelProps';
import { Problems } from './Problems';
import './analysis.css';

/** The words for each kind in the picker. */
const kindNames: Readonly<Record<DistributionKind, string>> = {
  normal: 'Normal (mean, standard deviation)',
  triangular: 'Triangular (lowest, most likely, highest)',
  uniform: 'Uniform (lowest, highest)',
  beta: 'Beta (for rates: α, β)',
  lognormal: 'Lognormal (positive and skewed, e.g. order value)',
};

/**
 * Marks the input at `path` uncertain: a distribution of the file format (kind and parameters, shares in %),
 * its point value and the reason (`note`), checked with the library's rules as `field: rule`; or makes it certain
 * again (the point value as a plain number). Every change writes a new file through `setFile`.
 */
export function UncertainInputEditor({ file, setFile, path, onClose }: UncertainInputProps) {
  const place = placeOf(file.value, path);
  const [draft, setDraft] = useState(() => (place === undefined ? undefined : initialDraft(file.value, place)));
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const close = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  if (place === undefined || draft === undefined) {
    return (
      <div role="dialog" aria-labelledby="uncertain-heading" class="analysis-dialog" onKeyDown={close}>
        <h2 id="uncertain-heading">Uncertainty</h2>
        <p>There is no input at {path} in this file.</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }

  const { fieldPath, keys } = place;
  const share = isShareField(fieldPath);
  const spec = specOf(draft, fieldPath);
  const problems = distributionProblems(spec, fieldPath);
  const written = getAt(file.value, keys);
  const point = pointAt(file.value, place);
  const problemOf = (name: string) => problems.some((p) => p.startsWith(`${name}:`));
  const unit = (parameter: string) => (share && inFieldUnit(parameter) ? ' (%)' : '');

  return (
    <div role="dialog" aria-labelledby="uncertain-heading" class="analysis-dialog" onKeyDown={close}>
      <h2 id="uncertain-heading">How sure is {fieldPathLabel(fieldPath)}?</h2>
      <p class="analysis-path">{path}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (problems.length > 0) return;
          setFile(setAt(file.value, keys, spec));
          onClose();
        }}
      >
        <label>
          Distribution
          <select
            ref={first}
            value={draft.kind}
            onChange={(e) => setDraft(withKind(draft, e.currentTarget.value as DistributionKind, (spec.value as number | undefined) ?? point ?? 0, fieldPath))}
          >
            {distributionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindNames[kind]}
              </option>
            ))}
          </select>
        </label>
        {parametersOf[draft.kind].map((parameter) => (
          <label key={parameter}>
            {parameterLabels[parameter]}
            {unit(parameter)}
            <input
              type="text"
              inputMode="decimal"
              name={parameter}
              value={draft.parameters[parameter] ?? ''}
              aria-invalid={problemOf(parameter)}
              aria-describedby="uncertain-problems"
              onInput={(e) => setDraft({ ...draft, parameters: { ...draft.parameters, [parameter]: e.currentTarget.value } })}
            />
          </label>
        ))}
        <label>
          {parameterLabels.value}
          {unit('value')}
          <input
            type="text"
            inputMode="decimal"
            name="value"
            value={draft.value}
            placeholder="blank: the mean"
            aria-invalid={problemOf('value')}
            aria-describedby="uncertain-problems"
            onInput={(e) => setDraft({ ...draft, value: e.currentTarget.value })}
          />
        </label>
        <label>
          Why (note)
          <textarea name="note" rows={3} value={draft.note} onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })} />
        </label>
        <Problems id="uncertain-problems" problems={problems} />
        <div class="analysis-controls">
          <button type="submit" disabled={problems.length > 0}>
            Mark uncertain
          </button>
          <button
            type="button"
            disabled={!isDistributionValue(written) || point === undefined}
            onClick={() => {
              setFile(setAt(file.value, keys, point));
              onClose();
            }}
          >
            Certain again{point === undefined ? '' : ` (${share ? `${+(point * 100).toPrecision(12)} %` : point})`}
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
    </div>
  );
}
