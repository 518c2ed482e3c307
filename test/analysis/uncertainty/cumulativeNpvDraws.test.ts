import { describe, expect, it } from 'vitest';
import { cumulativeNpvDraws } from '../../../src/analysis/uncertainty/cumulativeNpvDraws';
import { floatCalculator } from '../../../src/calculator/floatCalculator';
import { runModel } from '../../../src/model/runModel';
import { percentile } from '../../../src/numeric/percentile';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { resolveHypotheses } from '../../../src/scenarios/resolveHypotheses';
import { parseScenarioFile } from '../../../src/scenarios/scenarioFile';
import { inputErrorOf } from '../../model/support';
import { baseline } from '../../scenarios/support';

const pathOf = (name: string) => (name === 'baseline' ? 'baseline' : `hypotheses.${name}`);

describe('cumulativeNpvDraws', () => {
  const scenarios = resolveHypotheses(parseScenarioFile({ baseline, hypotheses: { Fixed: { emailsPerMonth: 3 } } }));
  // One distribution (openRate), drawn by the baseline only; four draws.
  const values = new Float64Array([0.3, 0.45, 0.35, 0.4]);
  const runs = {
    scenarios,
    drawnFields: [[{ field: 'openRate' as const, index: 0 }], []],
    values,
    draws: 4,
    distributions: 1,
    horizonMonths: [12, 3],
    months: 12,
    pathOf,
  };
  const npvAt = (input: object, month: number) => runModel(floatCalculator, parseScenarioInput(input), { months: month }).npv;

  it("gives each draw's NPV at each horizon, in draw order, and their statistics (brute force)", () => {
    const { atHorizon, summaries } = cumulativeNpvDraws(runs);
    const expected = [...values].map((openRate) => npvAt({ ...baseline, openRate }, 12));
    expect([...atHorizon[0]![0]!]).toEqual(expected);
    expect(summaries[0]![0]!.p50).toBe(
      percentile(
        [...expected].sort((a, b) => a - b),
        0.5,
      ),
    );
    expect([...atHorizon[1]![1]!]).toEqual(Array(4).fill(npvAt({ ...baseline, emailsPerMonth: 3 }, 3))); // draws nothing: one run for every draw
  });

  it('gives a P5–P50–P95 band for every month and scenario (brute force)', () => {
    const { bands } = cumulativeNpvDraws(runs);
    expect(bands).toHaveLength(12);
    const month7 = [...values].map((openRate) => npvAt({ ...baseline, openRate }, 7)).sort((a, b) => a - b);
    expect(bands[6]!.get('baseline')).toEqual({ p5: percentile(month7, 0.05), p50: percentile(month7, 0.5), p95: percentile(month7, 0.95) });
    expect([...bands[6]!.keys()]).toEqual(['baseline', 'Fixed']);
  });

  it("reports a model error under the scenario's path", () => {
    const growing = resolveHypotheses(
      parseScenarioFile({ baseline, hypotheses: { Boom: { newSubscribersPerMonth: 1e12, newSubscribersGrowthMonthly: 10, discountRateAnnual: 0 } } }),
    );
    const error = inputErrorOf(() => cumulativeNpvDraws({ ...runs, scenarios: growing, drawnFields: [[], []], months: 1200, horizonMonths: [1200] }));
    expect(error.problems[0]!.path).toBe('hypotheses.Boom.horizon');
  });
});
