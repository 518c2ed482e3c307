import { textWidth } from './textWidth';
import { wrapLabel } from './wrapLabel';

/** The height of a line of a chart's title, px (its font is 15 px). */
export const TITLE_LINE_HEIGHT = 19;

/**
 * The lines a chart's title is shown on: the whole title, wrapped at its spaces to the chart's width
 * (less 12 px each side) at the title's 15 px font, never cut. A chart lays out what follows the title
 * (its legend) `(lines − 1) × TITLE_LINE_HEIGHT` px lower than under a one-line title.
 *
 * @param title - the title
 * @param width - the chart's width, px
 * @returns the lines, at least one
 *
 * @example
 * chartTitleLines('Cumulative NPV by month', 720) //=> ['Cumulative NPV by month']
 * chartTitleLines('Sensitivity: NPV with each input at its low and high value', 320) //=> ['Sensitivity: NPV with each input', 'at its low and high value']
 */
export function chartTitleLines(title: string, width: number): string[] {
  return wrapLabel(title, Math.max(8, Math.floor((width - 24) / textWidth('x', 15))));
}
