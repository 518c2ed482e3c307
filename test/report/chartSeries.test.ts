import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/model/forecast';
import { chartSeries } from '../../src/report/chartSeries';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { resolveScenarioFile } from '../../src/scenarios/resolveScenarioFile';
import { baseline } from '../scenarios/support';
import { issueExample } from '../schema/segmentedExample';

describe('chartSeries', () => {
  it('gives each scenario’s cumulative NPV from month 0 (−investment) and its subscribers month by month, as forecast() gives them', () => {
    const file = { baseline: { ...baseline, investment: 5000 }, hypotheses: { More: { emailsPerMonth: 3 } }, horizonsYears: [1, 2] };
    const { scenarios } = resolveScenarioFile(file);
    const series = chartSeries(scenarios, compareScenarios(file));
    expect(series.npvSeries.map((s) => s.name)).toEqual(['baseline', 'More']);
    expect(series.segmentSeries).toBeUndefined();
    scenarios.forEach(({ input }, s) => {
      const rows = forecast(input, { months: 24 }).rows;
      expect(series.npvSeries[s]!.values[0]).toBe(-5000);
      rows.forEach((row, m) => {
        expect(series.npvSeries[s]!.values[m + 1]).toBeCloseTo(row.cumulativeNpv.toNumber(), 6);
        expect(series.subscriberSeries[s]!.values[m]).toBeCloseTo(row.subscribersStart.toNumber(), 6);
      });
    });
  });

  it('gives the first segmented scenario’s subscribers per segment, adding up to its whole list', () => {
    const file = { baseline: issueExample, hypotheses: {}, horizonsYears: [1] };
    const { scenarios } = resolveScenarioFile(file);
    const { segmentSeries, subscriberSeries } = chartSeries(scenarios, compareScenarios(file));
    expect(segmentSeries?.scenario).toBe('baseline');
    const total = subscriberSeries[0]!.values;
    total.forEach((people, m) => expect(segmentSeries!.series.reduce((sum, s) => sum + s.values[m]!, 0)).toBeCloseTo(people, 6));
  });
});
