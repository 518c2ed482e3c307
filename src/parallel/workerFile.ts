import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The batch worker's script: `batchWorker.js` beside the built module (dist/), or, when running from the
 * source tree (the tests), the built one in dist/ (`npm run build` first).
 *
 * @param from - the URL of the module asking (its `import.meta.url`)
 * @returns the script's URL
 *
 * @example
 * // not run: depends on where the module is loaded from
 * new WorkerPool(batchWorkerFile(import.meta.url), 2);
 */
export function batchWorkerFile(from: string): URL {
  const beside = new URL('./batchWorker.js', from);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/batchWorker.js', from);
}
