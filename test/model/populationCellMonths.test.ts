import { describe, expect, test } from 'vitest';
import { populationCellMonths } from '../../src/model/populationCellMonths';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';

const base = { subscribers: 1000, emailsPerMonth: 2, openRate: 0.2, clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 50, discountRateAnnual: 0.1 };
const segments = { a: { share: 0.5 }, b: { share: 0.3 }, c: { share: 0.2 } };

describe('populationCellMonths', () => {
  test('one number a month per segment with constant churn', () => {
    expect(populationCellMonths(parseScenarioInput(base), 60)).toBe(60);
    expect(populationCellMonths(parseScenarioInput({ ...base, segments }), 60)).toBe(180);
  });

  test('by cohort with retention: the existing list, then one cohort a month (counted by hand)', () => {
    // months 1…4 hold 1, 2, 3, 4 cohorts: 10 cell-months per segment
    expect(populationCellMonths(parseScenarioInput({ ...base, retention: { alpha: 1, beta: 2 } }), 4)).toBe(10);
    expect(populationCellMonths(parseScenarioInput({ ...base, segments, retention: { alpha: 1, beta: 2 } }), 4)).toBe(30);
    // two existing tenures (the scenario's 0 and b's own 12): 2 existing cohorts, so months 1…4 hold 2, 3, 4, 5
    const mixed = {
      ...base,
      segments: { ...segments, b: { share: 0.3, retention: { alpha: 1, beta: 2, existingTenureMonths: 12 } } },
      retention: { alpha: 1, beta: 2 },
    };
    expect(populationCellMonths(parseScenarioInput(mixed), 4)).toBe(3 * 14);
  });

  test('retention from a change also holds the list by cohort from month 1', () => {
    const later = { ...base, segments, changes: [{ fromMonth: 3, set: { segments: { a: { retention: { alpha: 1, beta: 2 } } } } }] };
    expect(populationCellMonths(parseScenarioInput(later), 4)).toBe(30);
  });
});
