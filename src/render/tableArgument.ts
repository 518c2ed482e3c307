import { requireArgument } from '../errors/argument';

const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every((cell) => typeof cell === 'string');

/**
 * Checks the cells of a table before it is laid out: `header` a list of text, `rows` a list of
 * lists of text; anything else is refused with an InputError naming `header`, `rows` or `rows[i]`.
 *
 * @example
 * tableArgument(['month', 'npv'], [['1', '$10.00']]) // passes
 * tableArgument(['month'], null)
 * //=> throws InputError: 'rows: must be a list of rows, each a list of text cells (got null)'
 */
export function tableArgument(header: unknown, rows: unknown): void {
  requireArgument('header', header, isTextList(header), "a list of text cells, e.g. ['month', 'npv']");
  requireArgument('rows', rows, Array.isArray(rows), 'a list of rows, each a list of text cells');
  (rows as unknown[]).forEach((row, index) => requireArgument(`rows[${index}]`, row, isTextList(row), 'a list of text cells'));
}
