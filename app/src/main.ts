import { isPageWorker } from './pageWorker';

// One script for the page and its analysis worker (see pageWorker.ts): in a worker it answers analysis requests,
// in the page it draws the page. Each side loads only its own modules.
if (isPageWorker()) {
  // Requests may come before the analyses' module has loaded: kept, then answered in order.
  const early: MessageEvent[] = [];
  self.onmessage = (event) => early.push(event);
  void import('./analysis/analysisWorker').then(({ serveAnalyses }) => serveAnalyses(early));
} else {
  void import('./page').then(({ startPage }) => startPage());
}
