import { inputGuide, segmentFieldNames } from 'email-npv';
import { useId } from 'preact/hooks';
import { deleteAt, type KeyPath, setAt } from '../state/paths';
import { evaluation, file, setFile } from '../state/store';
import { InputField } from './InputField';
import { NumberField } from './NumberField';

/** The keys of an object written in the file, or none. */
const keysOf = (value: unknown): string[] => (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : []);
/** A value that is not edited field by field here, in a few words (its JSON, cut). */
const summary = (value: unknown) => {
  const json = JSON.stringify(value) ?? '';
  return json.length > 160 ? `${json.slice(0, 160)}…` : json;
};
const remove = (path: KeyPath) => () => setFile(deleteAt(file.value, path));

/** The retention α and β written at `path` (the scenario's or a segment's), each editable and removable. */
function RetentionFields({ path, where }: { readonly path: KeyPath; readonly where: string }) {
  return (
    <>
      {(['alpha', 'beta'] as const).map((key) => (
        <NumberField key={key} path={[...path, key]} field={`${where}retention.${key}`} />
      ))}
    </>
  );
}

/** A segment's own fields at `path` (share, new subscribers' share, per-subscriber fields, retention), each editable and removable. */
export function SegmentFields({ path, segment, canRemoveShare }: { readonly path: KeyPath; readonly segment: string; readonly canRemoveShare: boolean }) {
  const own = (path as (string | number)[]).reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], file.value);
  return (
    <>
      {keysOf(own).map((key) =>
        key === 'retention' ? (
          <RetentionFields key={key} path={[...path, key]} where={`segments.${segment}.`} />
        ) : (
          <NumberField
            key={key}
            path={[...path, key]}
            field={`segments.${segment}.${key}`}
            {...(key !== 'share' || canRemoveShare ? { onRemove: remove([...path, key]) } : {})}
          />
        ),
      )}
      <AddField path={path} fields={segmentFieldNames.filter((f) => !keysOf(own).includes(f))} label={`Add a field of ${segment}’s own`} />
    </>
  );
}

/** A select that adds one field at `path`, with the baseline's value (or the field's default) as its start. */
export function AddField({ path, fields, label = 'Add a change' }: { readonly path: KeyPath; readonly fields: readonly string[]; readonly label?: string }) {
  const id = useId();
  if (fields.length === 0) return null;
  const base = evaluation.value.results?.baselineInput ?? {};
  const add = (field: string) => {
    if (field === '') return;
    const start = base[field];
    setFile(setAt(file.value, [...path, field], start ?? 0));
  };
  return (
    <div class="add-field">
      <label for={id}>{label}:</label>{' '}
      <select id={id} value="" onChange={(e) => add(e.currentTarget.value)}>
        <option value="">pick a field…</option>
        {fields.map((f) => (
          <option key={f} value={f}>
            {Object.hasOwn(inputGuide, f) ? inputGuide[f as keyof typeof inputGuide].label : f}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * What a patch at `path` changes from the baseline (a hypothesis or a combination's `set`): each field editable
 * and removable; segments' and retention's numbers edited the same way; lists (`changes`, `moves`) shown as
 * written, removable; then "add a change" picking a field.
 */
export function DiffList({ path, empty = 'No change from the baseline yet.' }: { readonly path: KeyPath; readonly empty?: string }) {
  const patch = (path as (string | number)[]).reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], file.value);
  const keys = keysOf(patch);
  const guided = Object.keys(inputGuide).filter((f) => f !== 'startDate');
  return (
    <div class="diffs">
      {keys.length === 0 && <p class="muted">{empty}</p>}
      {keys.map((key) => {
        const at = [...path, key];
        if (Object.hasOwn(inputGuide, key)) return <InputField key={key} path={at} field={key} onRemove={remove(at)} />;
        if (key === 'segments') {
          return keysOf((patch as Record<string, unknown>).segments).map((segment) => (
            <fieldset key={`s-${segment}`} class="segment">
              <legend>Segment: {segment}</legend>
              <SegmentFields path={[...at, segment]} segment={segment} canRemoveShare={true} />
            </fieldset>
          ));
        }
        if (key === 'retention') return <RetentionFields key={key} path={at} where="" />;
        return (
          <div key={key} class="field">
            <span class="field-label">{key}</span>
            <div class="field-controls">
              <code class="summary">{summary((patch as Record<string, unknown>)[key])}</code>
              <button type="button" class="small" aria-label={`Remove ${key}`} onClick={remove(at)}>
                ✕
              </button>
            </div>
          </div>
        );
      })}
      <AddField path={path} fields={guided.filter((f) => !keys.includes(f))} />
    </div>
  );
}
