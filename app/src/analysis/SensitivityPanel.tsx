import type { PanelProps } from './panelProps';

/** Placeholder until the panel is written: says what will be here. */
export function SensitivityPanel(_props: PanelProps) {
  return <section aria-label="SensitivityPanel">SensitivityPanel: being built</section>;
}
