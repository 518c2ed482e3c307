/**
 * An estimate of the width of a line of text in the system sans-serif font, px: SVG strings are
 * laid out without a DOM, so margins and legends size themselves by this estimate (a little
 * generous, so labels do not collide).
 *
 * ```
 * width ≈ characters × 0.6 × fontSize
 * ```
 *
 * @param text - the text
 * @param fontSize - px (default 12)
 * @returns px
 *
 * @example
 * textWidth('$100K') //=> 36
 */
export function textWidth(text: string, fontSize = 12): number {
  return [...text].length * 0.6 * fontSize;
}
