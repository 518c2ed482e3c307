import { type ChartSeries, lineChart } from './lineChart';
import type { MonthChartOptions } from './monthChartOptions';

/**
 * The cumulative discounted NPV of each scenario, month by month, as an accessible SVG string:
 * one line per scenario, a solid zero line (where a line crosses it, the scenario has paid back),
 * dashed marks at the horizons (1, 3 and 5 years by default), money ticks in the currency and
 * locale asked for (compact from $10K on). Pure: no DOM, the same string in Node and browsers.
 *
 * ```
 * values[i] = NPV at the end of month firstMonth + i = −investment + Σ_{m ≤ firstMonth + i} net_m × DF_m
 * ```
 *
 * @param series - one `{ name, values }` per scenario (e.g. from `compareScenarios(...).monthly`);
 *   names are escaped, values must be finite
 * @param options - size, ids, title, currency, locale, horizons, first month (see {@link MonthChartOptions})
 * @returns the `<svg>` element as a string
 * @throws {InputError} listing every problem, e.g. `series: must hold at least one series`,
 *   `series[1].values[4]: must be a finite number`, `options.currency: "dollars" … is not a currency format Intl knows`
 *
 * @example
 * const svg = npvChart([{ name: 'baseline', values: [-15000, -9000, -2500, 4200] },
 *   { name: 'H1', values: [0, 2000, 4100, 6300] }], { firstMonth: 0, currency: 'EUR', locale: 'de-DE' });
 * svg.match(/class="series"/g).length //=> 2
 */
export function npvChart(series: readonly ChartSeries[], options: MonthChartOptions = {}): string {
  return lineChart(series, options, {
    kind: 'npv',
    valueKind: 'money',
    title: 'Cumulative NPV by month',
    valueTitle: 'cumulative NPV',
    what: 'Cumulative discounted NPV',
  });
}
