import { describe, expect, test } from 'vitest';
import { lineSeed } from '../../src/batch/lineSeed';

/** The documented formula in exact integers: (S + line × 2654435761) mod 2³². */
const oracle = (seed: number, line: number) => Number((BigInt(seed) + BigInt(line) * 2654435761n) % 2n ** 32n);

describe('lineSeed', () => {
  test('is (S + line × 2654435761) mod 2³², computed exactly', () => {
    for (const seed of [0, 1, 7, 2 ** 31, 2 ** 32 - 1]) {
      for (const line of [1, 2, 3, 1000, 999_999, 10_000_000, 2 ** 32 + 5]) expect(lineSeed(seed, line), `${seed} ${line}`).toBe(oracle(seed, line));
    }
  });

  test('gives every line of a batch its own seed, a whole number from 0 to 2³² − 1', () => {
    const seeds = Array.from({ length: 100_000 }, (_, i) => lineSeed(1, i + 1));
    expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 32)).toBe(true);
    expect(new Set(seeds).size).toBe(100_000);
  });
});
