import { describe, expect, test } from 'vitest';
import { mapInOrder } from '../../src/parallel/mapInOrder';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInOrder', () => {
  test('yields in the source order whatever order the calls finish in, with at most inFlight pending', async () => {
    let pending = 0;
    let most = 0;
    const run = async (n: number) => {
      most = Math.max(most, ++pending);
      await sleep((n * 7) % 5);
      pending--;
      return n * n;
    };
    async function* source() {
      for (let n = 0; n < 30; n++) yield n;
    }
    const out: number[] = [];
    for await (const x of mapInOrder(source(), run, 4)) out.push(x);
    expect(out).toEqual(Array.from({ length: 30 }, (_, n) => n * n));
    expect(most).toBe(4);
  });

  test('a failed call fails the iteration at its turn, after the results before it', async () => {
    const out: number[] = [];
    const run = async (n: number) => {
      if (n === 2) throw new Error('two');
      await sleep(5);
      return n;
    };
    await expect(
      (async () => {
        for await (const x of mapInOrder([0, 1, 2, 3], run, 3)) out.push(x);
      })(),
    ).rejects.toThrow('two');
    expect(out).toEqual([0, 1]);
  });
});
