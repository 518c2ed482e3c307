import { describe, expect, test } from 'vitest';
import { batchResult } from '../../src/batch/batchResult';
import { forecast } from '../../src/model/forecast';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { simulate } from '../../src/analysis/uncertainty/simulate';
import { articleBaseline, articleFile, uncertainFile } from './support';

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('batchResult of a scenario input', () => {
  test('gives the NPV at 1, 3 and 5 years by default, agreeing with the exact forecast to 1e-9 relative', () => {
    const inputs = [articleBaseline, { ...articleBaseline, churnModel: 'compound', inflationAnnual: 0.03, newSubscribersGrowthMonthly: 0.01 }];
    for (const data of inputs) {
      const result = batchResult({ line: 1, data }, {});
      expect(Object.keys(result.npv!)).toEqual(['1', '3', '5']);
      for (const years of [1, 3, 5]) {
        const exact = forecast(data as never, { years }).npv.toNumber();
        expect(relative(result.npv![String(years)] as number, exact)).toBeLessThan(1e-9);
      }
    }
  });

  test('with exact, gives the exact forecast as decimal text', () => {
    const result = batchResult({ line: 7, id: 'x', data: articleBaseline }, { exact: true, horizonsYears: [2.5, 10] });
    expect(result).toEqual({
      line: 7,
      id: 'x',
      npv: { '2.5': forecast(articleBaseline as never, { months: 30 }).npv.toString(), '10': forecast(articleBaseline as never, { years: 10 }).npv.toString() },
    });
  });

  test('reads an uncertain input at its point values when there are no draws; its problems are the plain input’s', () => {
    const uncertainBaseline = (uncertainFile as { baseline: Record<string, unknown> }).baseline;
    const pointBaseline = (articleFile as { baseline: Record<string, unknown> }).baseline;
    expect(batchResult({ line: 1, data: uncertainBaseline }, {}).npv).toEqual(batchResult({ line: 1, data: pointBaseline }, {}).npv);
    expect(batchResult({ line: 1, data: { ...uncertainBaseline, subscribers: -1 } }, {}).error![0]).toMatch(/^subscribers: /);
  });

  test('reports a bad input as error lines, with the line and id, and throws nothing', () => {
    const result = batchResult({ line: 3, id: 'acme', data: { ...articleBaseline, openRate: 4, subscribers: -1 } }, {});
    expect(result.line).toBe(3);
    expect(result.id).toBe('acme');
    expect(result.npv).toBeUndefined();
    expect(result.error!.map((e) => e.split(':')[0])).toEqual(['subscribers', 'openRate']);
    expect(batchResult({ line: 4, problems: ['(line): is not valid JSON'] }, {})).toEqual({ line: 4, error: ['(line): is not valid JSON'] });
  });
});

describe('batchResult of a scenario file', () => {
  const exact = compareScenarios(articleFile as never);

  test("gives every scenario's NPV and the winner per horizon, as compareScenarios does (floats to 1e-9)", () => {
    const result = batchResult({ line: 1, data: articleFile }, {});
    for (const h of exact.horizons) {
      const key = String(h.years);
      expect(result.winner![key]).toBe(h.winner);
      for (const r of h.results) expect(relative((result.npv![key] as Record<string, number>)[r.name]!, r.npv.toNumber())).toBeLessThan(1e-9);
    }
  });

  test('with exact, gives the exact comparison as decimal text', () => {
    const result = batchResult({ line: 1, data: articleFile }, { exact: true });
    for (const h of exact.horizons) {
      expect(result.npv![String(h.years)]).toEqual(Object.fromEntries(h.results.map((r) => [r.name, r.npv.toString()])));
    }
  });

  test("takes the file's own horizonsYears unless the settings give horizons", () => {
    expect(Object.keys(batchResult({ line: 1, data: { ...articleFile, horizonsYears: [2] } }, {}).npv!)).toEqual(['2']);
    expect(Object.keys(batchResult({ line: 1, data: { ...articleFile, horizonsYears: [2] } }, { horizonsYears: [4] }).npv!)).toEqual(['4']);
  });

  test('reads an uncertain file at its point values when there are no draws', () => {
    expect(batchResult({ line: 1, data: uncertainFile }, {}).npv).toEqual(batchResult({ line: 1, data: articleFile }, {}).npv);
  });

  test('with draws, gives the percentiles and P(beats) of simulate seeded by the line', () => {
    const seed = Number((5n + 9n * 2654435761n) % 2n ** 32n);
    const oracle = simulate(uncertainFile, { draws: 300, seed, horizonsYears: [5] });
    const result = batchResult({ line: 9, data: uncertainFile }, { draws: 300, seed: 5, horizonsYears: [5] });
    const h = oracle.horizons[0]!;
    expect(result.p50!['5']).toEqual(Object.fromEntries(h.scenarios.map((s) => [s.name, s.npv.p50])));
    expect(result.pBeats!['5']).toEqual(Object.fromEntries(h.scenarios.slice(1).map((s) => [s.name, s.probabilityBeatsBaseline])));
  });
});
