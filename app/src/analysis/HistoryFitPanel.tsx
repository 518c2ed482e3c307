import type { PanelProps } from './panelProps';

/** Placeholder until the panel is written: says what will be here. */
export function HistoryFitPanel(_props: PanelProps) {
  return <section aria-label="HistoryFitPanel">HistoryFitPanel: being built</section>;
}
