import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import { WorkerPool } from '../../src/parallel/workerPool';

// A worker of its own, so that the pool is tested apart from the batch: it doubles numbers after a delay, fails on request.
const folder = mkdtempSync(join(tmpdir(), 'email-npv-pool-'));
const script = join(folder, 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (m) => {
  if (m.kind === 'exit') process.exit(3);
  if (m.kind === 'bad') return parentPort.postMessage({ ok: false, message: 'bad', problems: [{ path: 'x', rule: 'is bad' }] });
  if (m.kind === 'sum') return parentPort.postMessage({ ok: true, value: new Float64Array(m.buffer).reduce((a, b) => a + b, 0) });
  setTimeout(() => parentPort.postMessage({ ok: true, value: { doubled: m.n * 2, threadId } }), m.wait ?? 0);
});
`,
);
const url = pathToFileURL(script);
const pools: WorkerPool[] = [];
const poolOf = (size: number) => {
  const pool = new WorkerPool(url, size);
  pools.push(pool);
  return pool;
};
afterAll(async () => {
  for (const pool of pools) await pool.close();
});

describe('WorkerPool', () => {
  test('runs every job, spread over its threads, each reply to its own job', async () => {
    const pool = poolOf(2);
    const replies = await Promise.all(Array.from({ length: 8 }, (_, n) => pool.run<{ doubled: number; threadId: number }>({ n, wait: (8 - n) * 3 })));
    expect(replies.map((r) => r.doubled)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
    expect(new Set(replies.map((r) => r.threadId)).size).toBe(2);
  });

  test('a job that fails rejects with its error, an InputError staying one; the pool goes on', async () => {
    const pool = poolOf(1);
    const error = await pool.run({ kind: 'bad' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([{ path: 'x', rule: 'is bad' }]);
    await expect(pool.run({ n: 2 })).resolves.toMatchObject({ doubled: 4 });
  });

  test('moves transferred buffers instead of copying them', async () => {
    const pool = poolOf(1);
    const values = new Float64Array([1, 2, 3.5]);
    await expect(pool.run({ kind: 'sum', buffer: values.buffer }, [values.buffer])).resolves.toBe(6.5);
    expect(values.length).toBe(0); // detached: it went to the thread
  });

  test('a thread that dies fails its job and every later one', async () => {
    const pool = poolOf(1);
    await expect(pool.run({ kind: 'exit' })).rejects.toThrow('a worker thread stopped (exit code 3)');
    await expect(pool.run({ n: 1 })).rejects.toThrow('a worker thread stopped');
  });
});
