import type { InputProblem } from 'email-npv';
import type { AnalysisRequest, AnalysisResponse, ResultOf } from './protocol';

/** The worker as the client uses it (a `Worker`, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A run the worker refused: its problems as `field: rule`. */
export class AnalysisFailed extends Error {
  override readonly name = 'AnalysisFailed';
  constructor(readonly problems: readonly InputProblem[]) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.rule}` : p.rule)).join('\n'));
  }
}

/** A run stopped by `cancel` (or by a newer run). */
export class AnalysisCancelled extends Error {
  override readonly name = 'AnalysisCancelled';
  constructor() {
    super('cancelled');
  }
}

/** Runs analyses in a worker, one at a time. */
export interface AnalysisClient {
  /** Starts `request` (cancelling a run still going); resolves with its result, rejects with AnalysisFailed or AnalysisCancelled. */
  run<K extends AnalysisRequest['kind']>(
    request: Extract<AnalysisRequest, { kind: K }>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ResultOf[K]>;
  /** Stops the run going, if any: its worker is terminated, the next run gets a new one. */
  cancel(): void;
  /** Cancels and lets the worker go (when the panel goes). */
  dispose(): void;
}

interface Pending {
  readonly id: number;
  readonly resolve: (result: never) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
}

/**
 * A client of the analysis worker: makes the worker when a run starts (`makeWorker`), posts the request
 * with an id, hands progress messages of that id to `onProgress`, and settles the run with its result or
 * problems. Cancel terminates the worker: the run stops at once, wherever it was.
 *
 * @param makeWorker - makes a new worker (e.g. `() => new MonteCarloWorker()`)
 */
export function analysisClient(makeWorker: () => WorkerLike): AnalysisClient {
  let worker: WorkerLike | undefined;
  let pending: Pending | undefined;
  let nextId = 1;

  const settle = (): Pending | undefined => {
    const current = pending;
    pending = undefined;
    return current;
  };

  const cancel = () => {
    if (pending === undefined) return;
    worker?.terminate();
    worker = undefined;
    settle()!.reject(new AnalysisCancelled());
  };

  const workerFor = (): WorkerLike => {
    if (worker !== undefined) return worker;
    const made = makeWorker();
    made.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const message = event.data;
      if (pending === undefined || message.id !== pending.id) return;
      if (message.type === 'progress') pending.onProgress?.(message.done, message.total);
      else if (message.type === 'result') settle()!.resolve(message.result as never);
      else settle()!.reject(new AnalysisFailed(message.problems));
    };
    made.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      made.terminate();
      if (worker === made) worker = undefined;
      settle()?.reject(new AnalysisFailed([{ path: '', rule: `the analysis stopped: ${event.message || 'the worker failed'}` }]));
    };
    worker = made;
    return made;
  };

  return {
    run(request, onProgress) {
      cancel();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending = { id, resolve: resolve as (result: never) => void, reject, onProgress };
        workerFor().postMessage({ id, request });
      });
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = undefined;
    },
  };
}
