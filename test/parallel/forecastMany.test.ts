import { describe, expect, test } from 'vitest';
import { batchResult } from '../../src/batch/batchResult';
import { forecastMany } from '../../src/parallel/forecastMany';
import { articleBaseline, articleFile } from '../batch/support';

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

/** 300 values: inputs with ids, a scenario file now and then, bad values. */
const values = Array.from({ length: 300 }, (_, i) =>
  i % 50 === 7
    ? 'not an object'
    : i % 40 === 3
      ? { id: `file ${i}`, ...articleFile }
      : { id: i, ...articleBaseline, subscribers: 1000 + i, openRate: i % 97 === 5 ? 2 : 0.4 },
);

describe('forecastMany', () => {
  test("gives each value's result in the source's order, ids kept, bad values reported without stopping", async () => {
    const results = await collect(forecastMany(values, { workers: 2, chunkSize: 16, horizonsYears: [1, 5] }));
    expect(results.map((r) => r.line)).toEqual(values.map((_, i) => i + 1));
    // The oracle: each value computed alone, on this thread.
    results.forEach((r, i) => {
      const value = values[i];
      const alone =
        typeof value === 'object'
          ? batchResult(
              { line: i + 1, ...('id' in value ? { id: value.id } : {}), data: Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id')) },
              { horizonsYears: [1, 5] },
            )
          : { line: i + 1, error: ['(line): must be an object (a scenario input or a scenario file)'] };
      expect(r, `value ${i}`).toEqual(alone);
    });
    expect(results.filter((r) => r.error !== undefined).length).toBe(6 + 4); // not objects: i ≡ 7 (mod 50); openRate 2: i ≡ 5 (mod 97) but 5 … 296 that are not files
  });

  test('the same results on the calling thread, on one thread and on three, from an async source', async () => {
    async function* source() {
      for (const v of values.slice(0, 120)) yield v;
    }
    const [none, one, three] = await Promise.all([0, 1, 3].map((workers) => collect(forecastMany(source(), { workers, chunkSize: 7 }))));
    expect(JSON.stringify(one)).toBe(JSON.stringify(none));
    expect(JSON.stringify(three)).toBe(JSON.stringify(none));
  });

  test('leaving early stops the threads (the test would hang otherwise)', async () => {
    let taken = 0;
    for await (const r of forecastMany(values, { workers: 2, chunkSize: 4 })) {
      expect(r.line).toBe(++taken);
      if (taken === 5) break;
    }
    expect(taken).toBe(5);
  });
});
