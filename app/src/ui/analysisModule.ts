import { signal } from '@preact/signals';

/** The analysis panels' module (app/src/analysis), once loaded. */
type AnalysisModule = typeof import('../analysis');

/**
 * The analysis panels (Monte Carlo, sensitivity, break-even, fit from history, the uncertainty editor), loaded
 * on demand: they are not needed to draw the first results, so the page's first script leaves them out (and the
 * history fit's CSV reader with them). The page starts loading them once the first results are drawn.
 */
export const analysisModule = signal<AnalysisModule | undefined>(undefined);

let loading: Promise<void> | undefined;

/** Starts loading the analysis panels (once); `analysisModule` holds them when they are there. */
export function loadAnalysis(): Promise<void> {
  loading ??= import('../analysis').then((module) => {
    analysisModule.value = module;
  });
  return loading;
}
