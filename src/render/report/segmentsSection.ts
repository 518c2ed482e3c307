import type { ReportData } from '../../report/buildReport';
import { subscribersChart } from '../charts/subscribersChart';
import { SCENARIO_WIDE_COLUMN, segmentColumns } from '../comparisonRows';
import { formatMoney, type MoneyFormat } from '../formatMoney';
import { yearsText } from '../yearsText';
import { type HtmlSection, htmlSection } from './htmlSection';
import { htmlTable } from './htmlTable';
import { chartFigure } from './chartFigure';

/**
 * The segments of a report whose scenarios have any: per horizon, a table of what each segment
 * contributes to each segmented scenario's NPV (its gross profit − its sending costs, discounted), the
 * part that belongs to the whole scenario (fixed costs and investment) and the NPV they add up to; then
 * a chart of the subscribers of each segment, month by month, of the first segmented scenario.
 * Money in whole units; every name escaped. Undefined when no scenario has segments.
 *
 * ```
 * NPV = Σ_segments contribution + fixed costs & investment        (money at t = 0, per horizon)
 * ```
 *
 * @param data - the report's data: its comparison (contributions per horizon) and its segment series
 * @param format - currency and locale
 * @returns the `<section id="segments">`, or undefined
 *
 * @example
 * import { buildReport } from '../../report/buildReport';
 * segmentsSection(buildReport(articleFile), { currency: 'USD', locale: 'en-US' }) //=> undefined
 */
export function segmentsSection(
  data: Pick<ReportData, 'comparison' | 'segmentSeries'>,
  format: Required<Pick<MoneyFormat, 'currency' | 'locale'>>,
): HtmlSection | undefined {
  const { comparison, segmentSeries } = data;
  if (segmentSeries === undefined) return undefined;
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, { ...format, fractionDigits: 0 });
  const tables = comparison.horizons.map((h) => {
    const segments = segmentColumns(h);
    const rows = h.results
      .filter((r) => r.segmentContributions !== undefined)
      .map((r) => {
        const own = r.segmentContributions!;
        return [r.name, ...segments.map((name) => (own.segments[name] === undefined ? '—' : money(own.segments[name]))), money(own.scenarioWide), money(r.npv)];
      });
    const caption = `${yearsText(h.years)} (${h.months} months)`;
    return `<div class="horizon">\n${htmlTable(['scenario', ...segments, SCENARIO_WIDE_COLUMN, 'NPV'], rows, { caption, className: 'contributions' })}\n</div>`;
  });
  const horizonsMonths = comparison.horizons.map((h) => h.months);
  const title = `Subscribers per segment: ${segmentSeries.scenario}`;
  const chart = (width: number, id: string) => subscribersChart(segmentSeries.series, { ...format, horizonsMonths, width, id, title });
  return htmlSection('segments', 'What each segment contributes', [
    '<p>Each segment’s contribution is its gross profit minus its sending costs, month by month, discounted to today. ' +
      'The budget, running costs and investment belong to the whole list; with them, the contributions add up to the NPV. ' +
      'A negative contribution is a segment that costs more to mail than it earns.</p>',
    `<div class="horizons">\n${tables.join('\n')}\n</div>`,
    chartFigure(
      chart,
      'segments-chart',
      `The subscribers of each segment of ${segmentSeries.scenario} at the start of each month: losses by tenure and per email, moves between segments, and new subscribers.`,
    ),
  ]);
}
