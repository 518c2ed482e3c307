import { escapeMarkup } from '../escapeMarkup';

/** The width a report draws a chart at for a laptop or a print (its 11–12 px text stays ≥ 10 px down to a 584 px wide box). */
export const WIDE_CHART = 640;
/** The width a report draws a chart at for a phone (its text stays ≥ 10 px down to a 291 px wide box, a 360 px wide screen). */
export const NARROW_CHART = 320;

/**
 * A chart of the report as a `<figure>` that reads well on every screen: an SVG scales with its box,
 * its text with it, so one drawing cannot keep its text readable on a phone and a laptop. The chart is
 * drawn twice: at {@link WIDE_CHART} px (shown on wider screens and in print) and at {@link NARROW_CHART}
 * px (shown instead on screens up to 720 px wide, by the report's stylesheet), the narrow drawing's ids
 * ending in `-narrow` so that every id stays unique. The one hidden is not read by screen readers
 * (`display: none`). The caption is plain text, escaped here.
 *
 * @param draw - draws the chart at a width, with an id prefix (e.g. `(width, id) => npvChart(series, { width, id })`)
 * @param id - the chart's id prefix
 * @param caption - the figure's caption (plain text)
 * @returns the `<figure>` element
 *
 * @example
 * chartFigure((width, id) => `<svg id="${id}" width="${width}"/>`, 'npv-chart', 'Month 0 is the investment.')
 * //=> '<figure class="chart-figure">\n<div class="chart-wide"><svg id="npv-chart" width="640"/></div>\n<div class="chart-narrow"><svg id="npv-chart-narrow" width="320"/></div>\n<figcaption>Month 0 is the investment.</figcaption>\n</figure>'
 */
export function chartFigure(draw: (width: number, id: string) => string, id: string, caption?: string): string {
  return [
    '<figure class="chart-figure">',
    `<div class="chart-wide">${draw(WIDE_CHART, id)}</div>`,
    `<div class="chart-narrow">${draw(NARROW_CHART, `${id}-narrow`)}</div>`,
    ...(caption === undefined ? [] : [`<figcaption>${escapeMarkup(caption)}</figcaption>`]),
    '</figure>',
  ].join('\n');
}
