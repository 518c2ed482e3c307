import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/analysis/uncertainty/simulate';
import { batchPool, simulateParallel } from '../../src/parallel/simulateParallel';
import { articleBaseline, uncertainFile } from '../batch/support';

// The threads run the built worker (dist/batchWorker.js): `npm run build` first, as for the CLI's tests.
describe('simulateParallel', () => {
  test('gives the numbers of simulate on one thread, bit for bit, on 2 and 3 threads', async () => {
    const options = { draws: 1000, seed: 11 };
    const one = JSON.stringify(simulate(uncertainFile, options));
    expect(JSON.stringify(await simulateParallel(uncertainFile, { ...options, workers: 2 }))).toBe(one);
    expect(JSON.stringify(await simulateParallel(uncertainFile, { ...options, workers: 3 }))).toBe(one);
  });

  test('runs on a pool it is given, which stays open; reports progress up to the total', async () => {
    const pool = batchPool(2);
    try {
      const done: number[] = [];
      const options = { draws: 101, horizonsYears: [1], onProgress: (n: number, total: number) => done.push(n / total) };
      const result = await simulateParallel(uncertainFile, { ...options, pool });
      expect(JSON.stringify(result)).toBe(JSON.stringify(simulate(uncertainFile, { draws: 101, horizonsYears: [1] })));
      expect(done.at(-1)).toBe(1);
      await expect(simulateParallel(uncertainFile, { draws: 10, pool })).resolves.toMatchObject({ draws: 10 });
    } finally {
      await pool.close();
    }
  });

  test('the same with draws thrown away and drawn again, and for a file without any distribution', async () => {
    const redrawing = {
      baseline: {
        ...(uncertainFile as { baseline: object }).baseline,
        churnPerMonth: 0.1,
        emailsPerMonth: 4,
        churnPerEmail: { dist: 'uniform', min: 0, max: 0.3, value: 0.1 },
      },
      hypotheses: { Fewer: { emailsPerMonth: 2 } },
    };
    const pool = batchPool(3);
    try {
      for (const data of [redrawing, { ...uncertainFile, baseline: articleBaseline, hypotheses: {} }]) {
        const one = simulate(data, { draws: 500, seed: 10, horizonsYears: [1, 5] });
        expect(JSON.stringify(await simulateParallel(data, { draws: 500, seed: 10, horizonsYears: [1, 5], pool }))).toBe(JSON.stringify(one));
      }
      expect(simulate(redrawing, { draws: 500, seed: 10, horizonsYears: [1] }).redrawn).toBeGreaterThan(50);
    } finally {
      await pool.close();
    }
  });

  test('bad input is refused before any thread starts, as simulate refuses it', async () => {
    await expect(simulateParallel(uncertainFile, { draws: 0 })).rejects.toThrow('draws: must be at least 1 draw');
  });
});
