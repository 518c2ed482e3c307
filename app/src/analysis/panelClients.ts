import type { AnalysisClient } from './analysisClient';
import { newAnalysisClient } from './workerClient';

/** The panels' clients, one per panel, each with its own worker: kept for the page's life, so that a run goes on while its tab is closed. */
const clients = new Map<string, AnalysisClient>();

/** The analysis client of one panel (`monteCarlo`, `sensitivity` …), made with its worker on first use. */
export function analysisClientOf(panel: string): AnalysisClient {
  let client = clients.get(panel);
  if (client === undefined) {
    client = newAnalysisClient();
    clients.set(panel, client);
  }
  return client;
}
