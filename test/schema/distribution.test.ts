import { describe, expect, test } from 'vitest';
import { Distribution, distributionKinds } from '../../src/schema/distribution';

const problems = (data: unknown) => Distribution.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('Distribution', () => {
  test('the five kinds of the README, each with its parameters, a point value and a note', () => {
    expect(distributionKinds).toEqual(['normal', 'triangular', 'uniform', 'beta', 'lognormal']);
    const valid = [
      { dist: 'normal', mean: 0.4, sd: 0.05 },
      { dist: 'triangular', min: 0.02, mode: 0.05, max: 0.1, value: 0.05 },
      { dist: 'triangular', min: 1, mode: 1, max: 2 },
      { dist: 'uniform', min: 0, max: 1, note: 'no idea' },
      { dist: 'beta', alpha: 40, beta: 60 },
      { dist: 'lognormal', mean: 100, sd: 30 },
    ];
    for (const d of valid) expect(Distribution.parse(d), d.dist).toEqual(d);
  });

  test('refuses parameters out of order or out of range, where they are', () => {
    expect(problems({ dist: 'normal', mean: 0.4, sd: 0 })).toEqual(['sd: must be more than 0 (the standard deviation, in the field’s unit)']);
    expect(problems({ dist: 'uniform', min: 2, max: 1 })).toEqual(['max: must be greater than min (2)']);
    expect(problems({ dist: 'triangular', min: 0, mode: 3, max: 2 })).toEqual(['mode: must lie from min to max (0 to 2)']);
    expect(problems({ dist: 'beta', alpha: 0, beta: 1 })).toHaveLength(1);
    expect(problems({ dist: 'lognormal', mean: -1, sd: 1 })).toHaveLength(1);
  });

  test('refuses an unknown kind, naming the five, and unknown keys', () => {
    expect(problems({ dist: 'gamma' })).toEqual(['dist: must be one of "normal", "triangular", "uniform", "beta", "lognormal"']);
    expect(Distribution.safeParse({ dist: 'normal', mean: 1, sd: 1, sigma: 1 }).success).toBe(false);
  });
});
