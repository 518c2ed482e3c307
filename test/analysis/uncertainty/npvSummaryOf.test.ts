import { describe, expect, it } from 'vitest';
import { npvSummaryOf } from '../../../src/analysis/uncertainty/npvSummaryOf';
import { percentile } from '../../../src/numeric/percentile';
import { seededRandom } from '../../../src/numeric/seededRandom';

describe('npvSummaryOf', () => {
  it('gives the mean and the type-7 P5 … P95 (hand computation)', () => {
    expect(npvSummaryOf(new Float64Array([5, 1, 4, 2, 3]))).toEqual({ mean: 3, p5: 1.2, p25: 2, p50: 3, p75: 4, p95: 4.8 });
  });

  it('sums the mean in draw order and reads the percentiles of the sorted values (brute force)', () => {
    const random = seededRandom(3);
    const values = Float64Array.from({ length: 1001 }, () => random() * 2e5 - 5e4);
    let sum = 0;
    for (const x of values) sum += x;
    const sorted = Float64Array.from(values).sort();
    expect(npvSummaryOf(values)).toEqual({
      mean: sum / 1001,
      p5: percentile(sorted, 0.05),
      p25: percentile(sorted, 0.25),
      p50: percentile(sorted, 0.5),
      p75: percentile(sorted, 0.75),
      p95: percentile(sorted, 0.95),
    });
  });
});
