import type { ScaleLinear } from 'd3-scale';
import { escapeMarkup } from '../escapeMarkup';
import type { PlotArea } from './plotArea';
import { svgNumber } from './svgNumber';

/** One axis to draw. */
export interface AxisSpec {
  /** `left`: values up the side, with a grid line across the plot at each tick; `bottom`: along the foot. */
  readonly orient: 'left' | 'bottom';
  readonly scale: ScaleLinear<number, number>;
  /** The ticks, as d3's `scale.ticks()` gives them. */
  readonly ticks: readonly number[];
  /** A tick's label (see `tickFormatter`). */
  readonly label: (tick: number) => string;
  readonly plot: PlotArea;
  /** The axis title, e.g. "month" (escaped here). */
  readonly title?: string;
  /** Grid lines across the plot at each tick (default true for `left`, false for `bottom`). */
  readonly grid?: boolean;
}

/**
 * The markup of one axis: tick labels, tick marks or grid lines, the axis title. Ticks and their
 * positions come from the d3 scale; labels from the formatter given.
 *
 * @param spec - the axis
 * @returns a `<g class="axis axis-left|axis-bottom">` element
 *
 * @example
 * import { niceScale } from './niceScale';
 * const { scale, ticks } = niceScale([0, 60], [50, 700], 8);
 * axisMarkup({ orient: 'bottom', scale, ticks, label: String, plot: { left: 50, top: 40, right: 700, bottom: 320 }, title: 'month' })
 * //=> '<g class="axis axis-bottom">…<text class="tick-label" …>60</text>…</g>'
 */
export function axisMarkup(spec: AxisSpec): string {
  const { orient, scale, ticks, label, plot, title } = spec;
  const grid = spec.grid ?? orient === 'left';
  const [l, t, r, b] = [plot.left, plot.top, plot.right, plot.bottom].map(svgNumber);
  const parts: string[] = [];
  for (const tick of ticks) {
    const at = svgNumber(scale(tick));
    const text = escapeMarkup(label(tick));
    if (orient === 'left') {
      if (grid) parts.push(`<line class="grid" x1="${l}" x2="${r}" y1="${at}" y2="${at}" stroke="#e3e3e3"/>`);
      parts.push(`<text class="tick-label" x="${svgNumber(plot.left - 6)}" y="${at}" dy="0.32em" text-anchor="end" fill="#555">${text}</text>`);
    } else {
      if (grid) parts.push(`<line class="grid" x1="${at}" x2="${at}" y1="${t}" y2="${b}" stroke="#e3e3e3"/>`);
      parts.push(`<line class="tick" x1="${at}" x2="${at}" y1="${b}" y2="${svgNumber(plot.bottom + 5)}" stroke="#999"/>`);
      parts.push(`<text class="tick-label" x="${at}" y="${svgNumber(plot.bottom + 18)}" text-anchor="middle" fill="#555">${text}</text>`);
    }
  }
  if (orient === 'bottom') parts.push(`<line class="domain" x1="${l}" x2="${r}" y1="${b}" y2="${b}" stroke="#999"/>`);
  if (title !== undefined) {
    parts.push(
      orient === 'bottom'
        ? `<text class="axis-title" x="${svgNumber((plot.left + plot.right) / 2)}" y="${svgNumber(plot.bottom + 36)}" text-anchor="middle" fill="#555">${escapeMarkup(title)}</text>`
        : `<text class="axis-title" transform="translate(14 ${svgNumber((plot.top + plot.bottom) / 2)}) rotate(-90)" text-anchor="middle" fill="#555">${escapeMarkup(title)}</text>`,
    );
  }
  return `<g class="axis axis-${orient}">\n${parts.join('\n')}\n</g>`;
}
