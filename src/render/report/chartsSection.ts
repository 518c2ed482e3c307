import type { ReportData } from '../../report/buildReport';
import type { MoneyFormat } from '../formatMoney';
import { npvChart } from '../charts/npvChart';
import { subscribersChart } from '../charts/subscribersChart';
import { chartFigure } from './chartFigure';
import { type HtmlSection, htmlSection } from './htmlSection';

/**
 * The charts of a report: the cumulative NPV of every scenario from t = 0 (−investment) to the
 * longest horizon, with the horizons marked, and the subscribers of every scenario month by month.
 * The series are the report's (`buildReport`): NPVs from the comparison (exact, converted to floats
 * for drawing), subscribers from one float run of the model per scenario.
 *
 * @param data - the report's data: its comparison (for the horizons) and its two series
 * @param format - currency and locale
 * @returns the `<section id="charts">` with two `<figure>`s, each chart drawn for wide and narrow screens (`chartFigure`)
 *
 * @example
 * import { buildReport } from '../../report/buildReport';
 * chartsSection(buildReport(articleFile), { currency: 'USD', locale: 'en-US' }).html
 * //=> '<section id="charts" …>…<svg … data-chart="npv" …>…<svg … data-chart="subscribers" …>…</section>'
 */
export function chartsSection(
  data: Pick<ReportData, 'comparison' | 'npvSeries' | 'subscriberSeries'>,
  format: Required<Pick<MoneyFormat, 'currency' | 'locale'>>,
): HtmlSection {
  const { npvSeries, subscriberSeries } = data;
  const horizonsMonths = data.comparison.horizons.map((h) => h.months);
  const options = { ...format, horizonsMonths };
  return htmlSection('charts', 'Over time', [
    '<div class="charts">',
    chartFigure(
      (width, id) => npvChart(npvSeries, { ...options, width, id, firstMonth: 0, title: 'Cumulative NPV by month (discounted)' }),
      'npv-chart',
      'Month 0 is the up-front investment. Where a line crosses zero, the scenario has paid back; the dashed lines mark the horizons compared above.',
    ),
    chartFigure(
      (width, id) => subscribersChart(subscriberSeries, { ...options, width, id, title: 'Subscribers at the start of each month' }),
      'subscribers-chart',
      'The list grows with new subscribers and shrinks with churn; with a churn per email above zero, every extra email costs subscribers.',
    ),
    '</div>',
  ]);
}
