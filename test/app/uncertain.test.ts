import { describe, expect, it, vi } from 'vitest';
import { distributionText, isDistribution, pointValue } from '../../app/src/state/uncertain';
import { distributionSampler } from '../../src/analysis/uncertainty/distributionSampler';

vi.mock('email-npv', () => import('../../src/index'));

describe('an uncertain input in the form', () => {
  it('is a value with a `dist`', () => {
    expect(isDistribution({ dist: 'beta', alpha: 40, beta: 60 })).toBe(true);
    expect(isDistribution(0.4)).toBe(false);
    expect(isDistribution({ alpha: 40 })).toBe(false);
  });

  it.each([
    [{ dist: 'beta', alpha: 40, beta: 60 }, 'openRate'],
    [{ dist: 'normal', mean: 100, sd: 20 }, 'averageOrderValue'],
    [{ dist: 'lognormal', mean: 100, sd: 20 }, 'averageOrderValue'],
    [{ dist: 'triangular', min: 0.005, mode: 0.015, max: 0.04 }, 'churnPerMonth'],
    [{ dist: 'uniform', min: 2, max: 5 }, 'emailsPerMonth'],
    [{ dist: 'uniform', min: 2, max: 5, value: 3 }, 'emailsPerMonth'],
  ])('shows the point value the model runs on: %j', (spec, field) => {
    expect(pointValue(spec)).toBeCloseTo(distributionSampler(spec, field, '').value, 12);
  });

  it('describes a valid distribution in the library’s words, and an unfinished one plainly', () => {
    expect(distributionText({ dist: 'beta', alpha: 40, beta: 60 })).toBe('beta(α 40, β 60)');
    expect(distributionText({ dist: 'beta', alpha: -1, beta: 60 })).toBe('distribution (not valid yet)');
    expect(pointValue({ dist: 'normal', mean: 'x' })).toBeUndefined();
  });
});
