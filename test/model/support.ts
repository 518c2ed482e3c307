import Decimal from 'decimal.js';
import { expect } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import type { ScenarioInputData } from '../../src/schema/scenarioInput';

/** A high-precision decimal for expected values, independent of the library's own configuration. */
export const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

/** |actual − expected| / |expected| (or the absolute difference when expected is 0). */
export function relativeDifference(actual: number, expected: number): number {
  const diff = Math.abs(actual - expected);
  return expected === 0 ? diff : diff / Math.abs(expected);
}

export function expectClose(actual: number, expected: number, tolerance: number): void {
  expect(relativeDifference(actual, expected), `actual ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

export function expectDecimalClose(actual: Decimal, expected: Decimal, tolerance: string): void {
  const diff = new D(actual.toString()).minus(expected).abs();
  const scale = expected.isZero() ? new D(1) : expected.abs();
  expect(diff.div(scale).lessThanOrEqualTo(tolerance), `actual ${actual.toString()}, expected ${expected.toString()}`).toBe(true);
}

/** Freezes an object and everything it holds. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/**
 * The hand-computed example: 2000 subscribers, 100 new a month, 10 % monthly churn,
 * 2 emails, 0.5 × 0.1 × 0.1 = 0.005 orders per email, AOV 50, margin 0.5,
 * budget 100, 10 per 1,000 emails, no discounting, no inflation.
 */
export const handExample: ScenarioInputData = {
  subscribers: 2000,
  newSubscribersPerMonth: 100,
  churnPerMonth: 0.1,
  churnPerEmail: 0,
  emailsPerMonth: 2,
  openRate: 0.5,
  clickRate: 0.1,
  conversionRate: 0.1,
  averageOrderValue: 50,
  grossMargin: 0.5,
  budgetPerMonth: 100,
  costPerThousandEmails: 10,
  discountRateAnnual: 0,
  inflationAnnual: 0,
};

/** Runs `run` and returns the InputError it throws (failing the test when it throws nothing else). */
export function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}
