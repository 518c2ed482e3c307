import { parse } from 'csv-parse/browser/esm/sync';
import { CsvError } from './csvError';

/** One record of a CSV file: the line it starts on (the header is line 1) and its cells by the header's names. */
export interface CsvRecord {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** A CSV text: whole, or in chunks of text or of UTF-8 bytes (a file stream), in order. */
export type CsvSource = string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** The chunk size a whole text is parsed in, in characters: bounds the records held at once. */
const STRING_CHUNK = 1 << 20;
const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/** The text chunks of a source, UTF-8 bytes decoded (a byte-order mark dropped; bytes that are not UTF-8 refused). */
async function* textChunks(source: CsvSource, row: () => number): AsyncGenerator<string> {
  if (typeof source === 'string') {
    for (let at = 0; at < source.length; at += STRING_CHUNK) yield source.slice(at, at + STRING_CHUNK);
    return;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of source) {
    if (typeof chunk === 'string') yield chunk;
    else {
      try {
        yield decoder.decode(chunk, { stream: true });
      } catch {
        throw new CsvError('is not UTF-8 text: save the file as "CSV UTF-8"', row());
      }
    }
  }
}

/** How many line breaks (CR LF, LF or CR) a text holds. */
const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/** The line (from 1) where the quote that is never closed opens, in `text` starting on line `first`. */
function unclosedQuoteLine(text: string, first: number): number {
  let open = -1;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) open = open === -1 ? i : -1;
  return first + lineBreaks(text.slice(0, Math.max(open, 0)));
}

/** csv-parse's error as a CsvError on the line it names (`lines` counted from the batch's first line `first`). */
function located(error: unknown, batch: string, first: number): CsvError {
  const { code, lines, message } = error as { code?: string; lines?: number; message: string };
  const row = first + Math.max((lines ?? 1) - 1, 0);
  if (code === 'CSV_QUOTE_NOT_CLOSED') return new CsvError('a quoted cell is not closed: a double quote (") is missing', unclosedQuoteLine(batch, first));
  if (code === 'CSV_INVALID_CLOSING_QUOTE')
    return new CsvError('a quoted cell goes on after its closing quote: write a quote inside a quoted cell as two ("")', row);
  if (code === 'INVALID_OPENING_QUOTE')
    return new CsvError('a cell that is not quoted holds a double quote: quote the whole cell and write the quote as two ("")', row);
  return new CsvError(`is not valid CSV (${message})`, row);
}

/** The header's names, checked: each once (a blank name becomes `column N`). */
function headerOf(record: readonly string[], row: number): string[] {
  const header = record.map((name, i) => (name.trim() === '' ? `column ${i + 1}` : name));
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new CsvError(`the header names column ${JSON.stringify(name)} twice (each column once)`, row);
    seen.add(name);
  }
  return header;
}

/**
 * Reads a CSV text (RFC 4180, parsed by csv-parse) as records keyed by its header, a batch of lines at a
 * time: a file given as a stream of chunks is never held whole, only the lines up to the last complete
 * record of each chunk. Handles quoted cells with commas, line breaks and doubled quotes, a byte-order
 * mark, CR LF, LF or CR line ends, spaces around cells; skips empty lines and lines of empty cells (a
 * spreadsheet's cleared rows). Each record gives the line it starts on (the header is line 1).
 *
 * @param source - the CSV text, whole or as chunks of text or UTF-8 bytes (e.g. a file's read stream)
 * @returns the records after the header, in order
 * @throws {CsvError} with the line: a record with more or fewer cells than the header, a quote not closed,
 *   a header naming a column twice, bytes that are not UTF-8, an empty text
 *
 * @example
 * const rows = [];
 * for await (const r of csvRecords('\uFEFFname,opens\r\n"Sale, spring",1200\r\n\r\n"Say ""hi""",950\r\n')) rows.push(r);
 * rows //=> [{ row: 2, cells: { name: 'Sale, spring', opens: '1200' } }, { row: 4, cells: { name: 'Say "hi"', opens: '950' } }]
 * await csvRecords('a,b\n1,2,3\n').next() //=> throws CsvError: 'row 2: has 3 cells where the header has 2 (quote a value that holds a comma: "1,234")'
 */
export async function* csvRecords(source: CsvSource): AsyncGenerator<CsvRecord> {
  let header: string[] | undefined;
  let pending = '';
  let scanned = 0;
  let inQuotes = false;
  let safeEnd = 0;
  let firstLine = 1;
  const parseBatch = function* (batch: string): Generator<CsvRecord> {
    let parsed: { record: string[]; info: { lines: number } }[];
    try {
      const options = {
        bom: firstLine === 1,
        info: true,
        trim: true,
        skip_empty_lines: true,
        relax_column_count: true,
        record_delimiter: ['\r\n', '\n', '\r'],
      };
      parsed = parse(batch, options) as unknown as typeof parsed;
    } catch (error) {
      throw located(error, batch, firstLine);
    }
    // csv-parse counts a CR LF inside a quoted cell as two lines: its count runs ahead by `drift`
    let drift = 0;
    for (const { record, info } of parsed) {
      const breaks = record.reduce((n, cell) => n + lineBreaks(cell), 0);
      drift += record.reduce((n, cell) => n + (cell.match(/\r\n/g)?.length ?? 0), 0);
      const row = firstLine + info.lines - 1 - drift - breaks;
      if (header === undefined) header = headerOf(record, row);
      else if (record.some((cell) => cell !== '')) {
        if (record.length !== header.length)
          throw new CsvError(`has ${record.length} cells where the header has ${header.length} (quote a value that holds a comma: "1,234")`, row);
        yield { row, cells: Object.fromEntries(header.map((name, i) => [name, record[i]!])) };
      }
    }
    firstLine += lineBreaks(batch);
  };
  for await (const chunk of textChunks(source, () => firstLine + lineBreaks(pending))) {
    pending += chunk;
    for (let i = scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (c === LINE_FEED && !inQuotes) safeEnd = i + 1;
    }
    scanned = pending.length;
    if (safeEnd > 0) {
      const batch = pending.slice(0, safeEnd);
      pending = pending.slice(safeEnd);
      scanned -= safeEnd;
      safeEnd = 0;
      yield* parseBatch(batch);
    }
  }
  if (pending !== '') yield* parseBatch(pending);
  if (header === undefined) throw new CsvError('is empty: expected a header line naming the columns, then one line per record', 1);
}
