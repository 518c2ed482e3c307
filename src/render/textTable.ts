import { tableArgument } from './tableArgument';

/**
 * Lays out rows of cells as a plain-text table: a header, a rule, the first column
 * left-aligned and the others right-aligned (numbers). A header or rows that are not lists of
 * text are refused with an InputError naming them.
 *
 * @example
 * textTable(['month', 'npv'], [['1', '$10.00']])
 * //=> 'month     npv\n-----  ------\n1      $10.00'
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  tableArgument(header, rows);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
