import { escapeMarkup } from '../escapeMarkup';

/** A table cell: its text, or its text with a tooltip (e.g. the exact value) and a muted look (e.g. a default). */
export type HtmlCell = string | { readonly text: string; readonly title?: string; readonly muted?: boolean };

/** Options of {@link htmlTable}. */
export interface HtmlTableOptions {
  /** The table's caption (escaped). */
  readonly caption?: string;
  /** The row (0-based) to highlight as the winner: class `winner` (the ★ its text carries says it without colour). */
  readonly highlightRow?: number;
  /** The columns (0-based) that hold numbers: right-aligned, tabular figures (default: every column but the first). */
  readonly numericColumns?: readonly number[];
  /** Extra class of the `<table>`. */
  readonly className?: string;
  /** The name a screen reader gives the table's scrolling box (default: the caption, else "Table: " and the column titles). */
  readonly label?: string;
}

/**
 * An HTML table of text cells, every string escaped: a header row, the first cell of each row as
 * its row header (`<th scope="row">`), numeric columns right-aligned, one row optionally highlighted.
 * The table sits in its own scrolling box (`<div class="table-scroll">`, a named region the keyboard
 * can focus and scroll): a table wider than the screen scrolls there, never the page.
 *
 * @param header - the column titles
 * @param rows - the cells, row by row
 * @param options - caption, highlighted row, numeric columns, class
 * @returns a `<table>` element
 *
 * @example
 * htmlTable(['scenario', 'NPV'], [['H1 <b>', '$10']], { highlightRow: 0 })
 * //=> '<div class="table-scroll" role="region" tabindex="0" aria-label="Table: scenario, NPV">\n<table>\n<thead><tr><th scope="col">scenario</th><th scope="col" class="num">NPV</th></tr></thead>\n<tbody>\n<tr class="winner"><th scope="row">H1 &lt;b&gt;</th><td class="num">$10</td></tr>\n</tbody>\n</table>\n</div>'
 */
export function htmlTable(header: readonly string[], rows: readonly (readonly HtmlCell[])[], options: HtmlTableOptions = {}): string {
  const { caption, highlightRow, numericColumns, className } = options;
  const label = options.label ?? caption ?? `Table: ${header.join(', ')}`;
  const isNumeric = (column: number) => (numericColumns === undefined ? column > 0 : numericColumns.includes(column));
  const cell = (tag: 'td' | 'th', value: HtmlCell, column: number, extra = '') => {
    const { text, title, muted } = typeof value === 'string' ? { text: value, title: undefined, muted: false } : value;
    const classes = [isNumeric(column) ? 'num' : '', muted ? 'muted' : ''].filter(Boolean).join(' ');
    return `<${tag}${extra}${classes ? ` class="${classes}"` : ''}${title === undefined ? '' : ` title="${escapeMarkup(title)}"`}>${escapeMarkup(text)}</${tag}>`;
  };
  const body = rows.map(
    (row, r) =>
      `<tr${r === highlightRow ? ' class="winner"' : ''}>${row.map((value, c) => (c === 0 ? cell('th', value, c, ' scope="row"') : cell('td', value, c))).join('')}</tr>`,
  );
  return [
    `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeMarkup(label)}">`,
    `<table${className ? ` class="${escapeMarkup(className)}"` : ''}>`,
    ...(caption === undefined ? [] : [`<caption>${escapeMarkup(caption)}</caption>`]),
    `<thead><tr>${header.map((h, c) => cell('th', h, c, ' scope="col"')).join('')}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}
