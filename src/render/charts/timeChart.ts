import type { ScaleLinear } from 'd3-scale';
import { InputError } from '../../errors/inputError';
import { axisMarkup } from './axisMarkup';
import { chartTitleLines, TITLE_LINE_HEIGHT } from './chartTitleLines';
import { horizonMarks } from './horizonMarks';
import { type LegendItem, legendMarkup } from './legendMarkup';
import { niceScale } from './niceScale';
import { svgFrame } from './svgFrame';
import { svgNumber } from './svgNumber';
import { textWidth } from './textWidth';
import { tickFormatter, type ValueKind } from './tickFormatter';

/** A chart of values over months, before it is drawn. */
export interface TimeChartSpec {
  /** `data-chart` of the SVG, e.g. "npv". */
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly width: number;
  /** Height, px (default: 360, or as tall as a plot of 200 px under the legend needs, when that is taller). */
  readonly height?: number;
  readonly currency: string;
  readonly locale: string;
  /** What the values are (money ticks carry the currency). */
  readonly valueKind: ValueKind;
  /** The y axis title, e.g. "cumulative NPV". */
  readonly valueTitle: string;
  /** The first and last month shown. */
  readonly months: readonly [number, number];
  /** The smallest and largest value to show (0 included by the caller when the zero line matters). */
  readonly values: readonly [number, number];
  /** Months to mark with a dashed vertical line (those outside `months` are left out). */
  readonly horizonsMonths: readonly number[];
  readonly legend: readonly LegendItem[];
  /** The data's own elements (paths, markers), given the scales. */
  readonly draw: (x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) => readonly string[];
}

/**
 * Lays out and draws a chart over months, the part the NPV, subscribers and fan charts share:
 * title, legend in rows under it, a y axis of nicely rounded values (d3) with grid lines and
 * Intl-formatted labels, a month axis, a solid zero line when 0 is in view, dashed horizon marks,
 * then the data drawn by `spec.draw`. Margins follow the widest tick label.
 *
 * @param spec - the data's extent, the labels and how to draw the data
 * @returns the SVG as a string
 * @throws {InputError} `options.height: must be at least … px` when the legend leaves no room to plot
 *
 * @example
 * timeChart({ kind: 'npv', id: 'npv-chart', title: 'NPV', description: '…', width: 720, height: 360,
 *   currency: 'USD', locale: 'en-US', valueKind: 'money', valueTitle: 'NPV', months: [0, 60],
 *   values: [-17000, 163724], horizonsMonths: [12, 36, 60], legend: [], draw: () => [] })
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="npv" …</svg>'
 */
export function timeChart(spec: TimeChartSpec): string {
  const { width } = spec;
  const legendY = 32 + (chartTitleLines(spec.title, width).length - 1) * TITLE_LINE_HEIGHT;
  const legend = legendMarkup(spec.legend, 12, legendY, width - 24);
  const top = legendY + legend.height + 22;
  const height = spec.height ?? Math.max(360, top + 200 + 44);
  const bottom = height - 44;
  if (bottom - top < 60) {
    throw new InputError([{ path: 'options.height', rule: `must be at least ${Math.ceil(top + 60 + 44)} px to fit the legend and a plot` }]);
  }
  const y = niceScale(spec.values, [bottom, top], Math.max(2, Math.floor((bottom - top) / 34)));
  const yLabel = tickFormatter(y.ticks, { kind: spec.valueKind, currency: spec.currency, locale: spec.locale });
  const left = 26 + Math.max(...y.ticks.map((t) => textWidth(yLabel(t)))) + 8;
  const right = width - 16;
  const span = spec.months[1] - spec.months[0];
  const x = niceScale(spec.months, [left, right], Math.max(1, Math.min(span, Math.floor((right - left) / 70))), false);
  const xLabel = tickFormatter(x.ticks, { kind: 'count', currency: spec.currency, locale: spec.locale });
  const plot = { left, top, right, bottom };
  const [y0, y1] = y.scale.domain() as [number, number];
  const zero =
    y0 <= 0 && y1 >= 0
      ? [`<line class="zero" x1="${svgNumber(left)}" x2="${svgNumber(right)}" y1="${svgNumber(y.scale(0))}" y2="${svgNumber(y.scale(0))}" stroke="#444"/>`]
      : [];
  return svgFrame({ ...spec, height }, [
    axisMarkup({ orient: 'left', scale: y.scale, ticks: y.ticks, label: yLabel, plot, title: spec.valueTitle }),
    axisMarkup({ orient: 'bottom', scale: x.scale, ticks: x.ticks, label: xLabel, plot, title: 'month' }),
    ...zero,
    horizonMarks(spec.horizonsMonths, x.scale, plot),
    `<g class="data">\n${spec.draw(x.scale, y.scale).join('\n')}\n</g>`,
    legend.markup,
  ]);
}
