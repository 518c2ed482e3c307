import { describe, expect, it } from 'vitest';
import { monthlyToAnnualRate } from '../../src/finance/monthlyToAnnualRate';
import { annualToMonthlyRate } from '../../src/finance/annualToMonthlyRate';
import { InputError } from '../../src/errors/inputError';

describe('monthlyToAnnualRate', () => {
  it('turns 1 % a month into 12.68 % a year', () => {
    expect(monthlyToAnnualRate(0.01)).toBeCloseTo(0.12682503013196977, 15);
  });

  it('keeps a zero rate at zero', () => {
    expect(monthlyToAnnualRate(0)).toBe(0);
  });

  it('undoes annualToMonthlyRate', () => {
    for (const annual of [-0.5, -0.01, 1e-9, 0.05, 0.2, 3]) {
      expect(monthlyToAnnualRate(annualToMonthlyRate(annual))).toBeCloseTo(annual, 12);
    }
  });

  it('rejects rates of -100 % or less and non-finite rates', () => {
    expect(() => monthlyToAnnualRate(-1)).toThrow(InputError);
    expect(() => monthlyToAnnualRate(Number.POSITIVE_INFINITY)).toThrow('rate: must be a finite number greater than -1');
  });

  it('refuses a monthly rate whose annual rate would overflow, instead of returning Infinity', () => {
    // (1 + 1e30)^12 = 1e360 > Number.MAX_VALUE ≈ 1.8e308
    expect(() => monthlyToAnnualRate(1e30)).toThrow('rate: is so large that the annual rate overflows the number range');
    expect(Number.isFinite(monthlyToAnnualRate(1e25))).toBe(true);
  });
});
