/** A word in pieces no longer than `width` characters: at its no-break spaces first, then, for a piece still too long, every `width` characters. */
function pieces(word: string, width: number): string[] {
  if ([...word].length <= width) return [word];
  return word.split('\u00a0').flatMap((part) => {
    const characters = [...part];
    return Array.from({ length: Math.ceil(characters.length / width) }, (_, i) => characters.slice(i * width, (i + 1) * width).join(''));
  });
}

/**
 * Breaks a label into lines of at most `maxCharacters` characters at its spaces, so that a long
 * label takes two or three lines instead of being cut. A no-break space (U+00A0) holds its two sides
 * together (`36%\u00a0to\u00a044%`) unless they do not fit one line; a word longer than a line is
 * split at the line's length (the only way it fits), never elsewhere. Nothing is left out: the lines
 * joined by spaces give the label back, its runs of spaces made single.
 *
 * @param label - the text
 * @param maxCharacters - the most characters of a line, at least 1
 * @returns the lines, at least one
 *
 * @example
 * wrapLabel('Growth of new subscribers (g) 1.35% – 1.65%', 20) //=> ['Growth of new', 'subscribers (g)', '1.35% – 1.65%']
 * wrapLabel('openRate', 20) //=> ['openRate']
 */
export function wrapLabel(label: string, maxCharacters: number): string[] {
  const width = Math.max(1, Math.floor(maxCharacters));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/[ \t\n\r]+/).filter(Boolean)) {
    for (const piece of pieces(word, width)) {
      if (line === '') line = piece;
      else if ([...line].length + 1 + [...piece].length <= width) line = `${line} ${piece}`;
      else [lines[lines.length], line] = [line, piece];
    }
  }
  return [...lines, line];
}
