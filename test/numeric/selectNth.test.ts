import { describe, expect, it } from 'vitest';
import { selectNth } from '../../src/numeric/selectNth';
import { seededRandom } from '../../src/numeric/seededRandom';

const randomValues = (random: () => number, n: number, distinct: number) =>
  Float64Array.from({ length: n }, () => Math.floor(random() * distinct) - distinct / 2);

describe('selectNth', () => {
  it('puts the k-th smallest value at k, smaller or equal values before it and larger or equal after (against sorting)', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 60);
      const values = randomValues(random, n, trial % 2 === 0 ? 1000 : 4); // many ties every other trial
      const sorted = Float64Array.from(values).sort();
      const k = Math.floor(random() * n);
      selectNth(values, k, 0, n - 1);
      expect(values[k]).toBe(sorted[k]);
      for (let i = 0; i < k; i++) expect(values[i]).toBeLessThanOrEqual(values[k]!);
      for (let i = k + 1; i < n; i++) expect(values[i]).toBeGreaterThanOrEqual(values[k]!);
      expect(Float64Array.from(values).sort()).toEqual(sorted); // a permutation of the input
    }
  });

  it('works within a range and leaves the values outside it alone', () => {
    const values = new Float64Array([9, 8, 5, 1, 4, 2, 3, -7]);
    selectNth(values, 3, 2, 6);
    expect(values[3]).toBe(2); // the second smallest of 5, 1, 4, 2, 3
    expect([values[0], values[1], values[7]]).toEqual([9, 8, -7]);
    expect([...values.subarray(2, 7)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it('settles the ends, sorted and reversed input, and a single value', () => {
    const ascending = Float64Array.from({ length: 50 }, (_, i) => i);
    selectNth(ascending, 0, 0, 49);
    expect(ascending[0]).toBe(0);
    const descending = Float64Array.from({ length: 50 }, (_, i) => 49 - i);
    selectNth(descending, 49, 0, 49);
    expect(descending[49]).toBe(49);
    const one = new Float64Array([3]);
    selectNth(one, 0, 0, 0);
    expect(one[0]).toBe(3);
  });
});
