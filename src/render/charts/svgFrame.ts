import { escapeMarkup } from '../escapeMarkup';
import { svgNumber } from './svgNumber';
import { chartTitleLines, TITLE_LINE_HEIGHT } from './chartTitleLines';

/** The outside of a chart: size, names and the text a screen reader reads. */
export interface SvgFrameSpec {
  /** The kind of chart, written as `data-chart` (e.g. "npv"). */
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  /** Prefix of the ids of the `<title>` and `<desc>`; unique in the page. */
  readonly id: string;
  /** Shown at the top and read as the chart's name. */
  readonly title: string;
  /** Read as the chart's description. */
  readonly description: string;
}

/** The system font stack: no web font is ever fetched. */
const fontFamily = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/**
 * Wraps the markup of a chart in a standalone, accessible `<svg>`: `role="img"`, `aria-labelledby`
 * pointing at its `<title>` and `<desc>`, a `viewBox` so it scales with its container, the system
 * font, and the title shown at the top (wrapped onto more lines when wider than the chart, see `chartTitleLines`;
 * the chart lays out its legend below them). Title and description are escaped here; `body` is markup
 * the chart built (its own text already escaped).
 *
 * @param spec - size, ids, title, description
 * @param body - the chart's elements, in drawing order
 * @returns the SVG document as a string
 *
 * @example
 * svgFrame({ kind: 'npv', width: 720, height: 360, id: 'npv-chart', title: 'NPV', description: 'NPV by month' }, [])
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="npv" … role="img" aria-labelledby="npv-chart-title npv-chart-desc" …>…</svg>'
 */
export function svgFrame(spec: SvgFrameSpec, body: readonly string[]): string {
  const { kind, width, height, id, title, description } = spec;
  const [w, h] = [svgNumber(width), svgNumber(height)];
  const lines = chartTitleLines(title, width);
  const shownTitle =
    lines.length === 1 ? escapeMarkup(title) : lines.map((line, k) => `<tspan x="12" y="${22 + k * TITLE_LINE_HEIGHT}">${escapeMarkup(line)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${escapeMarkup(kind)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" ` +
      `role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${fontFamily}" font-size="12" fill="#222">`,
    `<title id="${id}-title">${escapeMarkup(title)}</title>`,
    `<desc id="${id}-desc">${escapeMarkup(description)}</desc>`,
    `<rect class="background" width="${w}" height="${h}" fill="#fff"/>`,
    `<text class="chart-title" x="12" y="22" font-size="15" font-weight="600">${shownTitle}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}
