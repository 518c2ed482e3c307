import { escapeMarkup } from '../escapeMarkup';
import { svgNumber } from './svgNumber';
import { textWidth } from './textWidth';
import { truncateLabel } from './truncateLabel';

/** One entry of a legend. */
export interface LegendItem {
  /** The series' name (escaped here; shortened to 32 characters, the full name in a tooltip). */
  readonly label: string;
  readonly colour: string;
  /** `line`: a stroke (with its `dash`); `band`: a filled box (for an area or a bar); `point`: a dot (for observations). */
  readonly shape: 'line' | 'band' | 'point';
  /** An SVG `stroke-dasharray` for lines, empty or absent for solid. */
  readonly dash?: string;
}

/** A laid-out legend. */
export interface Legend {
  /** A `<g class="legend">` element. */
  readonly markup: string;
  /** The height it takes, px (0 for no items). */
  readonly height: number;
}

const ROW_HEIGHT = 18;
const SWATCH = 18;

/**
 * Lays out a legend in rows from the left, starting a new row when the next entry would pass
 * `maxWidth`. Entries keep their order (the order of the series), so the legend reads like the data.
 *
 * ```
 * entry width = swatch 18 + gap 6 + textWidth(label) + gap 16   (px)
 * ```
 *
 * @param items - the entries, in order
 * @param x - left edge, px
 * @param y - top edge, px
 * @param maxWidth - width available, px
 * @returns the markup and its height
 *
 * @example
 * legendMarkup([{ label: 'H1', colour: '#0072B2', shape: 'line' }], 12, 32, 700).height //=> 18
 */
export function legendMarkup(items: readonly LegendItem[], x: number, y: number, maxWidth: number): Legend {
  const parts: string[] = [];
  let [cx, row] = [x, 0];
  for (const item of items) {
    const shown = truncateLabel(item.label);
    const width = SWATCH + 6 + textWidth(shown) + 16;
    if (cx > x && cx + width > x + maxWidth) [cx, row] = [x, row + 1];
    const mid = y + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    const swatch =
      item.shape === 'point'
        ? `<circle cx="${svgNumber(cx + SWATCH / 2)}" cy="${svgNumber(mid)}" r="3.5" fill="${item.colour}"/>`
        : item.shape === 'line'
          ? `<line x1="${svgNumber(cx)}" x2="${svgNumber(cx + SWATCH)}" y1="${svgNumber(mid)}" y2="${svgNumber(mid)}" stroke="${item.colour}" stroke-width="2.5"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`
          : `<rect x="${svgNumber(cx)}" y="${svgNumber(mid - 5)}" width="${SWATCH}" height="10" fill="${item.colour}" fill-opacity="0.35" stroke="${item.colour}"/>`;
    const tooltip = shown === item.label ? '' : `<title>${escapeMarkup(item.label)}</title>`;
    parts.push(
      `<g class="legend-item">${tooltip}${swatch}<text x="${svgNumber(cx + SWATCH + 6)}" y="${svgNumber(mid)}" dy="0.32em">${escapeMarkup(shown)}</text></g>`,
    );
    cx += width;
  }
  return { markup: `<g class="legend">\n${parts.join('\n')}\n</g>`, height: items.length === 0 ? 0 : (row + 1) * ROW_HEIGHT };
}
