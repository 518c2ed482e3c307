/// <reference lib="webworker" />
import { InputError } from 'email-npv';
import { runAnalysis } from './analysisJobs';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

// The page's analysis worker: runs one request at a time (Monte Carlo, sensitivity, break-even, a campaign fit) off the
// main thread, posts progress while a simulation runs, then its result or its problems as `field: rule`.
// The page cancels a run by terminating the worker.

declare const self: DedicatedWorkerGlobalScope;

const post = (message: AnalysisResponse) => self.postMessage(message);

/** Makes this worker answer the page's analysis requests, first those that came while this module was loading. */
export function serveAnalyses(early: readonly MessageEvent[] = []): void {
  self.onmessage = handle;
  for (const event of early) void handle(event);
}

const handle = async (event: MessageEvent<{ readonly id: number; readonly request: AnalysisRequest }>) => {
  const { id, request } = event.data;
  try {
    const onProgress = (done: number, total: number) => post({ id, type: 'progress', done, total });
    post({ id, type: 'result', kind: request.kind, result: await runAnalysis(request, onProgress) } as AnalysisResponse);
  } catch (error) {
    const problems = error instanceof InputError ? error.problems : [{ path: '', rule: error instanceof Error ? error.message : String(error) }];
    post({ id, type: 'error', problems: problems.map((p) => ({ path: p.path, rule: p.rule })) });
  }
};
