import { describe, expect, it } from 'vitest';
import { writeEstimates } from '../../src/history/writeEstimates';

const estimate = (path: string, alpha: number) => ({
  path,
  value: 0.3,
  interval: [0.2, 0.4] as const,
  distribution: { dist: 'beta' as const, alpha, beta: 10 },
  note: '',
});

describe('writeEstimates', () => {
  it('puts each distribution at its path, making the objects on the way, and leaves the baseline unchanged', () => {
    const baseline = { openRate: 0.2, segments: { a: { share: 1, emailsPerMonth: 4 } } };
    const written = writeEstimates(baseline, [estimate('openRate', 1), estimate('segments.a.clickRate', 2), estimate('retention.alpha', 3)]);
    expect(written).toEqual({
      openRate: { dist: 'beta', alpha: 1, beta: 10 },
      segments: { a: { share: 1, emailsPerMonth: 4, clickRate: { dist: 'beta', alpha: 2, beta: 10 } } },
      retention: { alpha: { dist: 'beta', alpha: 3, beta: 10 } },
    });
    expect(baseline).toEqual({ openRate: 0.2, segments: { a: { share: 1, emailsPerMonth: 4 } } });
  });
});
