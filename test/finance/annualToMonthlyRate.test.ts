import { describe, expect, it } from 'vitest';
import { annualToMonthlyRate } from '../../src/finance/annualToMonthlyRate';
import { InputError } from '../../src/errors/inputError';

describe('annualToMonthlyRate', () => {
  it('turns 12.68 % a year into 1 % a month', () => {
    expect(annualToMonthlyRate(0.12682503013196977)).toBeCloseTo(0.01, 15);
  });

  it('keeps a zero rate at zero', () => {
    expect(annualToMonthlyRate(0)).toBe(0);
  });

  it('compounds back to the annual rate over 12 months', () => {
    for (const annual of [-0.5, -0.01, 1e-9, 0.05, 0.2, 3]) {
      expect((1 + annualToMonthlyRate(annual)) ** 12 - 1).toBeCloseTo(annual, 12);
    }
  });

  it('rejects rates of -100 % or less and non-finite rates', () => {
    expect(() => annualToMonthlyRate(-1)).toThrow(InputError);
    expect(() => annualToMonthlyRate(-2)).toThrow('rate: must be a finite number greater than -1');
    expect(() => annualToMonthlyRate(Number.NaN)).toThrow('rate: must be a finite number greater than -1');
  });
});
