import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import { percentile } from '../../src/numeric/percentile';
import { percentiles } from '../../src/numeric/percentiles';
import { seededRandom } from '../../src/numeric/seededRandom';

describe('percentiles', () => {
  it('gives exactly percentile of the sorted values (against sorting)', () => {
    const random = seededRandom(11);
    const probabilities = [0, 0.05, 0.25, 0.5, 0.5, 0.75, 0.95, 1];
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 200);
      const values = Float64Array.from({ length: n }, () => (trial % 3 === 0 ? Math.floor(random() * 5) : random() * 1e6 - 5e5));
      const sorted = Float64Array.from(values).sort();
      expect(percentiles(values, probabilities)).toEqual(probabilities.map((p) => percentile(sorted, p)));
    }
  });

  it('reads the hand-computed type-7 values', () => {
    expect(percentiles(new Float64Array([5, 1, 4, 2, 3]), [0.25, 0.5, 1])).toEqual([2, 3, 5]);
    expect(percentiles(new Float64Array([40, 10, 30, 20]), [0.5])).toEqual([25]);
  });

  it("refuses probabilities out of order, and passes on percentile's own refusals", () => {
    expect(() => percentiles(new Float64Array([1, 2, 3]), [0.5, 0.05])).toThrow(InputError);
    expect(() => percentiles(new Float64Array([1, 2, 3]), [0.5, 0.05])).toThrow(/^probabilities: must be a list of probabilities from 0 to 1, ascending/);
    expect(() => percentiles(new Float64Array([]), [0.5])).toThrow('values: must hold at least one number');
    expect(() => percentiles(new Float64Array([1]), [1.5])).toThrow('p: must be from 0 to 1');
  });
});
