/**
 * A title line of a command's output: a Markdown heading for `md`, the plain text in every other format.
 *
 * @param format - the output format, e.g. `md`, `table`
 * @param text - the title
 * @returns the line
 *
 * @example
 * titleText('md', 'Sensitivity') //=> '### Sensitivity'
 * titleText('table', 'Sensitivity') //=> 'Sensitivity'
 */
export function titleText(format: string, text: string): string {
  return format === 'md' ? `### ${text}` : text;
}
