import type { UncertainInputProps } from './panelProps';

/** Placeholder until the editor is written. */
export function UncertainInputEditor(props: UncertainInputProps) {
  return (
    <div role="dialog" aria-label={`Uncertainty of ${props.path}`}>
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </div>
  );
}
