import { textTable } from './textTable';

/** Output formats for tabular results. */
export const tableFormats = ['table', 'md', 'csv'] as const;
/** One of {@link tableFormats}: "table" (plain text), "md" (Markdown) or "csv". */
export type TableFormat = (typeof tableFormats)[number];

const csvCell = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const mdCell = (cell: string) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * Lays out a header and rows as a plain-text table, a Markdown table or CSV (RFC 4180 quoting).
 *
 * @example
 * renderTable('md', ['name', 'npv'], [['H1', '$10']]) //=> '| name | npv |\n|---|---:|\n| H1 | $10 |'
 */
export function renderTable(format: TableFormat, header: readonly string[], rows: readonly (readonly string[])[]): string {
  switch (format) {
    case 'table':
      return textTable(header, rows);
    case 'md':
      return [header, header.map((_, i) => (i === 0 ? '---' : '---:')), ...rows].map((r) => `| ${r.map(mdCell).join(' | ')} |`).join('\n');
    case 'csv':
      return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
  }
}
