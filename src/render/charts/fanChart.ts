import { area, line } from 'd3-shape';
import { z } from 'zod';
import { parseWith } from '../../schema/parseWith';
import { MAX_MONTHS } from '../../schema/horizon';
import { type ChartOptions, chartOptionsSchema } from './chartOptions';
import { monthChartFields } from './monthChartOptions';
import { seriesStyle } from './palette';
import { svgNumber } from './svgNumber';
import { timeChart } from './timeChart';
import { valueFormatter } from './valueFormatter';
import { textSchema } from '../../schema/textSchema';
import { chartValue } from './chartValue';

/** One month of a Monte Carlo band: percentiles of the simulated values (e.g. cumulative NPV) at the end of `month`. */
export interface FanPoint {
  /** The month (months strictly increase along the band). */
  readonly month: number;
  /** 5th percentile. */
  readonly p5: number;
  /** Median. */
  readonly p50: number;
  /** 95th percentile. */
  readonly p95: number;
}

/** Options of {@link fanChart}. */
export interface FanChartOptions extends ChartOptions {
  /** Months marked with a dashed vertical line (default [12, 36, 60]). */
  readonly horizonsMonths?: readonly number[];
  /** The legend of the band (default "P5–P95"). */
  readonly bandLabel?: string;
  /** The legend of the median line (default "P50 (median)"). */
  readonly medianLabel?: string;
}

const fanChartOptions = chartOptionsSchema({
  horizonsMonths: monthChartFields.horizonsMonths,
  bandLabel: textSchema(100).default('P5–P95'),
  medianLabel: textSchema(100).default('P50 (median)'),
});

const Band = z
  .array(
    z.object({
      month: z.number({ error: 'must be a month number' }).min(0, { error: 'must be 0 or more' }),
      p5: chartValue,
      p50: chartValue,
      p95: chartValue,
    }),
    { error: 'must be a list of { month, p5, p50, p95 }' },
  )
  .min(1, { error: 'must hold at least one month' })
  .max(MAX_MONTHS + 1, { error: `must hold at most ${MAX_MONTHS + 1} months` }) // months 0 … MAX_MONTHS
  .superRefine((band, ctx) => {
    band.forEach((point, i) => {
      if (point.p5 > point.p50 || point.p50 > point.p95) ctx.addIssue({ code: 'custom', path: [i], message: 'must have p5 ≤ p50 ≤ p95' });
      if (i > 0 && point.month <= band[i - 1]!.month)
        ctx.addIssue({ code: 'custom', path: [i, 'month'], message: 'must be later than the month before (months strictly increase)' });
    });
  });

/**
 * A Monte Carlo fan as an accessible SVG string: the band from the 5th to the 95th percentile
 * (`<path class="series band">`) around the median line (`<path class="series median">`), month by
 * month, with a zero line and dashed horizon marks; money ticks in the currency and locale asked for.
 * Pure: no DOM, the same string in Node and browsers.
 *
 * ```
 * band between p5(m) and p95(m); line through p50(m), for each month m of the band
 * ```
 *
 * @param band - percentiles per month, months strictly increasing, p5 ≤ p50 ≤ p95, finite
 * @param options - see {@link FanChartOptions}
 * @returns the `<svg>` element as a string
 * @throws {InputError} e.g. `band: must hold at least one month`, `band[3]: must have p5 ≤ p50 ≤ p95`
 *
 * @example
 * fanChart([{ month: 12, p5: 4000, p50: 9000, p95: 14000 }, { month: 24, p5: 15000, p50: 28000, p95: 41000 }])
 *   .match(/class="series /g).length //=> 2
 */
export function fanChart(band: readonly FanPoint[], options: FanChartOptions = {}): string {
  const points = parseWith(Band, band, ['band']);
  const o = parseWith(fanChartOptions, options, ['options']);
  const { colour } = seriesStyle(0);
  const format = valueFormatter({ kind: 'money', currency: o.currency, locale: o.locale });
  const last = points.at(-1)!;
  const description =
    `Monte Carlo band of cumulative NPV, months ${points[0]!.month} to ${last.month}: ${o.bandLabel} and ${o.medianLabel}. ` +
    `At month ${last.month}: P5 ${format(last.p5)}, P50 ${format(last.p50)}, P95 ${format(last.p95)}.`;
  return timeChart({
    kind: 'fan',
    id: o.id ?? 'fan-chart',
    title: o.title ?? 'Monte Carlo: cumulative NPV, P5–P95',
    description: o.description ?? description,
    width: o.width,
    height: o.height ?? 360,
    currency: o.currency,
    locale: o.locale,
    valueKind: 'money',
    valueTitle: 'cumulative NPV',
    months: [points[0]!.month, last.month],
    values: [Math.min(0, ...points.map((p) => p.p5)), Math.max(0, ...points.map((p) => p.p95))],
    horizonsMonths: o.horizonsMonths,
    legend: [
      { label: o.bandLabel, colour, shape: 'band' },
      { label: o.medianLabel, colour, shape: 'line' },
    ],
    draw: (x, y) => {
      const bandPath = area<(typeof points)[number]>()
        .x((p) => x(p.month))
        .y0((p) => y(p.p5))
        .y1((p) => y(p.p95))
        .digits(1)(points);
      const medianPath = line<(typeof points)[number]>()
        .x((p) => x(p.month))
        .y((p) => y(p.p50))
        .digits(1)(points);
      const dot = points.length === 1 ? [`<circle cx="${svgNumber(x(last.month))}" cy="${svgNumber(y(last.p50))}" r="3.5" fill="${colour}"/>`] : [];
      return [
        ...dot,
        `<path class="series band" d="${bandPath}" fill="${colour}" fill-opacity="0.2" stroke="${colour}" stroke-opacity="0.5" stroke-width="1"/>`,
        `<path class="series median" d="${medianPath}" fill="none" stroke="${colour}" stroke-width="2" stroke-linejoin="round"/>`,
      ];
    },
  });
}
