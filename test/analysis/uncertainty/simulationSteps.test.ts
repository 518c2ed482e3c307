import { describe, expect, test } from 'vitest';
import { cumulativeNpvDraws } from '../../../src/analysis/uncertainty/cumulativeNpvDraws';
import { simulate } from '../../../src/analysis/uncertainty/simulate';
import { drawRequestOf, finishSimulation, pointNpvsOf, prepareSimulation, simulationScenarios } from '../../../src/analysis/uncertainty/simulationSteps';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';
import { articleFile, uncertainFile } from '../../batch/support';

describe('the steps of a simulation', () => {
  test('simulationScenarios plans and resolves, drawing nothing', () => {
    const ready = simulationScenarios(uncertainFile, { draws: 50 });
    expect(ready.plan.draws).toBe(50);
    expect(ready.scenarios.map((s) => s.name)).toEqual(['baseline', 'H1', 'H2', 'H3', 'H4', 'H2+H4']);
    expect(ready.pathOf('H1')).toBe('hypotheses.H1');
    expect('values' in ready).toBe(false);
  });

  test('drawRequestOf: a sampler per distribution, the plan’s draws and seed; pointNpvsOf: the exact comparison’s NPVs', () => {
    const ready = simulationScenarios(uncertainFile, { draws: 40, seed: 8, horizonsYears: [1, 5] });
    const request = drawRequestOf(ready);
    expect([request.draws, request.seed, request.samplers.length]).toEqual([40, 8, 9]);
    const exact = compareScenarios(articleFile as never, { horizonsYears: [1, 5] });
    expect(pointNpvsOf(ready).map((npvs) => npvs.map(String))).toEqual(ready.scenarios.map((_, s) => exact.horizons.map((h) => String(h.results[s]!.npv))));
  });

  test('prepare, run, finish: the result of simulate', () => {
    const prepared = prepareSimulation(uncertainFile, { draws: 200, seed: 3 });
    const { plan } = prepared;
    const runs = cumulativeNpvDraws({
      ...prepared,
      draws: plan.draws,
      distributions: plan.distributions.length,
      horizonMonths: plan.horizonMonths,
      months: plan.months,
    });
    expect(JSON.stringify(finishSimulation(prepared, runs))).toBe(JSON.stringify(simulate(uncertainFile, { draws: 200, seed: 3 })));
  });
});
