import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { runModel } from '../../src/model/runModel';
import { buildReport } from '../../src/report/buildReport';
import type { UserScenarioFileData } from '../../src/report/userScenarioFile';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { isResolvedScenarioFile } from '../../src/scenarios/resolveScenarioFile';
import type { ScenarioFileData } from '../../src/scenarios/scenarioFile';
import { inputErrorOf } from '../model/support';

type Json = Record<string, unknown>;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json & { baseline: Json; hypotheses: Json; report: Json };
const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as ScenarioFileData & UserScenarioFileData;
const example = read('examples/moller-uncertain.json');
// The example with fewer draws, so that the test stays quick.
const uncertain = { ...example, simulation: { draws: 200, seed: 1 } };
const names = ['baseline', ...Object.keys(article.hypotheses)];

describe('buildReport', () => {
  it('holds the comparison compare gives for the file, and the file read once', () => {
    const report = buildReport(article);
    expect(JSON.stringify(report.comparison)).toBe(JSON.stringify(compareScenarios(article)));
    expect(isResolvedScenarioFile(report.resolved)).toBe(true);
    expect(report.resolved.scenarios.map((s) => s.name)).toEqual(names);
    expect(report.plainFile).toEqual(article);
    expect(report.comparison.horizons.map((h) => h.years)).toEqual(article.horizonsYears ?? [1, 3, 5]);
  });

  it('gives the chart series: the cumulative NPV from month 0 (−investment), the subscribers from month 1, per scenario', () => {
    const report = buildReport(article);
    const comparison = compareScenarios(article);
    const months = Math.max(...comparison.horizons.map((h) => h.months));
    expect(report.npvSeries.map((s) => s.name)).toEqual(names);
    expect(report.subscriberSeries.map((s) => s.name)).toEqual(names);
    for (const series of report.npvSeries) {
      expect(series.values).toHaveLength(months + 1);
      expect(series.values.slice(1)).toEqual(comparison.monthly.map((m) => m.cumulativeNpv[series.name]!.toNumber()));
    }
    expect(report.npvSeries[0]!.values[0]).toBe(-(article.baseline.investment ?? 0));
    const baseline = report.resolved.scenarios[0]!.input;
    expect(report.subscriberSeries[0]!.values).toEqual(runModel(floatCalculator, baseline, { months, keepRows: true }).rows.map((r) => r.subscribersStart));
    expect(report.subscriberSeries[0]!.values[0]).toBe(article.baseline.subscribers);
  });

  it('has no analysis for a plain file without a report section, and says which fields the baseline writes', () => {
    const report = buildReport(article);
    expect(report.sensitivity).toBeUndefined();
    expect(report.simulation).toBeUndefined();
    expect(report.title).toBeUndefined();
    expect([...report.givenBaselineFields].sort()).toEqual(Object.keys(article.baseline).sort());
  });

  it('computes the analyses an uncertain file asks for, at the horizons asked for', () => {
    const report = buildReport(uncertain as UserScenarioFileData, { horizonsYears: [2, 4] });
    const asked = example.report.sensitivity as { fields: string[]; years?: number };
    expect(report.sensitivity!.scenario).toBe('baseline');
    // the file's years, else the longest horizon asked for
    expect(report.sensitivity!.result.months).toBe(12 * (asked.years ?? 4));
    expect(report.sensitivity!.result.tornado.map((e) => e.field).sort()).toEqual([...asked.fields].sort());
    expect(report.simulation!.scenarios).toEqual((example.report.monteCarlo as { scenarios?: string[] }).scenarios ?? ['baseline', 'H2+H4']);
    expect(report.simulation!.result.draws).toBe(200);
    expect(report.simulation!.result.horizons.map((h) => h.years)).toEqual([2, 4]);
    expect(report.comparison.horizons.map((h) => h.years)).toEqual([2, 4]);
    expect(report.npvSeries[0]!.values).toHaveLength(49);
  });

  it('takes the report section’s title and scenarios', () => {
    const report = buildReport({
      ...article,
      report: { title: 'Q3', sensitivity: { scenario: 'H4', years: 2 }, monteCarlo: { scenarios: ['H1', 'H1'], draws: 5 } },
    });
    expect(report.title).toBe('Q3');
    expect(report.sensitivity!.scenario).toBe('H4');
    expect(report.sensitivity!.result.months).toBe(24);
    expect(report.simulation!.scenarios).toEqual(['H1']);
  });

  it('reports bad options, files and report sections as field: rule', () => {
    expect(inputErrorOf(() => buildReport(article, { horizonsYears: [0] })).message).toBe('horizonsYears[0]: must be more than 0 years');
    expect(inputErrorOf(() => buildReport({ ...article, hypotheses: { H1: { openRate: 2 } } })).problems[0]!.path).toBe('hypotheses.H1.openRate');
    expect(inputErrorOf(() => buildReport({ ...article, report: { monteCarlo: { scenarios: ['H9'] } } })).problems[0]!.path).toBe(
      'report.monteCarlo.scenarios[0]',
    );
  });

  it('gives the subscribers of each segment of the first segmented scenario, and none for an unsegmented file', () => {
    expect(buildReport(article).segmentSeries).toBeUndefined();
    const segmented = read('examples/segments.json');
    const report = buildReport(segmented as never);
    const { scenario, series } = report.segmentSeries!;
    expect(scenario).toBe('baseline');
    expect(series.map((s) => s.name)).toEqual(['engaged', 'dormant']);
    // Month 1: the shares of the 20,000 on the list (25 % and 75 %); each month the segments add up to the list.
    expect(series.map((s) => s.values[0])).toEqual([5000, 15000]);
    expect(series[0]!.values).toHaveLength(60);
    series[0]!.values.forEach((engaged, m) => expect(engaged + series[1]!.values[m]!).toBeCloseTo(report.subscriberSeries[0]!.values[m]!, 6));
  });
});
