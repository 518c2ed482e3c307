/**
 * A coordinate written into SVG: rounded to 0.1 px (enough on any screen, and the same
 * string on every machine), never `-0`.
 *
 * ```
 * svgNumber(x) = round(10 × x) / 10
 * ```
 *
 * @param value - a finite number of px
 * @returns its text
 * @throws {Error} for NaN or ±Infinity: a chart computed a coordinate it cannot draw (a bug, never written into the SVG)
 *
 * @example
 * svgNumber(12.3456) //=> '12.3'
 * svgNumber(-0.04) //=> '0'
 */
export function svgNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`svgNumber: a chart coordinate is not finite (${String(value)})`);
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}
