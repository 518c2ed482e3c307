import { describe, expect, it } from 'vitest';
import { describeDistribution } from '../../src/render/describeDistribution';

describe('describeDistribution', () => {
  it('writes each kind of distribution with its parameters', () => {
    expect(describeDistribution({ dist: 'normal', mean: 0.4, sd: 0.05 })).toBe('normal(mean 0.4, sd 0.05)');
    expect(describeDistribution({ dist: 'triangular', min: 15000, mode: 17000.09891920593, max: 24000 })).toBe('triangular(15000, mode 17000, 24000)');
    expect(describeDistribution({ dist: 'uniform', min: 3, max: 5 })).toBe('uniform(3, 5)');
    expect(describeDistribution({ dist: 'beta', alpha: 40, beta: 60 })).toBe('beta(α 40, β 60)');
    expect(describeDistribution({ dist: 'lognormal', mean: 100, sd: 20 })).toBe('lognormal(mean 100, sd 20)');
  });

  it('rounds each parameter to 4 significant digits', () => {
    expect(describeDistribution({ dist: 'triangular', min: 0.005, mode: 0.015001399745834651, max: 0.025 })).toBe('triangular(0.005, mode 0.015, 0.025)');
    expect(describeDistribution({ dist: 'normal', mean: 123456, sd: 0.000123456 })).toBe('normal(mean 123500, sd 0.0001235)');
  });
});
