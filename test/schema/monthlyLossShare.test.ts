import { describe, expect, test } from 'vitest';
import { decimalCalculator, floatCalculator, monthlyLossShare } from '../../src/index';

describe('monthlyLossShare', () => {
  test('the loss is churnPerMonth + churnPerEmail × emailsPerMonth', () => {
    // 0.01 + 0.005 × 2 = 0.02
    expect(monthlyLossShare(decimalCalculator, { churnPerMonth: 0.01, churnPerEmail: 0.005, emailsPerMonth: 2 }).toString()).toBe('0.02');
  });

  test('the exact loss of 0.7 + 0.1 × 3 is exactly 1', () => {
    expect(monthlyLossShare(decimalCalculator, { churnPerMonth: 0.7, churnPerEmail: 0.1, emailsPerMonth: 3 }).toString()).toBe('1');
  });

  test('the float loss agrees with the hand sum to rounding', () => {
    expect(monthlyLossShare(floatCalculator, { churnPerMonth: 0.25, churnPerEmail: 0.125, emailsPerMonth: 4 })).toBe(0.75);
  });
});

describe('monthlyLossShare with another churn', () => {
  test('the churn given replaces churnPerMonth: a retention churn of 0.25 + 0.01 × 5 = 0.3', () => {
    const churn = decimalCalculator.from(0.25);
    expect(monthlyLossShare(decimalCalculator, { churnPerMonth: 0.1, churnPerEmail: 0.01, emailsPerMonth: 5 }, churn).toString()).toBe('0.3');
  });

  test('without churnPerMonth the churn is 0', () => {
    expect(monthlyLossShare(decimalCalculator, { churnPerEmail: 0.01, emailsPerMonth: 5 }).toString()).toBe('0.05');
  });
});
