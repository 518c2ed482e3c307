import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAWS, DEFAULT_SEED, planSimulation } from '../../../src/analysis/uncertainty/simulationPlan';
import { inputErrorOf } from '../../model/support';
import { baseline } from '../../scenarios/support';

const file = { baseline: { ...baseline, openRate: { dist: 'uniform', min: 0.3, max: 0.5 } }, hypotheses: { H: { emailsPerMonth: 3 } } };

describe('planSimulation', () => {
  it("takes the defaults, then the file's simulation section and horizons, then the options", () => {
    const plain = planSimulation(file, {});
    expect([plain.draws, plain.seed, plain.horizonsYears, plain.horizonMonths, plain.months]).toEqual([
      DEFAULT_DRAWS,
      DEFAULT_SEED,
      [1, 3, 5],
      [12, 36, 60],
      60,
    ]);
    const fromFile = planSimulation({ ...file, simulation: { draws: 500, seed: 9 }, horizonsYears: [2] }, {});
    expect([fromFile.draws, fromFile.seed, fromFile.horizonMonths]).toEqual([500, 9, [24]]);
    const fromOptions = planSimulation({ ...file, simulation: { draws: 500, seed: 9 } }, { draws: 700, seed: 3, horizonsYears: [0.5, 2] });
    expect([fromOptions.draws, fromOptions.seed, fromOptions.horizonMonths, fromOptions.months]).toEqual([700, 3, [6, 24], 24]);
  });

  it('gives the plain file and where each distribution sits', () => {
    const plan = planSimulation(file, {});
    expect(plan.file.baseline.openRate).toBe(0.4);
    expect(plan.distributions.map((d) => [d.path, d.scenario, d.field])).toEqual([['baseline.openRate', 'baseline', 'openRate']]);
  });

  it('refuses too many numbers for the monthly bands, and too much work, naming the field to lower', () => {
    expect(inputErrorOf(() => planSimulation(file, { draws: 100_000, horizonsYears: [100] })).message).toBe(
      'draws: must be at most 10000 with a 1200-month horizon (draws × months ≤ 12000000)',
    );
    const many = { ...file, hypotheses: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`H${i}`, {}])) };
    expect(inputErrorOf(() => planSimulation({ ...many, simulation: { draws: 100_000 } }, { horizonsYears: [10] })).problems[0]!.path).toBe('simulation.draws');
  });

  it('names bad options', () => {
    expect(inputErrorOf(() => planSimulation(file, { draws: 0 })).problems[0]!.path).toBe('draws');
  });
});
