import { Worker } from 'node:worker_threads';
import { InputError, type InputProblem } from '../errors/inputError';

/** What a pool's worker posts back: the value, or the error it threw (an InputError's problems kept). */
export type WorkerReply =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string; readonly problems?: readonly InputProblem[] };

interface Job {
  readonly message: unknown;
  readonly transfer: readonly ArrayBuffer[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * A fixed set of worker threads running one script, each one job at a time: `run` posts a message to an idle
 * worker (or queues it) and resolves with its reply. A worker that dies fails its job and every job after it.
 * Jobs finish in any order: callers that need the input's order keep it themselves (`mapInOrder`).
 */
export class WorkerPool {
  readonly size: number;
  readonly #idle: Worker[] = [];
  readonly #queue: Job[] = [];
  readonly #running = new Map<Worker, Job>();
  readonly #workers: Worker[] = [];
  #broken: Error | undefined;

  /**
   * @param file - the worker script (a file URL or path; it answers each message with a {@link WorkerReply})
   * @param size - how many threads, at least 1
   */
  constructor(file: URL | string, size: number) {
    this.size = Math.max(1, Math.floor(size));
    for (let i = 0; i < this.size; i++) {
      // The threads take the process's Node options, less --input-type, which a thread started from a file refuses.
      const worker = new Worker(file, { execArgv: process.execArgv.filter((option) => !option.startsWith('--input-type')) });
      worker.on('message', (reply: WorkerReply) => this.#done(worker, reply));
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  /** Posts `message` to a worker (the `transfer` buffers moved, not copied); resolves with the value it replies, or rejects with its error (an InputError stays one). */
  run<R>(message: unknown, transfer: readonly ArrayBuffer[] = []): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.#broken !== undefined) return reject(this.#broken);
      this.#queue.push({ message, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.#next();
    });
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    this.#broken ??= new Error('the worker pool is closed');
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #next(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!;
      const job = this.#queue.shift()!;
      this.#running.set(worker, job);
      worker.postMessage(job.message, [...job.transfer]);
    }
  }

  #done(worker: Worker, reply: WorkerReply): void {
    const job = this.#running.get(worker);
    this.#running.delete(worker);
    this.#idle.push(worker);
    if (job !== undefined) {
      if (reply.ok) job.resolve(reply.value);
      else job.reject(reply.problems === undefined ? new Error(reply.message) : new InputError(reply.problems));
    }
    this.#next();
  }

  #fail(error: Error): void {
    if (this.#broken !== undefined) return;
    this.#broken = error;
    for (const job of [...this.#running.values(), ...this.#queue.splice(0)]) job.reject(error);
    this.#running.clear();
  }
}
