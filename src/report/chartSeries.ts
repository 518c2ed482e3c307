import { floatCalculator } from '../calculator/floatCalculator';
import { runModel } from '../model/runModel';
import type { ResolvedScenario } from '../scenarios/resolveHypotheses';
import type { ScenarioComparison } from '../scenarios/compareScenarios';

/** One line of a chart: a scenario's (or a segment's) value at each month. */
export interface ReportSeries {
  readonly name: string;
  readonly values: readonly number[];
}

/** What the report's and the page's charts draw, per scenario: the cumulative NPV and the subscribers. */
export interface ReportChartSeries {
  /** Per scenario, the cumulative NPV (floats) from month 0 (−investment) to the longest horizon. */
  readonly npvSeries: readonly ReportSeries[];
  /** Per scenario, the subscribers at the start of each month, months 1 to the longest horizon (one float run of the model). */
  readonly subscriberSeries: readonly ReportSeries[];
  /**
   * When a scenario has segments: the first such scenario (the baseline when it has them) and, per segment,
   * its subscribers at the start of each month, months 1 to the longest horizon (the same float run).
   */
  readonly segmentSeries?: { readonly scenario: string; readonly series: readonly ReportSeries[] };
}

/**
 * The series the charts draw: the cumulative NPV of every scenario from the comparison's exact months (month 0
 * is −investment), and the subscribers of every scenario (and, for the first segmented one, of each segment)
 * from one float run of the model over the comparison's months.
 *
 * @param scenarios - the resolved scenarios, baseline first
 * @param comparison - their comparison (`compareScenarios`)
 *
 * @example
 * const { scenarios } = resolveScenarioFile({ baseline: input, hypotheses: { More: { emailsPerMonth: 3 } }, horizonsYears: [1] });
 * const series = chartSeries(scenarios, compareScenarios({ baseline: input, hypotheses: { More: { emailsPerMonth: 3 } }, horizonsYears: [1] }));
 * series.npvSeries.map((s) => s.values.length) //=> [13, 13]
 * series.subscriberSeries[0].values[0] === input.subscribers //=> true
 */
export function chartSeries(scenarios: readonly ResolvedScenario[], comparison: ScenarioComparison): ReportChartSeries {
  const months = comparison.monthly.length;
  const npvSeries = scenarios.map(({ name, input }) => ({
    name,
    values: [-input.investment, ...comparison.monthly.map((m) => m.cumulativeNpv[name]!.toNumber())],
  }));
  let segmentSeries: ReportChartSeries['segmentSeries'];
  const subscriberSeries = scenarios.map(({ name, input }) => {
    const { rows } = runModel(floatCalculator, input, { months, keepRows: true });
    const segments = rows[0]?.segments;
    if (segmentSeries === undefined && segments !== undefined) {
      const series = Object.keys(segments).map((segment) => ({ name: segment, values: rows.map((row) => row.segments![segment]!.subscribersStart) }));
      segmentSeries = { scenario: name, series };
    }
    return { name, values: rows.map((row) => row.subscribersStart) };
  });
  return { npvSeries, subscriberSeries, ...(segmentSeries === undefined ? {} : { segmentSeries }) };
}
