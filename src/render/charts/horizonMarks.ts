import type { ScaleLinear } from 'd3-scale';
import type { PlotArea } from './plotArea';
import { svgNumber } from './svgNumber';

/**
 * Dashed vertical marks at the horizons (months) that fall inside the x domain, each labelled above
 * the plot: whole years as "1 yr", "5 yr", other horizons as "18 mo".
 *
 * @param months - the horizons, in months (e.g. [12, 36, 60])
 * @param x - the month scale
 * @param plot - the plot area
 * @returns a `<g class="horizons">` element (empty when no horizon is inside the domain)
 *
 * @example
 * import { niceScale } from './niceScale';
 * horizonMarks([12, 36, 60], niceScale([0, 60], [50, 700], 8).scale, { left: 50, top: 40, right: 700, bottom: 320 })
 * //=> '<g class="horizons">\n<line class="horizon" data-month="12" …/>\n<text …>1 yr</text>…</g>'
 */
export function horizonMarks(months: readonly number[], x: ScaleLinear<number, number>, plot: PlotArea): string {
  const [first, last] = x.domain() as [number, number];
  const parts = months
    .filter((month) => month >= first && month <= last)
    .map((month) => {
      const at = svgNumber(x(month));
      const label = month % 12 === 0 ? `${month / 12} yr` : `${month} mo`;
      return (
        `<line class="horizon" data-month="${month}" x1="${at}" x2="${at}" y1="${svgNumber(plot.top)}" y2="${svgNumber(plot.bottom)}" stroke="#777" stroke-dasharray="4 3"/>\n` +
        `<text class="horizon-label" x="${at}" y="${svgNumber(plot.top - 5)}" text-anchor="middle" font-size="11" fill="#555">${label}</text>`
      );
    });
  return `<g class="horizons">\n${parts.join('\n')}\n</g>`;
}
