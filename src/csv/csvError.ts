/**
 * A CSV text that cannot be read as a table: where (`row`, the line number in the file where the record
 * starts, the header being 1; `column`, the header's name, when one cell is at fault) and which rule it breaks.
 *
 * @example
 * new CsvError('"n/a" is not a number', 12, 'Unique Opens').message //=> 'row 12, column "Unique Opens": "n/a" is not a number'
 * new CsvError('has 4 cells where the header has 3', 7).message //=> 'row 7: has 4 cells where the header has 3'
 */
export class CsvError extends Error {
  override readonly name = 'CsvError';

  constructor(
    /** What is wrong, e.g. `"n/a" is not a number`. */
    readonly rule: string,
    /** The line the record starts on (the header is line 1). */
    readonly row: number,
    /** The header's name of the cell at fault, when one cell is. */
    readonly column?: string,
  ) {
    super(`${CsvError.place(row, column)}: ${rule}`);
  }

  /**
   * `row 12` or `row 12, column "Unique Opens"`: where a problem is, as messages name it.
   *
   * @example
   * CsvError.place(3, 'Date') //=> 'row 3, column "Date"'
   */
  static place(row: number, column?: string): string {
    return column === undefined ? `row ${row}` : `row ${row}, column ${JSON.stringify(column)}`;
  }
}
