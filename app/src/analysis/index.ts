// The analysis panels of the page: Monte Carlo in a Web Worker, sensitivity and break-even values, uncertain
// inputs and fitting from a campaign CSV. Each is a Preact component over the same props (see panelProps.ts).
export type { PanelProps, UncertainInputProps } from './panelProps';
export { MonteCarloPanel } from './MonteCarloPanel';
export { SensitivityPanel } from './SensitivityPanel';
export { SolveForPanel } from './SolveForPanel';
export { HistoryFitPanel } from './HistoryFitPanel';
export { UncertainInputEditor } from './UncertainInputEditor';
