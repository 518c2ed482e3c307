import { line } from 'd3-shape';
import { z } from 'zod';
import { MAX_MONTHS } from '../../schema/horizon';
import { parseWith } from '../../schema/parseWith';
import { escapeMarkup } from '../escapeMarkup';
import { chartOptionsSchema } from './chartOptions';
import { monthChartFields, type MonthChartOptions } from './monthChartOptions';
import { seriesStyle } from './palette';
import { svgNumber } from './svgNumber';
import { timeChart } from './timeChart';
import { type ValueKind } from './tickFormatter';
import { valueFormatter } from './valueFormatter';
import { textSchema } from '../../schema/textSchema';
import { chartValue } from './chartValue';

/** One line of a chart over months: a scenario's values, month by month. */
export interface ChartSeries {
  /** The scenario's name (untrusted: escaped wherever it is written). */
  readonly name: string;
  /** One value per month: `values[i]` belongs to month `firstMonth + i`. Finite numbers. */
  readonly values: readonly number[];
}

const lineChartOptions = chartOptionsSchema(monthChartFields);

const Series = z
  .array(
    z.object({
      name: textSchema(300),
      values: z
        .array(chartValue, { error: 'must be a list of numbers, one per month' })
        .min(1, { error: 'must hold at least one month' })
        .max(MAX_MONTHS + 1, { error: `must hold at most ${MAX_MONTHS + 1} months` }),
    }),
    { error: 'must be a list of { name, values }' },
  )
  .min(1, { error: 'must hold at least one series' })
  .max(100, { error: 'must hold at most 100 series' });

/** What a line chart shows, besides its data. */
export interface LineChartSpec {
  /** `data-chart` and default id prefix, e.g. "npv". */
  readonly kind: string;
  readonly valueKind: ValueKind;
  /** The default title. */
  readonly title: string;
  /** The y axis title. */
  readonly valueTitle: string;
  /** Opens the default description, e.g. "Cumulative discounted NPV". */
  readonly what: string;
}

/** For each series, the first earlier series with the very same values (it would hide it), or undefined. */
function sameAsEarlier(lines: readonly ChartSeries[]): (ChartSeries | undefined)[] {
  return lines.map((s, j) => lines.slice(0, j).find((t) => t.values.length === s.values.length && t.values.every((v, m) => v === s.values[m])));
}

/**
 * Draws series over months as lines (one `<path class="series">` each, in the order given, colour and
 * dash from `seriesStyle`), the engine of {@link npvChart} and {@link subscribersChart}. A one-month series
 * is drawn as a dot. A series with the very same values as an earlier one says so in the legend and the
 * description (`H3 (= H1)`), and lines that coincide are drawn 2 px wider for each later one on top, so
 * that every one of them shows at the edges of the next. The default description names every series' last value.
 *
 * @param series - the lines; at least one, each with at least one finite value
 * @param options - see {@link MonthChartOptions}
 * @param spec - what the values are
 * @returns the SVG as a string
 * @throws {InputError} e.g. `series[0].values: must hold at least one month`, `options.width: must be from 240 to 4000 px`
 *
 * @example
 * lineChart([{ name: 'baseline', values: [1, 2, 3] }], {}, { kind: 'npv', valueKind: 'money', title: 'NPV', valueTitle: 'NPV', what: 'NPV' })
 * //=> '<svg … data-chart="npv" …<path class="series" data-series="baseline" d="M…" …/>…</svg>'
 */
export function lineChart(series: readonly ChartSeries[], options: MonthChartOptions, spec: LineChartSpec): string {
  const lines = parseWith(Series, series, ['series']);
  const o = parseWith(lineChartOptions, options, ['options']);
  const lastMonth = o.firstMonth + Math.max(...lines.map((s) => s.values.length)) - 1;
  const all = lines.flatMap((s) => s.values);
  const format = valueFormatter({ kind: spec.valueKind, currency: o.currency, locale: o.locale });
  const ends = lines.map(
    (s) => `${s.name} ${format(s.values.at(-1)!)}${s.values.length - 1 + o.firstMonth === lastMonth ? '' : ` (month ${o.firstMonth + s.values.length - 1})`}`,
  );
  const same = sameAsEarlier(lines);
  const coincide = lines.flatMap((s, i) => (same[i] === undefined ? [] : [`${s.name} has the same values as ${same[i].name}`]));
  const highest = lines.reduce((best, s) => (s.values.at(-1)! > best.values.at(-1)! ? s : best));
  const description =
    `${spec.what} of ${lines.length} scenario${lines.length === 1 ? '' : 's'}, months ${o.firstMonth} to ${lastMonth}. ` +
    `At month ${lastMonth}: ${ends.join('; ')}.${lines.length > 1 ? ` Highest: ${highest.name}.` : ''}` +
    (coincide.length === 0 ? '' : ` ${coincide.join('; ')} (the lines coincide).`);
  return timeChart({
    kind: spec.kind,
    id: o.id ?? `${spec.kind}-chart`,
    title: o.title ?? spec.title,
    description: o.description ?? description,
    width: o.width,
    ...(o.height === undefined ? {} : { height: o.height }),
    currency: o.currency,
    locale: o.locale,
    valueKind: spec.valueKind,
    valueTitle: spec.valueTitle,
    months: [o.firstMonth, lastMonth],
    values: [Math.min(0, ...all), Math.max(0, ...all)],
    horizonsMonths: o.horizonsMonths,
    legend: lines.map((s, i) => ({ label: same[i] === undefined ? s.name : `${s.name} (= ${same[i].name})`, shape: 'line', ...seriesStyle(i) })),
    draw: (x, y) =>
      lines.map((s, i) => {
        const { colour, dash } = seriesStyle(i);
        const above = lines.filter((_, j) => j > i && same[j] !== undefined && (same[j] === s || same[j] === same[i])).length;
        const path = line<number>()
          .x((_, m) => x(o.firstMonth + m))
          .y((v) => y(v))
          .digits(1)(s.values);
        const dot = s.values.length === 1 ? `\n<circle cx="${svgNumber(x(o.firstMonth))}" cy="${svgNumber(y(s.values[0]!))}" r="3.5" fill="${colour}"/>` : '';
        return (
          `<path class="series" data-series="${escapeMarkup(s.name)}" d="${path}" fill="none" stroke="${colour}" stroke-width="${2 + 2 * above}" ` +
          `stroke-linejoin="round" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>${dot}`
        );
      }),
  });
}
