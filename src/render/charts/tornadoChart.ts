import { z } from 'zod';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { escapeMarkup } from '../escapeMarkup';
import { axisMarkup } from './axisMarkup';
import { chartTitleLines, TITLE_LINE_HEIGHT } from './chartTitleLines';
import { type ChartOptions, chartOptionsSchema } from './chartOptions';
import { legendMarkup } from './legendMarkup';
import { niceScale } from './niceScale';
import { seriesStyle } from './palette';
import { svgFrame } from './svgFrame';
import { svgNumber } from './svgNumber';
import { textWidth } from './textWidth';
import { tickFormatter } from './tickFormatter';
import { wrapLabel } from './wrapLabel';
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

/** The height of a row whose label takes one line, px; a label of n lines takes n × LINE_HEIGHT + 12. */
const ROW_HEIGHT = 28;
const LINE_HEIGHT = 14;
const LOW = seriesStyle(1).colour;
const HIGH = seriesStyle(0).colour;

/** Below this width a chart writes each label above its bar, across the whole chart, instead of in a column beside the bars. */
const LABELS_ABOVE_BELOW_WIDTH = 480;

/**
 * A bar's label centred on `mid`: beside the bar, right-aligned at `x`; or above it, from `x`, with a white
 * halo where it crosses the base line. One line as plain text, more as one `<tspan>` a line.
 */
function labelMarkup(lines: readonly string[], x: number, mid: number, above: boolean): string {
  const look = above ? 'text-anchor="start" stroke="#fff" stroke-width="3" paint-order="stroke"' : 'text-anchor="end"';
  const open = `<text class="bar-label" x="${svgNumber(x)}" y="${svgNumber(mid)}" dy="0.32em" ${look}>`;
  if (lines.length === 1) return `${open}${escapeMarkup(lines[0]!)}</text>`;
  const spans = lines.map(
    (line, k) => `<tspan x="${svgNumber(x)}" y="${svgNumber(mid + (k - (lines.length - 1) / 2) * LINE_HEIGHT)}" dy="0.32em">${escapeMarkup(line)}</tspan>`,
  );
  return `${open}${spans.join('')}</text>`;
}

/**
 * A tornado chart as an accessible SVG string: for each input, a bar from the base result to the
 * result with that input at its low value (`<rect class="series low">`) and one to its high value
 * (`<rect class="series high">`), widest swing on top, the base as a vertical line, values at the bar
 * ends, money in the currency and locale asked for. Labels are never cut: one too long for the label
 * column (at most 45 % of the width) is wrapped at its spaces onto more lines, and its row grows; a chart
 * narrower than 480 px (a phone's) writes each label above its bar, across the chart, so that the bars keep
 * their room. Pure: no DOM, the same string in Node and browsers.
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
  const title = o.title ?? 'Sensitivity: NPV with each input at its low and high value';
  const legendY = 32 + (chartTitleLines(title, width).length - 1) * TITLE_LINE_HEIGHT;
  const legend = legendMarkup(
    [
      { label: o.lowLabel, colour: LOW, shape: 'band' },
      { label: o.highLabel, colour: HIGH, shape: 'band' },
    ],
    12,
    legendY,
    width - 24,
  );
  const top = legendY + legend.height + 24;
  const above = width < LABELS_ABOVE_BELOW_WIDTH;
  const room = above ? width - 24 : Math.floor(width * 0.45) - 22; // the labels' text, px
  const labels = rows.map((r) => wrapLabel(r.label, Math.max(8, Math.floor(room / textWidth('x')))));
  // Beside: a row as tall as its label or its bar; above: the label's lines, then the bar's row.
  const labelBlock = labels.map((lines) => (above ? lines.length * LINE_HEIGHT + 2 : 0));
  const natural = labels.map((lines, i) => (above ? labelBlock[i]! + ROW_HEIGHT : Math.max(ROW_HEIGHT, lines.length * LINE_HEIGHT + 12)));
  const naturalTotal = natural.reduce((a, b) => a + b, 0);
  const height = o.height ?? top + naturalTotal + 44;
  const bottom = height - 44;
  if (bottom - top < rows.length * 12) {
    throw new InputError([
      { path: 'options.height', rule: `must be at least ${Math.ceil(top + rows.length * 12 + 44)} px for ${rows.length} bars (or leave it out)` },
    ]);
  }
  const left = above ? 30 : 12 + Math.max(...labels.flat().map((l) => textWidth(l))) + 10; // above: room for half the first tick label
  const right = width - 36; // room for half the last tick label
  const all = [baseValue, ...rows.flatMap((r) => [r.low, r.high])];
  const [min, max] = [Math.min(...all), Math.max(...all)];
  const pad = (max - min) * 0.15; // room for the value written beyond each bar's end
  const x = niceScale([min - pad, max + pad], [left, right], Math.max(2, Math.floor((right - left) / 90)));
  // Rows as tall as their labels need (scaled to fit a height given), each bar 70 % of a one-line row, centred in its part of the row.
  const factor = (bottom - top) / naturalTotal;
  const starts = natural.map((_, i) => top + factor * natural.slice(0, i).reduce((a, b) => a + b, 0));
  const mids = natural.map((h, i) => starts[i]! + factor * (above ? labelBlock[i]! + ROW_HEIGHT / 2 : h / 2));
  const labelMids = natural.map((h, i) => starts[i]! + factor * (above ? labelBlock[i]! / 2 + 1 : h / 2));
  const barHeight = 0.7 * ROW_HEIGHT * factor;
  const plot = { left, top, right, bottom };
  const xBase = x.scale(baseValue);

  const barMarkup = rows.flatMap((row, i) => {
    const [yTop, h] = [mids[i]! - barHeight / 2, barHeight];
    const mid = svgNumber(mids[i]!);
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
    return [...sides.map((s) => s.rect), ...sides.map((s) => s.text)];
  });
  const labelMarkups = rows.map((_, i) => labelMarkup(labels[i]!, above ? 12 : left - 8, labelMids[i]!, above));

  const description =
    `Tornado of ${rows.length} input${rows.length === 1 ? '' : 's'} around the base ${full(baseValue)}, widest swing first: ` +
    `${rows.map((r) => `${r.label}: low ${full(r.low)}, high ${full(r.high)}`).join('; ')}.`;
  return svgFrame(
    {
      kind: 'tornado',
      id: o.id ?? 'tornado-chart',
      title,
      description: o.description ?? description,
      width,
      height,
    },
    [
      axisMarkup({ orient: 'bottom', scale: x.scale, ticks: x.ticks, label: tickFormatter(x.ticks, money), plot, title: 'NPV', grid: true }),
      `<g class="data">\n${barMarkup.join('\n')}\n</g>`,
      `<line class="base" x1="${svgNumber(xBase)}" x2="${svgNumber(xBase)}" y1="${svgNumber(top - 6)}" y2="${svgNumber(bottom)}" stroke="#222" stroke-width="1.5"/>`,
      `<text class="base-label" x="${svgNumber(xBase)}" y="${svgNumber(top - 10)}" text-anchor="middle" font-size="11">base ${escapeMarkup(value(baseValue))}</text>`,
      `<g class="labels">\n${labelMarkups.join('\n')}\n</g>`,
      legend.markup,
    ],
  );
}
