import { describe, expect, it } from 'vitest';
import { steadyStateSubscriberValue } from '../../../src/analysis/economics/steadyStateSubscriberValue';
import { D, expectClose, inputErrorOf } from '../../model/support';

describe('steadyStateSubscriberValue', () => {
  it('divides the monthly value by churn plus the monthly discount rate', () => {
    expect(steadyStateSubscriberValue({ valuePerMonth: 2, lossShareMonthly: 0.03, discountRateMonthly: 0.01 })!.toString()).toBe('50');
    expect(steadyStateSubscriberValue({ valuePerMonth: '1', lossShareMonthly: new D('0.1'), discountRateMonthly: 0 })!.toString()).toBe('10');
  });

  it('equals the infinite sum of kept, discounted monthly values', () => {
    // Σ_{m=1..∞} v × keep^(m−1) × (1 + d)^(−m), summed until the terms vanish
    const v = 3.5;
    const c = 0.02;
    const d = 0.015;
    let sum = 0;
    for (let m = 1; m <= 5000; m++) sum += v * (1 - c) ** (m - 1) * (1 + d) ** -m;
    expectClose(steadyStateSubscriberValue({ valuePerMonth: v, lossShareMonthly: c, discountRateMonthly: d })!.toNumber(), sum, 1e-12);
  });

  it('returns null when the sum is unbounded (nobody leaves and nothing is discounted)', () => {
    expect(steadyStateSubscriberValue({ valuePerMonth: 1, lossShareMonthly: 0, discountRateMonthly: 0 })).toBeNull();
    expect(steadyStateSubscriberValue({ valuePerMonth: 1, lossShareMonthly: 0.01, discountRateMonthly: -0.02 })).toBeNull();
  });

  it('rejects a loss share outside 0…1, a rate at or below −100 % and non-numbers', () => {
    const error = inputErrorOf(() => steadyStateSubscriberValue({ valuePerMonth: 1, lossShareMonthly: 1.5, discountRateMonthly: -1 }));
    expect(error.problems.map((p) => p.path)).toEqual(['lossShareMonthly', 'discountRateMonthly']);
    expect(inputErrorOf(() => steadyStateSubscriberValue({ valuePerMonth: Number.NaN, lossShareMonthly: 0.1, discountRateMonthly: 0 })).message).toMatch(
      /^valuePerMonth: must be a finite number/,
    );
  });
});
