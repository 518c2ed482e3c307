import type { ReadonlySignal } from '@preact/signals';
import type { UserScenarioFileData } from 'email-npv';
import type { NumberStyle } from './format';

/** What every analysis panel is given: the page's scenario file, the selected scenario, and a way to replace the file. */
export interface PanelProps {
  /** The scenario file as the page holds it; it may be invalid while the user types (parse it before use). */
  readonly file: ReadonlySignal<UserScenarioFileData>;
  /** The selected scenario: the baseline's name or a hypothesis's name. */
  readonly selected: ReadonlySignal<string>;
  /** Replaces the file (a new object: never mutate the old one). */
  readonly setFile: (next: UserScenarioFileData) => void;
  /** The currency and locale money and numbers are written in (default USD, en-US). */
  readonly format?: NumberStyle;
}

/** The editor of one input's uncertainty: `path` is where the value sits in the file, e.g. `baseline.openRate` or `hypotheses.H1.openRate`. */
export interface UncertainInputProps {
  readonly file: ReadonlySignal<UserScenarioFileData>;
  readonly setFile: (next: UserScenarioFileData) => void;
  readonly path: string;
  /** Called when the user closes the editor. */
  readonly onClose: () => void;
}
