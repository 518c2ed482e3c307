import { describe, expect, test } from 'vitest';
import { buildReport, calibrate, compareScenarios, renderReport, simulate } from '../../src/index';
import { InputError } from '../../src/errors/inputError';
import { checkWork, WORK_LIMITS } from '../../src/scenarios/workLimits';

const baseline = {
  subscribers: 4000,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 40,
  budgetPerMonth: 1200,
  discountRateAnnual: 0.1,
};
/** The file: `n` hypotheses over a `years`-year horizon (31 kB for 1,000 × 100, within every schema limit). */
const fileOf = (n: number, years: number) => ({
  horizonsYears: [years],
  baseline,
  hypotheses: Object.fromEntries(Array.from({ length: n }, (_, i) => [`H${i}`, { openRate: 0.2 + (i % 50) / 200 }])),
});
const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error('expected a refusal');
};

describe('work is checked against its limit before any is done', () => {
  test('compare: 1,000 hypotheses × 100 years is refused, naming hypotheses, the cost and the limit', () => {
    expect(messageOf(() => compareScenarios(fileOf(1000, 100)))).toBe(
      'hypotheses: 1,001 scenarios × 1,200 months (horizonsYears up to 100) = 1,201,200 scenario-months; at most 150,000 per comparison: compare fewer hypotheses or shorter horizons',
    );
  });

  test('compare: horizons given as an option are named as such', () => {
    expect(messageOf(() => compareScenarios(fileOf(200, 1), { horizonsYears: [100] }))).toMatch(
      /^hypotheses: 201 scenarios × 1,200 months \(options\.horizonsYears up to 100\)/,
    );
  });

  test('simulate: scenarios × months × draws above the limit is refused, naming draws when the call gave them', () => {
    const uncertain = { ...fileOf(1000, 100), baseline: { ...baseline, openRate: { dist: 'uniform', min: 0.3, max: 0.5 } } };
    expect(messageOf(() => simulate(uncertain, { draws: 500 }))).toBe(
      'draws: 1,001 scenarios × 1,200 months × 500 draws = 600,600,000 scenario-month-draws; at most 100,000,000 per simulation: fewer draws, hypotheses or months',
    );
    expect(messageOf(() => simulate({ ...uncertain, simulation: { draws: 1000 } }))).toMatch(/^simulation\.draws: 1,001 scenarios/);
  });

  test('calibrate: more than 20 unknowns is refused', () => {
    const file = fileOf(30, 1);
    const unknowns = Object.fromEntries(Object.keys(file.hypotheses).map((name) => [`${name}.openRate`, { min: 0.1, max: 0.9 }]));
    expect(messageOf(() => calibrate({ scenarios: file, observed: [{ hypothesis: 'H1', years: 1, npv: 1 }], unknowns }))).toBe(
      'unknowns: 30 unknowns; at most 20 per calibration (each costs about 320 model runs of the file)',
    );
  });

  test("report: 100 hypotheses is refused naming hypotheses (not the charts' series)", () => {
    expect(messageOf(() => renderReport(buildReport(fileOf(100, 1))))).toBe(
      'hypotheses: 100 hypotheses; at most 99 in a report (each chart draws the baseline and every hypothesis, 100 lines at most)',
    );
  });

  test('work at the limit is done: 99 hypotheses in a report', () => {
    expect(renderReport(buildReport(fileOf(99, 1)))).toContain('<svg');
  });

  test('checkWork passes a cost at the limit and refuses one above it', () => {
    expect(() =>
      checkWork(
        'x',
        [
          [10, 'a'],
          [15_000, 'b'],
        ],
        'a-b',
        WORK_LIMITS.comparisonScenarioMonths,
        'per call',
      ),
    ).not.toThrow();
    expect(() =>
      checkWork(
        'x',
        [
          [10, 'a'],
          [15_001, 'b'],
        ],
        'a-b',
        WORK_LIMITS.comparisonScenarioMonths,
        'per call',
      ),
    ).toThrow('x: 10 a × 15,001 b = 150,010 a-b; at most 150,000 per call');
  });
});
