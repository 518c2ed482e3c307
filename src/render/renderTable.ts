import { textTable } from './textTable';
import { tableArgument } from './tableArgument';
import { requireArgument } from '../errors/argument';

/** Output formats for tabular results. */
export const tableFormats = ['table', 'md', 'csv'] as const;
/** One of {@link tableFormats}: "table" (plain text), "md" (Markdown) or "csv". */
export type TableFormat = (typeof tableFormats)[number];

/** A plain number as csv writes it: an optional minus, digits, an optional fraction. */
const plainNumber = /^-?\d+(?:\.\d+)?$/;

/**
 * One csv cell: text that a spreadsheet would run as a formula (beginning with `=`, `+`, `-`, `@`,
 * tab or CR) gets a leading `'`, as OWASP recommends, unless it is a plain number (`-15791.00`);
 * then a cell holding `"`, `,`, CR or LF is quoted, its `"` doubled (RFC 4180).
 */
function csvCell(cell: string): string {
  const safe = /^[=+\-@\t\r]/.test(cell) && !plainNumber.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const mdCell = (cell: string) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * Lays out a header and rows as a plain-text table, a Markdown table or CSV. CSV has the one header
 * row, RFC 4180 quoting, text that a spreadsheet would run as a formula neutralised, lines ending in `\n` (not the
 * CRLF of RFC 4180: what Unix tools and every spreadsheet read). Cells are written as given: the
 * commands give csv plain numbers (`csvNumber`).
 *
 * @example
 * renderTable('md', ['name', 'npv'], [['H1', '$10']]) //=> '| name | npv |\n| --- | ---: |\n| H1 | $10 |'
 */
export function renderTable(format: TableFormat, header: readonly string[], rows: readonly (readonly string[])[]): string {
  requireArgument('format', format, (tableFormats as readonly unknown[]).includes(format), `one of ${tableFormats.map((f) => `"${f}"`).join(', ')}`);
  tableArgument(header, rows);
  switch (format) {
    case 'table':
      return textTable(header, rows);
    case 'md':
      return [header, header.map((_, i) => (i === 0 ? '---' : '---:')), ...rows].map((r) => `| ${r.map(mdCell).join(' | ')} |`).join('\n');
    case 'csv':
      return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
  }
}
