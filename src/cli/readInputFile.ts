import { closeSync, openSync, readSync } from 'node:fs';
import type { z } from 'zod';
import { parseJson } from '../json/parseJson';
import { InputError } from '../errors/inputError';
import { problemsFromZod } from '../schema/problemsFromZod';

/** Largest file (or standard input) the CLI reads, in bytes: 50 MiB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const CHUNK_BYTES = 1 << 20;

/** Plain words for the errors opening or reading a file can meet, by Node's error code. */
export const readErrorReasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
};

/** Sleeps `ms` milliseconds without returning to the event loop (standard input not ready yet). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The bytes of the file (fd 0 for standard input), at most MAX_INPUT_BYTES, read a chunk at a time. */
function readBounded(file: string, what: string, shown: string): Buffer {
  const fail = (rule: string): never => {
    throw new InputError([{ path: what, rule }], shown);
  };
  const cannot = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return fail(`cannot be read (${readErrorReasons[code] ?? (error as Error).message})`);
  };
  let fd: number;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
  } catch (error) {
    return cannot(error);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let read: number;
      try {
        read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          pause(10);
          continue;
        }
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        return cannot(error);
      }
      if (read === 0) break;
      total += read;
      if (total > MAX_INPUT_BYTES) fail(`is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB: a scenario or observed file is a few kB`);
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a JSON file the user gave (`-` for standard input): the one reader behind every file the CLI
 * takes (scenario file, `--observed`, `--fatigue`). Reads at most {@link MAX_INPUT_BYTES} (50 MiB), a chunk
 * at a time, so `/dev/zero` stops at once; decodes UTF-8 (a leading byte-order mark is dropped); parses
 * with `parseJson` (a key twice in one object, nesting deeper than 200 levels and syntax errors with their
 * line and column are refused); then, when `schema` is given, checks the data against it.
 *
 * @param file - the file's path, or `-` for standard input
 * @param what - what the file is, for messages: `file`, `--observed`, `--fatigue`
 * @param schema - the file format's zod schema; without it the parsed JSON comes back as read
 * @returns the parsed (and, with a schema, validated) data
 * @throws {InputError} naming the file (`bad input in o.json`), e.g. `--observed: cannot be read (no such file)`,
 *   `hypotheses.H1: appears twice in the same object (each key once) (line 9, column 5)`, `observed[0].npv: must be a number (money)`
 *
 * @example
 * readInputFile('examples/moller-article.observed.json', '--observed', ObservedFile).observed.length //=> 18
 */
export function readInputFile(file: string, what?: string): unknown;
export function readInputFile<S extends z.ZodType>(file: string, what: string, schema: S): z.output<S>;
export function readInputFile(file: string, what = 'file', schema?: z.ZodType): unknown {
  const shown = file === '-' ? 'standard input' : file;
  const bytes = readBounded(file, what, shown);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError([{ path: what, rule: 'is not UTF-8 text: save it as UTF-8 JSON' }], shown);
  }
  if (text.trim() === '') throw new InputError([{ path: what, rule: 'is empty: expected JSON, e.g. { "baseline": { … }, "hypotheses": { … } }' }], shown);
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { path, rule } = parsed.problem;
    throw new InputError([{ path: path === '' ? what : path, rule }], shown);
  }
  if (schema === undefined) return parsed.value;
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) throw new InputError(problemsFromZod(result.error), shown);
  return result.data;
}
