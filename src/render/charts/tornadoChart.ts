import { scaleBand } from 'd3-scale';
import { z } from 'zod';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { escapeMarkup } from '../escapeMarkup';
import { axisMarkup } from './axisMarkup';
import { type ChartOptions, chartOptionsSchema } from './chartOptions';
import { legendMarkup } from './legendMarkup';
import { niceScale } from './niceScale';
import { seriesStyle } from './palette';
import { svgFrame } from './svgFrame';
import { svgNumber } from './svgNumber';
import { textWidth } from './textWidth';
import { tickFormatter } from './tickFormatter';
import { truncateLabel } from './truncateLabel';
import { valueFormatter } from './valueFormatter';
import { textSchema } from '../../schema/textSchema';
import { chartValue } from './chartValue';

/** One bar of a tornado: the result (e.g. NPV) with one input at its low and at its high value, the others at base. */
export interface TornadoBar {
  /** The input, e.g. "openRate 0.3 – 0.5" (untrusted: escaped). */
  readonly label: string;
  /** The result with the input at its low value (money). */
  readonly low: number;
  /** The result with the input at its high value (money). */
  readonly high: number;
}

/** Options of {@link tornadoChart}. */
export interface TornadoChartOptions extends ChartOptions {
  /** The legend of the low-value bars (default "input at its low value"). */
  readonly lowLabel?: string;
  /** The legend of the high-value bars (default "input at its high value"). */
  readonly highLabel?: string;
  /** Sort the bars by swing |high − low|, widest on top (default true; equal swings keep their order). */
  readonly sortBySwing?: boolean;
}

const tornadoChartOptions = chartOptionsSchema({
  lowLabel: textSchema(100).default('input at its low value'),
  highLabel: textSchema(100).default('input at its high value'),
  sortBySwing: z.boolean({ error: 'must be true or false' }).default(true),
});

const Bars = z
  .array(
    z.object({
      label: textSchema(300),
      low: chartValue,
      high: chartValue,
    }),
    { error: 'must be a list of { label, low, high }' },
  )
  .min(1, { error: 'must hold at least one bar' })
  .max(100, { error: 'must hold at most 100 bars' });

const ROW_HEIGHT = 28;
const LOW = seriesStyle(1).colour;
const HIGH = seriesStyle(0).colour;

/**
 * A tornado chart as an accessible SVG string: for each input, a bar from the base result to the
 * result with that input at its low value (`<rect class="series low">`) and one to its high value
 * (`<rect class="series high">`), widest swing on top, the base as a vertical line, values at the bar
 * ends, money in the currency and locale asked for. Pure: no DOM, the same string in Node and browsers.
 *
 * ```
 * swing = |high − low|;  bars from base to low and from base to high
 * ```
 *
 * @param bars - one `{ label, low, high }` per input (e.g. from a sensitivity run), finite money
 * @param base - the result with every input at its base value (money)
 * @param options - see {@link TornadoChartOptions}; the default height fits the bars
 * @returns the `<svg>` element as a string
 * @throws {InputError} e.g. `bars: must hold at least one bar`, `base: must be a finite number`,
 *   `options.height: must be at least 400 px for 10 bars (or leave it out)`
 *
 * @example
 * tornadoChart([{ label: 'openRate', low: 80000, high: 115000 }, { label: 'churnPerEmail', low: 104000, high: 91000 }], 97797)
 *   .match(/class="series /g).length //=> 4
 */
export function tornadoChart(bars: readonly TornadoBar[], base: number, options: TornadoChartOptions = {}): string {
  const given = parseWith(Bars, bars, ['bars']);
  const baseValue = parseWith(chartValue, base, ['base']);
  const o = parseWith(tornadoChartOptions, options, ['options']);
  const rows = o.sortBySwing ? [...given].sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low)) : given;
  const money = { kind: 'money' as const, currency: o.currency, locale: o.locale };
  const value = valueFormatter(money, true);
  const full = valueFormatter(money);

  const width = o.width;
  const legend = legendMarkup(
    [
      { label: o.lowLabel, colour: LOW, shape: 'band' },
      { label: o.highLabel, colour: HIGH, shape: 'band' },
    ],
    12,
    32,
    width - 24,
  );
  const top = 32 + legend.height + 24;
  const height = o.height ?? top + rows.length * ROW_HEIGHT + 44;
  const bottom = height - 44;
  if (bottom - top < rows.length * 12) {
    throw new InputError([
      { path: 'options.height', rule: `must be at least ${Math.ceil(top + rows.length * 12 + 44)} px for ${rows.length} bars (or leave it out)` },
    ]);
  }
  const labels = rows.map((r) => truncateLabel(r.label, 36));
  const left = Math.min(width * 0.4, 12 + Math.max(...labels.map((l) => textWidth(l))) + 10);
  const right = width - 36; // room for half the last tick label
  const all = [baseValue, ...rows.flatMap((r) => [r.low, r.high])];
  const [min, max] = [Math.min(...all), Math.max(...all)];
  const pad = (max - min) * 0.15; // room for the value written beyond each bar's end
  const x = niceScale([min - pad, max + pad], [left, right], Math.max(2, Math.floor((right - left) / 90)));
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([top, bottom])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const plot = { left, top, right, bottom };
  const xBase = x.scale(baseValue);

  const barMarkup = rows.flatMap((row, i) => {
    const [yTop, h] = [y(i)!, y.bandwidth()];
    const mid = svgNumber(yTop + h / 2);
    const side = (kind: 'low' | 'high', v: number, colour: string) => {
      const xv = x.scale(v);
      const after = v >= baseValue;
      return {
        reach: Math.abs(v - baseValue),
        rect: `<rect class="series ${kind}" data-bar="${escapeMarkup(row.label)}" x="${svgNumber(Math.min(xBase, xv))}" y="${svgNumber(yTop)}" width="${svgNumber(Math.abs(xv - xBase))}" height="${svgNumber(h)}" fill="${colour}"><title>${escapeMarkup(`${row.label}: ${kind} ${full(v)}`)}</title></rect>`,
        text: `<text class="bar-value" x="${svgNumber(xv + (after ? 4 : -4))}" y="${mid}" dy="0.32em" text-anchor="${after ? 'start' : 'end'}" font-size="11" fill="#444">${escapeMarkup(value(v))}</text>`,
      };
    };
    // The side that reaches farther is drawn first, so that a nearer one on the same side stays visible.
    const sides = [side('low', row.low, LOW), side('high', row.high, HIGH)].sort((a, b) => b.reach - a.reach);
    return [
      `<text class="bar-label" x="${svgNumber(left - 8)}" y="${mid}" dy="0.32em" text-anchor="end">${escapeMarkup(labels[i]!)}</text>`,
      ...sides.map((s) => s.rect),
      ...sides.map((s) => s.text),
    ];
  });

  const description =
    `Tornado of ${rows.length} input${rows.length === 1 ? '' : 's'} around the base ${full(baseValue)}, widest swing first: ` +
    `${rows.map((r) => `${r.label}: low ${full(r.low)}, high ${full(r.high)}`).join('; ')}.`;
  return svgFrame(
    {
      kind: 'tornado',
      id: o.id ?? 'tornado-chart',
      title: o.title ?? 'Sensitivity: NPV with each input at its low and high value',
      description: o.description ?? description,
      width,
      height,
    },
    [
      axisMarkup({ orient: 'bottom', scale: x.scale, ticks: x.ticks, label: tickFormatter(x.ticks, money), plot, title: 'NPV', grid: true }),
      `<g class="data">\n${barMarkup.join('\n')}\n</g>`,
      `<line class="base" x1="${svgNumber(xBase)}" x2="${svgNumber(xBase)}" y1="${svgNumber(top - 6)}" y2="${svgNumber(bottom)}" stroke="#222" stroke-width="1.5"/>`,
      `<text class="base-label" x="${svgNumber(xBase)}" y="${svgNumber(top - 10)}" text-anchor="middle" font-size="11">base ${escapeMarkup(value(baseValue))}</text>`,
      legend.markup,
    ],
  );
}
