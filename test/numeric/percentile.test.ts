import * as formulajs from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/numeric/percentile';
import { InputError } from '../../src/errors/inputError';
import { seededRandom } from '../../src/numeric/seededRandom';

describe('percentile', () => {
  it('interpolates between order statistics as R type 7 does (hand computation)', () => {
    // h = (n − 1) p: [1, 2, 3, 4] at 0.5 → h = 1.5 → 2 + 0.5 × (3 − 2)
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // [10, 20, 30, 40, 50] at 0.05 → h = 0.2 → 10 + 0.2 × 10
    expect(percentile([10, 20, 30, 40, 50], 0.05)).toBeCloseTo(12, 12);
    expect(percentile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48, 12);
  });

  it('gives the smallest value at 0, the largest at 1 and the only value of a single number', () => {
    expect(percentile([3, 5, 9], 0)).toBe(3);
    expect(percentile([3, 5, 9], 1)).toBe(9);
    expect(percentile([7], 0.37)).toBe(7);
    expect(percentile(new Float64Array([4, 4, 4]), 0.95)).toBe(4);
  });

  it("agrees with Excel's PERCENTILE.INC (formulajs) on random data", () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 40);
      const values = Array.from({ length: n }, () => (random() - 0.3) * 1e5).sort((a, b) => a - b);
      const p = random();
      const excel = formulajs.PERCENTILE.INC(values, p) as number;
      expect(Math.abs(percentile(values, p) - excel)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(excel)));
    }
  });

  it('rejects an empty list and a probability outside 0…1', () => {
    expect(() => percentile([], 0.5)).toThrow(InputError);
    expect(() => percentile([1, 2], 1.5)).toThrow('p: must be from 0 to 1');
    expect(() => percentile([1, 2], Number.NaN)).toThrow('p: must be from 0 to 1');
  });
});
