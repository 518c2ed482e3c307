import { signal } from '@preact/signals';
import { useId, useState } from 'preact/hooks';
import { fromShown, guideOf, shownText, shownUnit, sliderRange, toShown, validRangeText } from '../state/fieldMeta';
import { deleteAt, type KeyPath, setAt } from '../state/paths';
import { evaluation, file, setFile } from '../state/store';
import { distributionText, isDistribution, pointValue } from '../state/uncertain';
import { analysisModule, loadAnalysis } from './analysisModule';
import { problemsAt } from './problemsAt';
import { FieldProblems } from './FieldProblems';

/** The path (`baseline.openRate`) of the input whose uncertainty editor is open, if any: one at a time. */
export const openUncertain = signal<string | undefined>(undefined);

/** The uncertainty editor of the input at `path` (helper A2's), once the analyses are loaded. */
function Editor({ path }: { readonly path: string }) {
  const Uncertain = analysisModule.value?.UncertainInputEditor;
  if (Uncertain === undefined) return <p>Loading the uncertainty editor…</p>;
  return <Uncertain file={file} setFile={setFile} path={path} onClose={() => (openUncertain.value = undefined)} />;
}

/** Props of a numeric input: where its value sits in the file and which field it is. */
export interface NumberFieldProps {
  /** Where the value sits in the file, e.g. ['baseline', 'openRate'] or ['hypotheses', 'H1', 'set', 'emailsPerMonth']. */
  readonly path: KeyPath;
  /** The field for its label, unit and rules: `openRate`, `segments.engaged.openRate`, `retention.alpha`. */
  readonly field: string;
  /** Shown in place of the field's own label, when given. */
  readonly label?: string;
  /** Removes the value (a hypothesis' difference), when it may be removed. */
  readonly onRemove?: () => void;
}

/** Reads a typed number: a comma may be the decimal mark; undefined for text that is not one number. */
function typedNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^[-+]?(\d+[.,]?\d*|[.,]\d+)(e[-+]?\d+)?$/i.test(trimmed)) return undefined;
  const x = Number(trimmed.replace(',', '.'));
  return Number.isFinite(x) ? x : undefined;
}

/**
 * One numeric input: label, a slider over a working range and a typed field taking any value (percent for
 * shares), unit and valid range as help, the schema's message when the value breaks a rule, and a button that
 * marks it uncertain. A distribution in its place is shown with a `~` badge and edits its point value.
 */
export function NumberField({ path, field, label, onRemove }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const guide = guideOf(field)!;
  const pathText = path.join('.');
  const raw = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], file.value);
  const uncertain = isDistribution(raw);
  const fallback = raw === undefined && path.length === 2 ? evaluation.value.results?.baselineInput[field] : undefined;
  const point = uncertain ? pointValue(raw as Record<string, unknown>) : typeof raw === 'number' ? raw : typeof fallback === 'number' ? fallback : undefined;
  const valuePath = uncertain ? [...path, 'value'] : path;
  const shown = point === undefined ? undefined : toShown(guide.kind, point);
  const range = sliderRange(field, guide.kind, shown ?? 0);
  const problems = problemsAt(evaluation.value.problems, pathText);
  const help = [shownUnit(guide), validRangeText(field, guide.kind)].filter(Boolean).join(' · ');
  const write = (value: unknown) => setFile(setAt(file.value, valuePath, value));
  const onTyped = (text: string) => {
    setDraft(text);
    const x = typedNumber(text);
    // An emptied baseline field goes back to its default (or says it is required); elsewhere the text stays, with the schema's message.
    if (x === undefined && text.trim() === '' && path.length === 2) setFile(deleteAt(file.value, path));
    else write(x === undefined ? text : fromShown(guide.kind, x));
  };
  const typedText = draft ?? (raw === undefined ? '' : shown !== undefined ? shownText(shown) : typeof raw === 'string' ? raw : '');
  const editorOpen = openUncertain.value === pathText;
  return (
    <div class={`field${problems.length > 0 ? ' invalid' : ''}${uncertain ? ' uncertain' : ''}`}>
      <label class="field-label" for={`${id}-typed`}>
        {label ?? guide.label}
        {uncertain && (
          <span class="badge" title="uncertain: a distribution">
            ~
          </span>
        )}
      </label>
      <div class="field-controls">
        <input
          type="range"
          aria-label={`${label ?? guide.label} (slider)`}
          min={range.min}
          max={range.max}
          step={range.step}
          value={shown ?? range.min}
          onInput={(e) => {
            setDraft(undefined);
            write(fromShown(guide.kind, Number(e.currentTarget.value)));
          }}
        />
        <input
          id={`${id}-typed`}
          class="typed"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={typedText}
          placeholder={raw === undefined && shown !== undefined ? `${shownText(shown)} (default)` : undefined}
          aria-invalid={problems.length > 0}
          aria-describedby={`${id}-help${problems.length > 0 ? ` ${id}-error` : ''}`}
          onInput={(e) => onTyped(e.currentTarget.value)}
          onBlur={() => setDraft(undefined)}
        />
        <span class="unit" aria-hidden="true">
          {guide.kind === 'share' ? '%' : ''}
        </span>
        <button
          type="button"
          class="small"
          aria-expanded={editorOpen}
          aria-label={`${uncertain ? 'Edit the uncertainty of' : 'Mark uncertain:'} ${label ?? guide.label}`}
          onClick={() => {
            void loadAnalysis();
            openUncertain.value = editorOpen ? undefined : pathText;
          }}
        >
          {uncertain ? '~ edit' : 'uncertain…'}
        </button>
        {onRemove && (
          <button type="button" class="small" aria-label={`Remove ${label ?? guide.label}`} onClick={onRemove}>
            ✕
          </button>
        )}
      </div>
      <p class="help" id={`${id}-help`}>
        {help}
        {uncertain && <span class="dist"> · ~ {distributionText(raw)}</span>}
      </p>
      <FieldProblems problems={problems} id={`${id}-error`} />
      {editorOpen && <Editor path={pathText} />}
    </div>
  );
}
