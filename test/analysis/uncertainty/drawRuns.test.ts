import { describe, expect, test } from 'vitest';
import { reduceDraws, scenarioDrawRuns } from '../../../src/analysis/uncertainty/drawRuns';
import { floatCalculator } from '../../../src/calculator/floatCalculator';
import { runModel } from '../../../src/model/runModel';
import { percentile } from '../../../src/numeric/percentile';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { baseline } from '../../scenarios/support';

const input = parseScenarioInput(baseline);
const values = new Float64Array([0.3, 0.45, 0.35, 0.4]);
const own = [{ field: 'openRate' as const, index: 0 }];
const npvAt = (openRate: number, month: number) => runModel(floatCalculator, parseScenarioInput({ ...baseline, openRate }), { months: month }).npv;

describe('scenarioDrawRuns', () => {
  test('gives the cumulative NPV of each draw of the range at the end of each month, month-major (brute force)', () => {
    const column = scenarioDrawRuns({ input, own, values, distributions: 1, months: 3, from: 1, to: 3 });
    expect([...column]).toEqual([npvAt(0.45, 1), npvAt(0.35, 1), npvAt(0.45, 2), npvAt(0.35, 2), npvAt(0.45, 3), npvAt(0.35, 3)]);
  });

  test('ranges put side by side are the whole run, bit for bit', () => {
    const whole = scenarioDrawRuns({ input, own, values, distributions: 1, months: 2, from: 0, to: 4 });
    const left = scenarioDrawRuns({ input, own, values, distributions: 1, months: 2, from: 0, to: 1 });
    const right = scenarioDrawRuns({ input, own, values, distributions: 1, months: 2, from: 1, to: 4 });
    expect([...whole]).toEqual([left[0], ...right.subarray(0, 3), left[1], ...right.subarray(3, 6)]);
  });

  test('a scenario that draws nothing runs once and counts every draw of the range', () => {
    const done: number[] = [];
    const column = scenarioDrawRuns({ input, own: [], values, distributions: 1, months: 1, from: 0, to: 4, onRun: (n) => done.push(n) });
    expect([...column]).toEqual(Array(4).fill(npvAt(0.4, 1)));
    expect(done).toEqual([4]);
  });
});

describe('reduceDraws', () => {
  test('gives the NPVs in draw order and their statistics at each horizon, and the band every month (sorted oracle)', () => {
    const draws = 5;
    const month1 = [5, 1, 4, 2, 3];
    const month2 = [50, 10, 40, 20, 30];
    const reduced = reduceDraws(new Float64Array([...month1, ...month2]), draws, [2]);
    expect([...reduced.atHorizon[0]!]).toEqual(month2);
    const sorted = [...month2].sort((a, b) => a - b);
    expect(reduced.summaries[0]).toEqual({
      mean: 30,
      p5: percentile(sorted, 0.05),
      p25: percentile(sorted, 0.25),
      p50: 30,
      p75: percentile(sorted, 0.75),
      p95: percentile(sorted, 0.95),
    });
    const sorted1 = [...month1].sort((a, b) => a - b);
    expect(reduced.bands[0]).toEqual({ p5: percentile(sorted1, 0.05), p50: 3, p95: percentile(sorted1, 0.95) });
  });
});
