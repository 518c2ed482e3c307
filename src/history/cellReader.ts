import { CsvError } from '../csv/csvError';
import type { CsvRecord } from '../csv/csvRecords';
import { parseLocaleDate } from '../csv/parseLocaleDate';
import { parseLocaleNumber } from '../csv/parseLocaleNumber';
import { InputError } from '../errors/inputError';

/** Reads the cells of one CSV file's records into numbers, dates and text; every problem an InputError naming the file, row and column. */
export interface CellReader {
  /** Throws the InputError `<file> row N, column "X": rule` (`<file> row N: rule` without a column). */
  fail(row: number, column: string | undefined, rule: string): never;
  /** The records, a CsvError of the text turned into the InputError of its place. */
  records(source: AsyncIterable<CsvRecord> | Iterable<CsvRecord>): AsyncGenerator<CsvRecord>;
  /** A count of people or emails (a whole number ≥ 0); undefined for an empty cell unless `required`. */
  count(record: CsvRecord, column: string, required?: boolean): number | undefined;
  /** An amount of money ≥ 0; undefined for an empty cell. */
  amount(record: CsvRecord, column: string): number | undefined;
  /** A rate as a fraction from 0 to 1 (`21.5%` or `0.215`); undefined for an empty cell. */
  rate(record: CsvRecord, column: string): number | undefined;
  /** A date as `YYYY-MM-DD`; undefined for an empty cell unless `required`. */
  date(record: CsvRecord, column: string, required?: boolean): string | undefined;
  /** The cell's text, trimmed; undefined when empty. */
  text(record: CsvRecord, column: string): string | undefined;
}

/**
 * The cell reader of one file: numbers and dates read in `locale`, each bad cell an InputError whose path
 * names its place, as `c.csv row 12, column "Unique Opens": "n/a" is not a number`.
 *
 * @param file - the file's name as the user gave it, for messages
 * @param locale - how the file writes numbers and dates, a BCP 47 locale (e.g. en-US, de-DE)
 *
 * @example
 * const cells = cellReader('c.csv', 'en-US');
 * cells.count({ row: 3, cells: { Opens: '1,204' } }, 'Opens') //=> 1204
 * cells.rate({ row: 3, cells: { 'Open Rate': '21.5%' } }, 'Open Rate') //=> 0.215
 * cells.count({ row: 12, cells: { 'Unique Opens': 'n/a' } }, 'Unique Opens')
 * //=> throws InputError: 'in c.csv:\nc.csv row 12, column "Unique Opens": "n/a" is not a number'
 */
export function cellReader(file: string, locale: string): CellReader {
  const fail = (row: number, column: string | undefined, rule: string): never => {
    throw new InputError([{ path: `${file} ${CsvError.place(row, column)}`, rule }], file);
  };
  const raw = (record: CsvRecord, column: string) => (record.cells[column] ?? '').trim();
  const number = (record: CsvRecord, column: string, required: boolean): number | undefined => {
    const text = raw(record, column);
    if (text === '' && !required) return undefined;
    const read = parseLocaleNumber(text, locale);
    if (!read.ok) return fail(record.row, column, read.rule);
    if (read.value < 0) return fail(record.row, column, `${JSON.stringify(text)} is negative: expected a number of 0 or more`);
    return read.value;
  };
  return {
    fail,
    async *records(source) {
      try {
        yield* source;
      } catch (error) {
        if (error instanceof CsvError) fail(error.row, error.column, error.rule);
        throw error;
      }
    },
    count(record, column, required = false) {
      const value = number(record, column, required);
      if (value !== undefined && !Number.isInteger(value))
        fail(record.row, column, `${JSON.stringify(raw(record, column))} is not a whole number (a count of people or emails; in ${locale}?)`);
      return value;
    },
    amount: (record, column) => number(record, column, false),
    rate(record, column) {
      const text = raw(record, column);
      if (text === '') return undefined;
      const read = parseLocaleNumber(text, locale);
      if (!read.ok) return fail(record.row, column, read.rule);
      if (read.value < 0 || read.value > 1)
        fail(record.row, column, `${JSON.stringify(text)} is not a rate: write it as a fraction from 0 to 1 (0.215) or a percentage with its sign (21.5%)`);
      return read.value;
    },
    date(record, column, required = false) {
      const text = raw(record, column);
      if (text === '' && !required) return undefined;
      return parseLocaleDate(text, locale) ?? fail(record.row, column, `${JSON.stringify(text)} is not a date (e.g. 2025-01-07, or as ${locale} writes dates)`);
    },
    text(record, column) {
      const text = raw(record, column);
      return text === '' ? undefined : text;
    },
  };
}
