/** The Okabe–Ito colours that read well on white and for colour-blind readers (yellow left out: too pale). */
const colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
/** Dash patterns, cycled beside the colours: solid, dashed, dotted, dash-dot. */
const dashes = ['', '7 4', '2 3', '10 3 2 3'] as const;

/** How a series is drawn. */
export interface SeriesStyle {
  /** A CSS colour, `#rrggbb`. */
  readonly colour: string;
  /** An SVG `stroke-dasharray`, empty for a solid line. */
  readonly dash: string;
}

/**
 * The colour and dash of the series at `index` (0-based): the seven colours and the four dash patterns
 * cycle together (colour `index mod 7`, dash `index mod 4`), so that neighbours differ in both, a line
 * drawn over an identical one lets it show through its gaps, and up to 28 series look different
 * without relying on colour alone.
 *
 * @param index - the series' position, 0-based
 * @returns its style
 *
 * @example
 * seriesStyle(0) //=> { colour: '#0072B2', dash: '' }
 * seriesStyle(1) //=> { colour: '#D55E00', dash: '7 4' }
 * seriesStyle(7) //=> { colour: '#0072B2', dash: '10 3 2 3' }
 */
export function seriesStyle(index: number): SeriesStyle {
  return { colour: colours[index % colours.length]!, dash: dashes[index % dashes.length]! };
}
