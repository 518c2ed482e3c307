import { availableParallelism } from 'node:os';

/**
 * The number of worker threads when none is asked for: the cores this process may use (`os.availableParallelism`).
 *
 * @example
 * defaultWorkers() >= 1 //=> true
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
