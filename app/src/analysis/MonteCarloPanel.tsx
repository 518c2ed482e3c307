import type { PanelProps } from './panelProps';

/** Placeholder until the panel is written: says what will be here. */
export function MonteCarloPanel(_props: PanelProps) {
  return <section aria-label="MonteCarloPanel">MonteCarloPanel: being built</section>;
}
