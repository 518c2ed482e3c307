import { describe, expect, test } from 'vitest';
import { runChunk } from '../../src/batch/runChunk';
import { batchWorkerFile } from '../../src/parallel/workerFile';
import { WorkerPool } from '../../src/parallel/workerPool';
import { articleBaseline } from '../batch/support';

describe('the batch worker thread (dist/batchWorker.js, built from src/parallel/batchWorker.ts)', () => {
  test("answers a job with runWorkerTask's reply", async () => {
    const pool = new WorkerPool(batchWorkerFile(new URL('../../src/parallel/workerFile.ts', import.meta.url).href), 1);
    try {
      const chunk = { kind: 'values' as const, values: [articleBaseline], firstLine: 1 };
      await expect(pool.run({ type: 'chunk', chunk, settings: {}, filter: {}, kind: 'ndjson' })).resolves.toEqual(runChunk(chunk, {}, {}, 'ndjson'));
      await expect(pool.run({ type: 'drawRange', data: { baseline: 1 }, options: {}, values: new Float64Array(0), from: 0, to: 0 })).rejects.toThrow(
        /^baseline: /,
      );
    } finally {
      await pool.close();
    }
  });
});
