import type { PanelProps } from './panelProps';

/** Placeholder until the panel is written: says what will be here. */
export function SolveForPanel(_props: PanelProps) {
  return <section aria-label="SolveForPanel">SolveForPanel: being built</section>;
}
