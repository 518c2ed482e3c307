import { floatCalculator } from '../../calculator/floatCalculator';
import { runModel } from '../../model/runModel';
import type { ScenarioComparison } from '../../scenarios/compareScenarios';
import type { ResolvedScenario } from '../../scenarios/resolveHypotheses';
import type { MoneyFormat } from '../formatMoney';
import { npvChart } from '../charts/npvChart';
import { subscribersChart } from '../charts/subscribersChart';
import { type HtmlSection, htmlSection } from './htmlSection';

/**
 * The charts of a report: the cumulative NPV of every scenario from t = 0 (−investment) to the
 * longest horizon, with the horizons marked, and the subscribers of every scenario month by month.
 * NPVs come from the comparison (exact, converted to floats for drawing); subscribers from one float
 * run of the model per scenario (`subscribersStart` of each month).
 *
 * @param comparison - the result of `compareScenarios`
 * @param scenarios - the resolved scenarios, in the comparison's order
 * @param format - currency and locale
 * @returns the `<section id="charts">` with two `<figure>`s
 *
 * @example
 * chartsSection(comparison, resolveHypotheses(parseScenarioFile(file)), { currency: 'USD', locale: 'en-US' })
 * //=> '<section id="charts" …>…<svg … data-chart="npv" …>…<svg … data-chart="subscribers" …>…</section>'
 */
export function chartsSection(comparison: ScenarioComparison, scenarios: readonly ResolvedScenario[], format: Required<Pick<MoneyFormat, 'currency' | 'locale'>>): HtmlSection {
  const months = comparison.monthly.length;
  const horizonsMonths = comparison.horizons.map((h) => h.months);
  const npvSeries = scenarios.map(({ name, input }) => ({
    name,
    values: [-input.investment, ...comparison.monthly.map((m) => m.cumulativeNpv[name]!.toNumber())],
  }));
  const subscriberSeries = scenarios.map(({ name, input }) => ({
    name,
    values: runModel(floatCalculator, input, { months, keepRows: true }).rows.map((row) => row.subscribersStart),
  }));
  const options = { ...format, horizonsMonths, width: 640, height: 360 };
  return htmlSection('charts', 'Over time', [
    '<div class="charts">',
    `<figure>\n${npvChart(npvSeries, { ...options, id: 'npv-chart', firstMonth: 0, title: 'Cumulative NPV by month (discounted)' })}\n` +
      '<figcaption>Month 0 is the up-front investment. Where a line crosses zero, the scenario has paid back; the dashed lines mark the horizons compared above.</figcaption>\n</figure>',
    `<figure>\n${subscribersChart(subscriberSeries, { ...options, id: 'subscribers-chart', title: 'Subscribers at the start of each month' })}\n` +
      '<figcaption>The list grows with new subscribers and shrinks with churn; with a churn per email above zero, every extra email costs subscribers.</figcaption>\n</figure>',
    '</div>',
  ]);
}
