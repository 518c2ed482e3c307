import { describe, expect, it } from 'vitest';
import { estimateSegments } from '../../src/history/estimateSegments';

describe('estimateSegments', () => {
  it('gives each segment its share of delivered emails and its own estimates at segments.<name>.<field>', () => {
    const rows = ['a', 'b', 'a', 'b', 'a', 'b'].map((segment, i) => ({
      row: i + 2,
      segment,
      delivered: segment === 'a' ? 3000 : 1000,
      clicks: segment === 'a' ? 90 + i : 10 + i,
    }));
    const result = estimateSegments(rows, { file: 'c.csv', clickRateBasis: 'delivered' });
    expect(result.shares).toEqual({ a: 0.75, b: 0.25 });
    expect(result.estimates.map((e) => e.path)).toEqual(['segments.a.clickRate', 'segments.b.clickRate']);
    // a: (90 + 92 + 94) / 9000; b: (11 + 13 + 15) / 3000 — equal trials, so the fit's mean is near the pooled rate.
    expect(result.estimates[0]!.value).toBeCloseTo(276 / 9000, 3);
    expect(result.estimates[1]!.value).toBeCloseTo(39 / 3000, 3);
    expect(result.estimates[0]!.note).toBe('segment a, 75.0 % of delivered emails (its share): 3 campaigns: 9,000 delivered, 276 unique clicks (c.csv)');
  });
});
