import { assembleDraws } from '../analysis/uncertainty/cumulativeNpvDraws';
import type { ReducedDraws } from '../analysis/uncertainty/drawRuns';
import type { SimulateOptions, Simulation } from '../analysis/uncertainty/simulation';
import { type DrawnValues, type DrawRequest, type ScreenedDraws, startDraws } from '../analysis/uncertainty/drawValues';
import { drawRequestOf, finishSimulation, pointNpvsOf, type PreparedSimulation, simulationScenarios } from '../analysis/uncertainty/simulationSteps';
import { defaultWorkers } from './defaultWorkers';
import { batchWorkerFile } from './workerFile';
import { WorkerPool } from './workerPool';
import type { WorkerTask } from './workerTask';

/** Options of {@link simulateParallel}: those of `simulate`, and the threads. */
export interface SimulateParallelOptions extends SimulateOptions {
  /** Worker threads to start for this call (default: the cores); ignored when `pool` is given. */
  readonly workers?: number;
  /** A pool to run on (from {@link batchPool}), kept open for the next call: spares the threads' start-up. */
  readonly pool?: WorkerPool;
}

/**
 * A pool of batch worker threads, for several calls of {@link simulateParallel} (close it when done).
 *
 * @param workers - how many threads (default: the cores)
 *
 * @example
 * // not run: starts threads
 * const pool = batchPool(2);
 * await simulateParallel(file, { pool });
 * await pool.close();
 */
export function batchPool(workers: number = defaultWorkers()): WorkerPool {
  return new WorkerPool(batchWorkerFile(import.meta.url), workers);
}

/**
 * `simulate` with its work split over worker threads: the same numbers, bit for bit, as `simulate` on one thread.
 * The main thread plans and reads the one random stream; the threads turn its numbers into values and screen them
 * against the cross-field rules, a range of rows each (`screenDraws`), while the main thread computes the exact
 * point NPVs; the kept draws are those of `drawValues`. Then each thread runs every scenario on its range of draws
 * (`runDrawRange`); the main thread puts the ranges together in draw order; each scenario's months are reduced to
 * statistics on a thread (`reduceDraws`); `finishSimulation` does the rest. The same functions, in the same order,
 * on the same numbers, as one thread.
 *
 * `onProgress` is called as ranges finish (done, total runs).
 *
 * @param data - an uncertain scenario file; not mutated
 * @param options - `simulate`'s options, and `workers` or `pool`
 * @throws {InputError} as `simulate`
 *
 * @example
 * // not run: starts threads (see test/parallel/simulateParallel.test.ts)
 * const result = await simulateParallel(uncertainFile, { draws: 10000, workers: 2 });
 */
export async function simulateParallel(data: unknown, options: SimulateParallelOptions = {}): Promise<Simulation> {
  const { workers, pool: given, onProgress, ...simulateOptions } = options;
  const ready = simulationScenarios(data, { ...simulateOptions, ...(onProgress === undefined ? {} : { onProgress }) });
  const { plan, scenarios } = ready;
  const { draws, months, horizonMonths } = plan;
  const taskOptions = { draws, seed: plan.seed, horizonsYears: plan.horizonsYears };
  const pool = given ?? batchPool(workers ?? defaultWorkers());
  try {
    const drawing = drawOnThreads(pool, data, taskOptions, drawRequestOf(ready));
    const pointNpvs = pointNpvsOf(ready); // on this thread, while the threads draw
    const { values, redrawn } = await drawing;
    const prepared: PreparedSimulation = { ...ready, pointNpvs, values, redrawn };
    const bounds = rangesOf(draws, pool.size);
    let done = 0;
    const ranges = await Promise.all(
      bounds.map(async ([from, to]) => {
        const task: WorkerTask = { type: 'drawRange', data, options: taskOptions, values, from, to };
        const out = await pool.run<Float64Array>(task);
        done += (to - from) * scenarios.length;
        onProgress?.(done, draws * scenarios.length);
        return { from, to, out };
      }),
    );
    const reduced = await Promise.all(
      scenarios.map((_, s) => {
        const column = new Float64Array(months * draws);
        for (const { from, to, out } of ranges) {
          const n = to - from;
          for (let m = 0; m < months; m++) column.set(out.subarray((s * months + m) * n, (s * months + m + 1) * n), m * draws + from);
        }
        const task: WorkerTask = { type: 'reduce', column, draws, horizonMonths };
        return pool.run<ReducedDraws>(task, [column.buffer]);
      }),
    );
    return finishSimulation(
      prepared,
      assembleDraws(
        scenarios.map((s) => s.name),
        reduced,
      ),
    );
  } finally {
    if (given === undefined) await pool.close();
  }
}

/** `count` items cut into at most `parts` ranges [from, to) of nearly equal size, in order. */
function rangesOf(count: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(count, parts));
  const bounds = Array.from({ length: n + 1 }, (_, i) => Math.round((i * count) / n));
  return bounds.slice(0, -1).map((from, i) => [from, bounds[i + 1]!]);
}

/**
 * `drawValues` with each batch's rows screened on the threads (`screenDraws`, a range of rows each): the uniforms
 * come from the one stream on this thread and the screened ranges are put back in order, so the draws kept are
 * those of `drawValues`, bit for bit.
 */
async function drawOnThreads(pool: WorkerPool, data: unknown, options: object, request: DrawRequest): Promise<DrawnValues> {
  const state = startDraws(request);
  const count = request.samplers.length;
  for (let rows = state.rowsWanted(); rows > 0; rows = state.rowsWanted()) {
    const uniforms = state.uniforms(rows);
    const pieces = await Promise.all(
      rangesOf(rows, pool.size).map(([from, to]) => {
        const task: WorkerTask = { type: 'screen', data, options, uniforms: uniforms.slice(from * count, to * count), rows: to - from };
        return pool.run<ScreenedDraws>(task);
      }),
    );
    const values = new Float64Array(rows * count);
    const kept = new Uint8Array(rows);
    let at = 0;
    for (const piece of pieces) {
      values.set(piece.values, at * count);
      kept.set(piece.kept, at);
      at += piece.kept.length;
    }
    state.take({ values, kept, broken: pieces.reduce<ScreenedDraws['broken']>((last, piece) => piece.broken ?? last, undefined) });
  }
  return state.result();
}
