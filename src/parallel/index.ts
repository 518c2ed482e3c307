// The Node-only face, `email-npv/batch`: many scenarios at once, on worker threads. The browser entry (src/index.ts) does not import it.
export { forecastMany, type ForecastManyOptions } from './forecastMany';
export { simulateParallel, batchPool, type SimulateParallelOptions } from './simulateParallel';
export { runBatch, type BatchRun, type BatchSummary } from './runBatch';
export { WorkerPool } from './workerPool';
export { lineSeed } from '../batch/lineSeed';
export type { BatchResult, BatchSettings, Money, ByHorizon, ByScenario } from '../batch/batchResult';
export type { BatchId } from '../batch/batchItem';
