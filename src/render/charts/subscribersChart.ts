import { type ChartSeries, lineChart } from './lineChart';
import type { MonthChartOptions } from './monthChartOptions';

/**
 * The subscribers on the list of each scenario, month by month, as an accessible SVG string: one
 * line per scenario over an axis from 0, dashed marks at the horizons, counts formatted for the
 * locale (compact from 10K on). Pure: no DOM, the same string in Node and browsers.
 *
 * ```
 * values[i] = S_m, subscribers at the start of month m = firstMonth + i (people)
 * ```
 *
 * @param series - one `{ name, values }` per scenario (e.g. `forecast(...).rows.map((r) => r.subscribersStart)`)
 * @param options - see {@link MonthChartOptions}
 * @returns the `<svg>` element as a string
 * @throws {InputError} listing every problem, e.g. `series[0].values: must hold at least one month`
 *
 * @example
 * subscribersChart([{ name: 'baseline', values: [4000, 4202, 4398] }]).includes('data-chart="subscribers"') //=> true
 */
export function subscribersChart(series: readonly ChartSeries[], options: MonthChartOptions = {}): string {
  return lineChart(series, options, {
    kind: 'subscribers',
    valueKind: 'count',
    title: 'Subscribers by month',
    valueTitle: 'subscribers',
    what: 'Subscribers at the start of each month',
  });
}
