/** Where a resumed run picks up: the bytes of the output to keep, and the last input line they hold whole. */
export interface ResumeCut {
  /** Bytes to keep from the start of what was read (the rest, a half-written row or line, is cut). */
  readonly keep: number;
  /** The last input line whose results are all kept (0: none). */
  readonly after: number;
}

const LINE_FEED = 0x0a;
const NDJSON_LINE = /^\{"line":(\d+)[,}]/;
const CSV_LINE = /^(\d+),/;

/**
 * Finds where a batch's output breaks off: the output's end is cut back to its last whole row, and for CSV, whose
 * rows for one input line may be several, also past the rows of the last input line (it is computed again). Reads
 * only the output's end: `undefined` asks for more of it when `bytes` does not reach far enough back.
 *
 * @param bytes - the end of the output (the whole of it when `whole`)
 * @param whole - whether `bytes` starts at the file's start (for CSV, its first row is the header)
 * @param csv - whether the output is CSV (else NDJSON)
 * @returns the bytes to keep and the last line done, or undefined to read further back
 * @throws {Error} when a row is not a batch output's (no line number first): the file is not one to resume
 *
 * @example
 * resumeCut(Buffer.from('{"line":1,"npv":{}}\n{"line":3,"npv":{}}\n{"line":4,"np'), true, false) //=> { keep: 40, after: 3 }
 * resumeCut(Buffer.from('line,id\n2,a,1\n2,a,3\n3,b,1\n3,b'), true, true) //=> { keep: 20, after: 2 }
 */
export function resumeCut(bytes: Uint8Array, whole: boolean, csv: boolean): ResumeCut | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.lastIndexOf(LINE_FEED);
  if (end === -1) return whole ? { keep: 0, after: 0 } : undefined;
  let last: number | undefined;
  for (let rowEnd = end; ;) {
    const previous = rowEnd === 0 ? -1 : buffer.lastIndexOf(LINE_FEED, rowEnd - 1);
    if (previous === -1 && !whole) return undefined;
    const rowStart = previous + 1;
    if (csv && rowStart === 0) return { keep: rowEnd + 1, after: 0 }; // the header: no line done whole
    const text = buffer.toString('latin1', rowStart, Math.min(rowEnd, rowStart + 32));
    const match = (csv ? CSV_LINE : NDJSON_LINE).exec(text);
    if (match === null) throw new Error(`a row of the output does not start with its line number: "${text}…" is not a batch's output`);
    const line = Number(match[1]);
    if (!csv) return { keep: end + 1, after: line };
    if (last === undefined) last = line;
    else if (line !== last) return { keep: rowEnd + 1, after: line };
    rowEnd = previous;
  }
}
