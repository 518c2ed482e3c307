import { describe, expect, test } from 'vitest';
import { drawnResult } from '../../src/batch/drawnResult';
import { simulate } from '../../src/analysis/uncertainty/simulate';
import { articleBaseline, uncertainFile } from './support';

describe('drawnResult', () => {
  test('simulates a scenario input as the baseline of a file without hypotheses, at 1, 3 and 5 years', () => {
    const baseline = (uncertainFile as { baseline: Record<string, unknown> }).baseline;
    const seed = Number((1n + 2n * 2654435761n) % 2n ** 32n);
    const oracle = simulate({ baseline, hypotheses: {} }, { draws: 200, seed, horizonsYears: [1, 3, 5] });
    const result = drawnResult({ line: 2, data: baseline }, false, { draws: 200 });
    expect(result.p5).toEqual(Object.fromEntries(oracle.horizons.map((h) => [String(h.years), h.scenarios[0]!.npv.p5])));
    expect(result.p95).toEqual(Object.fromEntries(oracle.horizons.map((h) => [String(h.years), h.scenarios[0]!.npv.p95])));
    expect(result.npv).toEqual(Object.fromEntries(oracle.horizons.map((h) => [String(h.years), h.scenarios[0]!.pointNpv.toNumber()])));
    expect(result.winner).toBeUndefined();
  });

  test("names a scenario input's fields without the baseline. prefix", () => {
    expect(() => drawnResult({ line: 1, data: { ...articleBaseline, openRate: 7 } }, false, { draws: 10 })).toThrow(/^openRate: /);
  });

  test('gives the same numbers for the same line whatever else runs, and others for another line', () => {
    const a = drawnResult({ line: 5, data: uncertainFile }, true, { draws: 100, seed: 3, horizonsYears: [5] });
    const b = drawnResult({ line: 5, data: uncertainFile }, true, { draws: 100, seed: 3, horizonsYears: [5] });
    const c = drawnResult({ line: 6, data: uncertainFile }, true, { draws: 100, seed: 3, horizonsYears: [5] });
    expect(a).toEqual(b);
    expect(a.p50).not.toEqual(c.p50);
  });
});
