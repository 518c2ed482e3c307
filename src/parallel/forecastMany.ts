import type { BatchResult, BatchSettings } from '../batch/batchResult';
import { type BatchChunk, type ChunkOutput, runChunk } from '../batch/runChunk';
import { defaultWorkers } from './defaultWorkers';
import { mapInOrder } from './mapInOrder';
import { batchWorkerFile } from './workerFile';
import { WorkerPool } from './workerPool';
import type { WorkerTask } from './workerTask';

/** Options of {@link forecastMany}: how each scenario is computed (as `email-npv batch`), and the threads. */
export interface ForecastManyOptions extends BatchSettings {
  /** Worker threads (default: the cores); 0 computes on the calling thread. */
  readonly workers?: number;
  /** Scenarios handed to a thread at a time (default 256; 4 with draws). */
  readonly chunkSize?: number;
}

/** Groups a source's values into chunks of `size`, numbered from line 1. */
async function* valueChunks(source: AsyncIterable<unknown> | Iterable<unknown>, size: number): AsyncGenerator<BatchChunk> {
  let values: unknown[] = [];
  let firstLine = 1;
  for await (const value of source) {
    values.push(value);
    if (values.length === size) {
      yield { kind: 'values', values, firstLine };
      firstLine += size;
      values = [];
    }
  }
  if (values.length > 0) yield { kind: 'values', values, firstLine };
}

/**
 * The results of many scenarios, computed on worker threads and given back in the source's order, as
 * `email-npv batch` computes the lines of a file: for each scenario input its NPV at each horizon, for each
 * scenario file (an object with a `baseline`) every scenario's NPV and the winner per horizon, with `draws` the
 * percentiles and chances (each seeded by `lineSeed(seed, n)`, n its place in the source from 1). Each value may
 * carry an `id`, given back with its result. A bad value gives a result with `error`; it never stops the others.
 * At most two chunks a thread are in flight: a source of any length (a database cursor) streams in constant memory.
 * The threads stop when the iteration ends (or is left early).
 *
 * Node only: import it from `email-npv/batch`. Values cross to the threads by structured clone: plain data (JSON).
 *
 * @param source - scenario inputs or scenario files, each optionally with an `id`; an iterable or an async iterable
 * @param options - horizons (`horizonsYears`, default 1, 3, 5 or a file's own), `draws` and `seed`, `exact`, `workers`, `chunkSize`
 * @returns the results, one per value, in order: `{ line, id?, npv, winner?, p5?, p50?, p95?, pBeats? }` or `{ line, id?, error }`
 *
 * @example
 * // not run: starts worker threads (see test/parallel/forecastMany.test.ts)
 * import { forecastMany } from 'email-npv/batch';
 * async function* fromDatabase() {
 *   yield { id: 'acme', subscribers: 10000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1,
 *     conversionRate: 0.05, averageOrderValue: 40, budgetPerMonth: 1200, discountRateAnnual: 0.1 };
 * }
 * for await (const result of forecastMany(fromDatabase(), { horizonsYears: [1, 5], workers: 2 })) console.log(result);
 * // { line: 1, id: 'acme', npv: { '1': 11245.31…, '5': 28447.57… } }
 */
export async function* forecastMany(source: AsyncIterable<unknown> | Iterable<unknown>, options: ForecastManyOptions = {}): AsyncGenerator<BatchResult> {
  const { workers = defaultWorkers(), chunkSize = options.draws === undefined ? 256 : 4, ...settings } = options;
  const pool = workers > 0 ? new WorkerPool(batchWorkerFile(import.meta.url), workers) : undefined;
  const compute = (chunk: BatchChunk): Promise<ChunkOutput> => {
    if (pool === undefined) return Promise.resolve(runChunk(chunk, settings, {}, 'results'));
    const task: WorkerTask = { type: 'chunk', chunk, settings, filter: {}, kind: 'results' };
    return pool.run<ChunkOutput>(task);
  };
  try {
    for await (const done of mapInOrder(valueChunks(source, Math.max(1, Math.floor(chunkSize))), compute, pool === undefined ? 1 : 2 * pool.size)) {
      yield* done.results;
    }
  } finally {
    await pool?.close();
  }
}
