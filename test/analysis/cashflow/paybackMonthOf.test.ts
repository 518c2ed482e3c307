import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { paybackMonthOf } from '../../../src/analysis/cashflow/paybackMonthOf';

const decimals = (xs: number[]) => xs.map((x) => new Decimal(x));

describe('paybackMonthOf', () => {
  const cumulative = decimals([-100, -40, 20, -5, 10, 30]);
  it('takes the first month at or above 0, or the month from which it stays there', () => {
    expect(paybackMonthOf(cumulative)).toBe(2);
    expect(paybackMonthOf(cumulative, { rule: 'stays' })).toBe(4);
  });
  it('never counts month 0 and is null when the horizon ends below 0', () => {
    expect(paybackMonthOf(decimals([0, -1, 0]))).toBe(2);
    expect(paybackMonthOf(decimals([-5, -4, 1, -1]), { rule: 'stays' })).toBeNull();
    expect(paybackMonthOf(decimals([-5, -4, -1]))).toBeNull();
  });
});
