import type { Readable } from 'node:stream';
import { csvRecords } from '../csv/csvRecords';
import type { BatchChunk } from '../batch/runChunk';

/** Most lines (or CSV rows) per chunk handed to a worker when lines are cheap; a batch with draws asks for fewer. */
export const LINES_PER_CHUNK = 256;

/** The number of line feeds in `text`. */
function lineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Whole lines cut into pieces of at most `maxLines` lines. */
function* pieces(text: string, maxLines: number): Generator<string> {
  let start = 0;
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (++lines < maxLines) continue;
    yield text.slice(start, at + 1);
    [start, lines] = [at + 1, 0];
  }
  if (start < text.length) yield text.slice(start);
}

/**
 * An NDJSON stream cut into chunks of whole lines, each with its first line's number (from 1): a chunk per read
 * (the text up to its last line feed; a line longer than a read waits for the next ones), so memory holds a few
 * reads whatever the input's size. A leading byte-order mark is dropped. Chunks whose lines all come at or before
 * `skipThrough` (a resumed run's lines already written) are not yielded. A read of more than `maxLines` lines is cut
 * into chunks of `maxLines`, so that the threads share costly lines (Monte Carlo) evenly.
 *
 * @param stream - the input, decoded as UTF-8 text (`setEncoding('utf8')`)
 * @param skipThrough - the last line already done (0: none)
 * @param onRead - called with the bytes of each read, for progress
 * @param maxLines - most lines a chunk (default {@link LINES_PER_CHUNK})
 *
 * @example
 * import { Readable } from 'node:stream';
 * const chunks = [];
 * for await (const c of ndjsonChunks(Readable.from(['{"a":1}\n{"a"', ':2}\n{"a":3}']))) chunks.push(c);
 * chunks //=> [{ kind: 'lines', text: '{"a":1}\n', firstLine: 1 }, { kind: 'lines', text: '{"a":2}\n', firstLine: 2 }, { kind: 'lines', text: '{"a":3}', firstLine: 3 }]
 */
export async function* ndjsonChunks(
  stream: Readable,
  skipThrough = 0,
  onRead?: (bytes: number) => void,
  maxLines = LINES_PER_CHUNK,
): AsyncGenerator<BatchChunk> {
  let pending = '';
  let firstLine = 1;
  let start = true;
  const emit = (text: string): BatchChunk | undefined => {
    const lines = lineFeeds(text);
    const chunk: BatchChunk = { kind: 'lines', text, firstLine };
    const last = firstLine + Math.max(lines, 1) - 1;
    firstLine += lines;
    return last > skipThrough ? chunk : undefined;
  };
  for await (const read of stream) {
    let text = String(read);
    onRead?.(Buffer.byteLength(text));
    if (start) {
      text = text.replace(/^\uFEFF/, '');
      start = false;
    }
    pending += text;
    const cut = pending.lastIndexOf('\n');
    if (cut === -1) continue;
    const whole = pending.slice(0, cut + 1);
    pending = pending.slice(cut + 1);
    for (const piece of pieces(whole, maxLines)) {
      const chunk = emit(piece);
      if (chunk !== undefined) yield chunk;
    }
  }
  if (pending !== '') {
    const chunk = emit(pending);
    if (chunk !== undefined) yield chunk;
  }
}

/**
 * A CSV stream (a header naming input fields, then one scenario a row) cut into chunks of rows, each row with the
 * line it starts on (the header is line 1), as `csvRecords` reads them: quoted cells may hold commas and line breaks.
 * Rows at or before `skipThrough` are not passed on.
 *
 * @param stream - the input (bytes or text)
 * @param skipThrough - the last line already done (0: none)
 * @param onRead - called with the bytes of each read, for progress
 * @param maxRows - most rows a chunk (default {@link LINES_PER_CHUNK})
 * @throws {CsvError} for a file that is not CSV (a row with more cells than the header …): the batch stops there
 *
 * @example
 * import { Readable } from 'node:stream';
 * const chunks = [];
 * for await (const c of csvChunks(Readable.from(['id,subscribers\na,100\nb,200\n']), 2)) chunks.push(c);
 * chunks //=> [{ kind: 'rows', rows: [{ line: 3, cells: { id: 'b', subscribers: '200' } }] }]
 */
export async function* csvChunks(stream: Readable, skipThrough = 0, onRead?: (bytes: number) => void, maxRows = LINES_PER_CHUNK): AsyncGenerator<BatchChunk> {
  const counted = async function* () {
    for await (const read of stream) {
      onRead?.(typeof read === 'string' ? Buffer.byteLength(read) : (read as Uint8Array).length);
      yield read as string | Uint8Array;
    }
  };
  let rows: { line: number; cells: Readonly<Record<string, string>> }[] = [];
  for await (const record of csvRecords(counted())) {
    if (record.row <= skipThrough) continue;
    rows.push({ line: record.row, cells: record.cells });
    if (rows.length >= maxRows) {
      yield { kind: 'rows', rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { kind: 'rows', rows };
}
