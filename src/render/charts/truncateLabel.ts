/**
 * Shortens a label to at most `maxCharacters` characters, ending it with `…` when cut, so that a
 * long scenario name cannot push a legend or an axis off the chart (the full name stays in the
 * chart's `<desc>` and in a `<title>` tooltip).
 *
 * @param label - the text
 * @param maxCharacters - the most characters kept, `…` included (default 32)
 * @returns the label or its shortened form
 *
 * @example
 * truncateLabel('Welcome series with a very long name indeed', 20) //=> 'Welcome series with…'
 */
export function truncateLabel(label: string, maxCharacters = 32): string {
  const characters = [...label];
  return characters.length <= maxCharacters
    ? label
    : `${characters
        .slice(0, maxCharacters - 1)
        .join('')
        .trimEnd()}…`;
}
