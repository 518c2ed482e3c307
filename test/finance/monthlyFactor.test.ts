import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { annualToMonthlyRate } from '../../src/finance/annualToMonthlyRate';
import { monthlyFactor } from '../../src/finance/monthlyFactor';
import { D } from '../model/support';

describe('monthlyFactor', () => {
  it('compounds to the annual rate over twelve months (exact path, 40 digits)', () => {
    for (const annual of [0.1, 0.12682503013196977, 0.03, 0.9, -0.5]) {
      const factor = monthlyFactor(decimalCalculator, annual);
      expect(new D(factor).pow(12).minus(new D(1).plus(annual)).abs().toNumber()).toBeLessThan(1e-38);
    }
  });

  it('is the correctly rounded 12th root on the exact path: decimal.js pow at 40 digits', () => {
    const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
    for (const annual of [0.1, 0.05, 0.2, 0.0125]) {
      expect(monthlyFactor(decimalCalculator, annual).toString()).toBe(new Exact(1).plus(annual).pow(new Exact(1).div(12)).toString());
    }
  });

  it('is (1 + r) ** (1 / 12) on the float path, bit for bit', () => {
    for (const annual of [0, 0.1, 0.07, 0.4, -0.2]) expect(monthlyFactor(floatCalculator, annual)).toBe((1 + annual) ** (1 / 12));
  });

  it("gives annualToMonthlyRate's rate, which takes a more accurate route on floats, to 1e-15", () => {
    for (const annual of [0.1, 0.12682503013196977, 1e-6, 0.9]) expect(monthlyFactor(floatCalculator, annual) - 1).toBeCloseTo(annualToMonthlyRate(annual), 15);
  });

  it('is 1 at a zero rate on both paths', () => {
    expect(monthlyFactor(floatCalculator, 0)).toBe(1);
    expect(monthlyFactor(decimalCalculator, 0).toString()).toBe('1');
  });
});
