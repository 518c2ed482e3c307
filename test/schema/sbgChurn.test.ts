import { describe, expect, test } from 'vitest';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { sbgChurn } from '../../src/schema/sbgChurn';

/** Share of a cohort still there after t periods: the product of (1 − churn_k), k = 1…t, as the issue writes it. */
const survival = (alpha: number, beta: number, t: number) => {
  let alive = 1;
  for (let k = 1; k <= t; k++) alive *= 1 - sbgChurn(floatCalculator, alpha, beta, k);
  return alive;
};

describe('sbgChurn', () => {
  test('α / (α + β + k − 1): 1/4, 1/5, 1/6 for α 1, β 3', () => {
    expect(sbgChurn(floatCalculator, 1, 3, 1)).toBe(0.25);
    expect(sbgChurn(floatCalculator, 1, 3, 2)).toBe(0.2);
    expect(sbgChurn(floatCalculator, 1, 3, 3)).toBeCloseTo(1 / 6, 15);
  });

  test('exact on decimals: 0.7 / 1.9 in the first period, 0.7 / 7.9 in the seventh', () => {
    expect(sbgChurn(decimalCalculator, 0.7, 1.2, 1).toString()).toBe(decimalCalculator.div(decimalCalculator.from(7), decimalCalculator.from(19)).toString());
    expect(sbgChurn(decimalCalculator, 0.7, 1.2, 7).toString()).toBe(decimalCalculator.div(decimalCalculator.from(7), decimalCalculator.from(79)).toString());
  });

  test('falls with tenure', () => {
    const churns = [1, 2, 3, 10, 100].map((k) => sbgChurn(floatCalculator, 0.7, 1.2, k));
    for (let i = 1; i < churns.length; i++) expect(churns[i]).toBeLessThan(churns[i - 1]!);
  });

  test('survival is B(α, β + t) / B(α, β): with α 1 it is β / (β + t)', () => {
    // B(1, b) = 1 / b, so B(1, β + t) / B(1, β) = β / (β + t).
    expect(survival(1, 3, 3)).toBeCloseTo(0.5, 15);
    expect(survival(1, 2.5, 10)).toBeCloseTo(2.5 / 12.5, 15);
  });

  test("Fader & Hardie (2007): the 'regular' and 'high end' cohorts alive after 8–12 years", () => {
    const regular = [22.0, 20.4, 19.1, 18.0, 17.0];
    const highEnd = [46.0, 43.6, 41.4, 39.5, 37.8];
    [8, 9, 10, 11, 12].forEach((t, i) => {
      // The paper prints one decimal: agreement to its rounding.
      expect(Math.abs(100 * survival(0.704, 1.182, t) - regular[i]!)).toBeLessThan(0.06);
      expect(Math.abs(100 * survival(0.668, 3.806, t) - highEnd[i]!)).toBeLessThan(0.06);
    });
  });

  test('α = cK, β = (1 − c)K with K large gives the constant churn c in every period', () => {
    for (const k of [1, 12, 120]) expect(sbgChurn(floatCalculator, 0.02 * 1e9, 0.98 * 1e9, k)).toBeCloseTo(0.02, 6);
  });
});
