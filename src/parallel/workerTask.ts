import { InputError } from '../errors/inputError';
import type { BatchSettings } from '../batch/batchResult';
import { type BatchChunk, type ChunkOutput, type ChunkOutputKind, type LineFilter, runChunk } from '../batch/runChunk';
import { type DrawRangeTask, runDrawRange, runScreenRange, type ScreenRangeTask } from '../analysis/uncertainty/drawRange';
import { reduceDraws } from '../analysis/uncertainty/drawRuns';
import type { WorkerReply } from './workerPool';

/** One scenario's cumulative NPVs over every draw, to reduce (see `reduceDraws`). */
export interface ReduceTask {
  readonly column: Float64Array;
  readonly draws: number;
  readonly horizonMonths: readonly number[];
}

/** A job of the batch worker: a chunk of a batch, or a piece of one simulation. */
export type WorkerTask =
  | { readonly type: 'chunk'; readonly chunk: BatchChunk; readonly settings: BatchSettings; readonly filter: LineFilter; readonly kind: ChunkOutputKind }
  | ({ readonly type: 'drawRange' } & DrawRangeTask)
  | ({ readonly type: 'screen' } & ScreenRangeTask)
  | ({ readonly type: 'reduce' } & ReduceTask);

/**
 * Runs one job of the batch worker and wraps its outcome as the reply the pool expects (an error caught, an
 * InputError's problems kept), with the buffers to transfer rather than copy.
 *
 * @param task - the job
 * @returns the reply and the buffers it holds
 *
 * @example
 * runWorkerTask({ type: 'chunk', chunk: { kind: 'values', values: [articleBaseline], firstLine: 1 }, settings: { horizonsYears: [5] }, filter: {}, kind: 'ndjson' }).reply
 * //=> { ok: true, value: { text: '{"line":1,"npv":{"5":97796.78…}}\n', results: [], lines: 1, failed: 0 } }
 */
export function runWorkerTask(task: WorkerTask): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  try {
    if (task.type === 'chunk') {
      const value: ChunkOutput = runChunk(task.chunk, task.settings, task.filter, task.kind);
      return { reply: { ok: true, value }, transfer: [] };
    }
    if (task.type === 'drawRange') {
      const column = runDrawRange(task);
      return { reply: { ok: true, value: column }, transfer: [column.buffer as ArrayBuffer] };
    }
    if (task.type === 'screen') {
      const screened = runScreenRange(task);
      return { reply: { ok: true, value: screened }, transfer: [screened.values.buffer as ArrayBuffer, screened.kept.buffer as ArrayBuffer] };
    }
    const reduced = reduceDraws(task.column, task.draws, task.horizonMonths);
    return { reply: { ok: true, value: reduced }, transfer: reduced.atHorizon.map((a: Float64Array) => a.buffer as ArrayBuffer) };
  } catch (error) {
    if (error instanceof InputError) return { reply: { ok: false, message: error.message, problems: error.problems }, transfer: [] };
    return { reply: { ok: false, message: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
}
