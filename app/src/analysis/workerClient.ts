import { startPageWorker } from '../pageWorker';
import { analysisClient, type AnalysisClient, type WorkerLike } from './analysisClient';

/** A client of a new analysis worker: the page's own script, run as a worker (see `startPageWorker`). */
export const newAnalysisClient = (): AnalysisClient => analysisClient(() => startPageWorker() as unknown as WorkerLike);
