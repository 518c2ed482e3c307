import { describe, expect, test } from 'vitest';
import { WORK_LIMITS, checkWork, segmentedCellMonths } from '../../src/scenarios/workLimits';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { simulate } from '../../src/analysis/uncertainty/simulate';
import { inputErrorOf } from '../model/support';

const plain = { subscribers: 1000, emailsPerMonth: 2, openRate: 0.2, clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 50, discountRateAnnual: 0.1 };
const threeSegments = { ...plain, segments: { a: { share: 0.5 }, b: { share: 0.3 }, c: { share: 0.2 } }, retention: { alpha: 1, beta: 2 } };

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
      comparisonCellMonths: 2_000_000,
      simulationCellMonthDraws: 1_000_000_000,
      calibrationUnknowns: 20,
      reportHypotheses: 99,
    });
  });
});

describe('segmentedCellMonths', () => {
  test('adds up the segmented scenarios only (by hand: 3 segments × (10 + 10 × 9 / 2) = 165 at 10 months)', () => {
    expect(segmentedCellMonths([parseScenarioInput(plain)], 10)).toBeUndefined();
    expect(segmentedCellMonths([parseScenarioInput(plain), parseScenarioInput(threeSegments)], 10)).toBe(165);
  });

  test('compare refuses a 3-segment retention scenario over 100 years before any work (3 × (1,200 + 1,200 × 1,199 / 2) cells)', () => {
    const message = inputErrorOf(() => compareScenarios({ baseline: threeSegments, hypotheses: {}, horizonsYears: [100] })).message;
    expect(message).toBe(
      'horizonsYears: 2,161,800 cell-months of the segmented scenarios over 1200 months; at most 2,000,000 per comparison: shorten the horizon (with retention by tenure the work grows with its square) or compare fewer segmented hypotheses',
    );
  });

  test('simulate refuses cell-months × draws above its limit (3 × (240 + 240 × 239 / 2) = 86,760 cells × 20,000 draws)', () => {
    const message = inputErrorOf(() => simulate({ baseline: threeSegments, hypotheses: {}, horizonsYears: [20] }, { draws: 20_000 })).message;
    expect(message).toMatch(
      /^draws: 86,760 cell-months of the segmented scenarios over 240 months × 20,000 draws = 1,735,200,000 cell-month-draws; at most 1,000,000,000 per simulation/,
    );
  });
});
