import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { BatchSettings } from '../batch/batchResult';
import { resultCsvHeader } from '../batch/resultCsv';
import { type BatchChunk, type ChunkOutput, type LineFilter, runChunk } from '../batch/runChunk';
import { type BatchOutput, openBatchOutput } from './batchOutput';
import { csvChunks, LINES_PER_CHUNK, ndjsonChunks } from './inputChunks';
import { mapInOrder } from './mapInOrder';
import { batchWorkerFile } from './workerFile';
import { WorkerPool } from './workerPool';
import type { WorkerTask } from './workerTask';

/** Lines a chunk when each line runs a Monte Carlo. */
export const DRAWN_LINES_PER_CHUNK = 4;

/** A batch run: where from, where to, how. */
export interface BatchRun {
  /** The input file, or `-` for standard input. */
  readonly input: string;
  readonly inputFormat: 'ndjson' | 'csv';
  /** The output file, or `-` for standard output. */
  readonly out: string;
  readonly format: 'ndjson' | 'csv';
  readonly settings: BatchSettings;
  /** Worker threads; 0 computes on the main thread. */
  readonly workers: number;
  /** Continue an interrupted run's output (`<out>.partial`). */
  readonly resume: boolean;
  /** Compute only the lines whose number is ≡ index (mod count). */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Called as chunks are written: lines computed so far, bytes of input read, the input's size when known. */
  readonly onProgress?: (lines: number, bytesRead: number, bytesTotal: number | undefined) => void;
  /** The standard streams (default: the process's). */
  readonly stdin?: Readable;
  readonly stdout?: Writable;
}

/** How a batch run went. */
export interface BatchSummary {
  /** Lines computed in this run. */
  readonly lines: number;
  /** Of them, lines whose result is an error. */
  readonly failed: number;
  /** The last line a resumed output already held (0 for a fresh run). */
  readonly resumedAfter: number;
  readonly seconds: number;
}

/** Writes to a stream, waiting when it asks to (back-pressure). */
function streamOutput(stream: Writable): BatchOutput {
  return {
    after: 0,
    empty: true,
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        stream.write(text, (error) => (error ? reject(error) : resolve()));
      }),
    finish: async () => undefined,
    abandon: async () => undefined,
  };
}

/**
 * Runs a batch from a file or standard input to a file or standard output: the input is read as a stream of
 * chunks of lines (`ndjsonChunks`, `csvChunks`), each computed on a worker thread (`runChunk`), at most two
 * chunks a thread in flight, and written in input order (`mapInOrder`): memory stays constant whatever the
 * number of lines. The results do not depend on the number of threads (each line's seed comes from its number).
 * A file output is written as `<out>.partial`, renamed when done; `resume` continues one (see `openBatchOutput`).
 *
 * @param run - input, output, settings, threads, resume, shard
 * @returns the lines computed, failed, and the time taken
 * @throws {InputError} for an output that cannot be started; {CsvError} for a CSV input that is not CSV (the partial output stays)
 *
 * @example
 * // not run: reads and writes files (see test/parallel/runBatch.test.ts)
 * await runBatch({ input: 'in.ndjson', inputFormat: 'ndjson', out: 'out.ndjson', format: 'ndjson', settings: {}, workers: 2, resume: false });
 */
export async function runBatch(run: BatchRun): Promise<BatchSummary> {
  const started = performance.now();
  const csvOut = run.format === 'csv';
  const output = run.out === '-' ? streamOutput(run.stdout ?? process.stdout) : await openBatchOutput(run.out, '--out', run.resume, csvOut);
  const filter: LineFilter = { after: output.after, ...(run.shard === undefined ? {} : { shard: run.shard }) };
  const bytesTotal = run.input === '-' ? undefined : (await stat(run.input)).size;
  let bytesRead = 0;
  const onRead = (bytes: number) => (bytesRead += bytes);
  const stream =
    run.input === '-'
      ? (run.stdin ?? process.stdin)
      : createReadStream(run.input, { highWaterMark: 1 << 16, ...(run.inputFormat === 'ndjson' ? { encoding: 'utf8' as const } : {}) });
  if (run.input === '-' && run.inputFormat === 'ndjson') stream.setEncoding('utf8');
  // Lines with draws cost milliseconds each: small chunks keep every thread busy to the end.
  const perChunk = run.settings.draws === undefined ? LINES_PER_CHUNK : DRAWN_LINES_PER_CHUNK;
  const chunks = run.inputFormat === 'csv' ? csvChunks(stream, output.after, onRead, perChunk) : ndjsonChunks(stream, output.after, onRead, perChunk);
  const pool = run.workers > 0 ? new WorkerPool(batchWorkerFile(import.meta.url), run.workers) : undefined;
  const compute = (chunk: BatchChunk): Promise<ChunkOutput> => {
    const task: WorkerTask = { type: 'chunk', chunk, settings: run.settings, filter, kind: run.format };
    return pool === undefined ? Promise.resolve(runChunk(chunk, run.settings, filter, run.format)) : pool.run<ChunkOutput>(task);
  };
  let lines = 0;
  let failed = 0;
  try {
    if (csvOut && output.empty) await output.write(resultCsvHeader(run.settings.draws !== undefined));
    for await (const done of mapInOrder(chunks, compute, pool === undefined ? 1 : 2 * pool.size)) {
      if (done.text !== '') await output.write(done.text);
      lines += done.lines;
      failed += done.failed;
      run.onProgress?.(lines, bytesRead, bytesTotal);
    }
    await output.finish();
  } catch (error) {
    await output.abandon();
    throw error;
  } finally {
    await pool?.close();
  }
  return { lines, failed, resumedAfter: output.after, seconds: (performance.now() - started) / 1000 };
}
