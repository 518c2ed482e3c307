import { describe, expect, test } from 'vitest';
import { runDrawRange, runScreenRange } from '../../../src/analysis/uncertainty/drawRange';
import { screenDraws } from '../../../src/analysis/uncertainty/drawValues';
import { scenarioDrawRuns } from '../../../src/analysis/uncertainty/drawRuns';
import { drawRequestOf, prepareSimulation, simulationScenarios } from '../../../src/analysis/uncertainty/simulationSteps';
import { uncertainFile } from '../../batch/support';

describe('runDrawRange', () => {
  test("holds every scenario's runs over the range, scenario-major, as the one-thread runs give them", () => {
    const prepared = prepareSimulation(uncertainFile, { draws: 20, horizonsYears: [1] });
    const out = runDrawRange({ data: uncertainFile, options: { draws: 20, horizonsYears: [1] }, values: prepared.values, from: 5, to: 12 });
    const { months, distributions } = prepared.plan;
    expect(out.length).toBe(prepared.scenarios.length * months * 7);
    prepared.scenarios.forEach((scenario, s) => {
      const own = prepared.drawnFields[s]!;
      const column = scenarioDrawRuns({ input: scenario.input, own, values: prepared.values, distributions: distributions.length, months, from: 5, to: 12 });
      expect([...out.subarray(s * months * 7, (s + 1) * months * 7)], scenario.name).toEqual([...column]);
    });
  });
});

describe('runScreenRange', () => {
  test('screens rows of uniforms for a thread that holds only the file, as screenDraws does', () => {
    const uniforms = Float64Array.from({ length: 9 * 5 }, (_, i) => ((i * 0.61) % 1) * 0.98 + 0.01);
    const ready = simulationScenarios(uncertainFile, { draws: 5 });
    const task = { data: uncertainFile, options: { draws: 5 }, uniforms, rows: 5 };
    expect(runScreenRange(task)).toEqual(screenDraws(drawRequestOf(ready), uniforms, 5));
  });
});
