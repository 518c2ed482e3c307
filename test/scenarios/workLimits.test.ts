import { describe, expect, test } from 'vitest';
import { WORK_LIMITS, checkWork } from '../../src/scenarios/workLimits';

describe('checkWork', () => {
  test('lets through a cost at or below the limit', () => {
    expect(() =>
      checkWork(
        'hypotheses',
        [
          [125, 'scenarios'],
          [1200, 'months'],
        ],
        'scenario-months',
        150_000,
        'per comparison',
      ),
    ).not.toThrow();
  });

  test('refuses a cost above it, stating the product, the limit and the field', () => {
    expect(() =>
      checkWork(
        'hypotheses',
        [
          [1001, 'scenarios'],
          [1200, 'months'],
        ],
        'scenario-months',
        150_000,
        'per comparison',
      ),
    ).toThrow('hypotheses: 1,001 scenarios × 1,200 months = 1,201,200 scenario-months; at most 150,000 per comparison');
  });

  test('a single factor is stated without a product', () => {
    expect(() => checkWork('unknowns', [[21, 'unknowns']], 'unknowns', 20, 'per calibration')).toThrow('unknowns: 21 unknowns; at most 20 per calibration');
  });
});

describe('WORK_LIMITS', () => {
  test('are the limits the README states', () => {
    expect(WORK_LIMITS).toEqual({
      comparisonScenarioMonths: 150_000,
      simulationScenarioMonthDraws: 100_000_000,
      calibrationUnknowns: 20,
      reportHypotheses: 99,
    });
  });
});
