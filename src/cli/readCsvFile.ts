import { createReadStream } from 'node:fs';
import { InputError } from '../errors/inputError';
import { readErrorReasons } from './readInputFile';

/**
 * The bytes of a CSV file (`-` for standard input) as a stream of chunks, for `csvRecords`: the file is
 * read 64 KiB at a time and never held whole. A file that cannot be opened or read is an InputError
 * naming the option (`--campaigns: cannot be read (no such file)`).
 *
 * @param file - the file's path, or `-` for standard input
 * @param what - the option that names it, for messages (`--campaigns`, `--list`, `--retention`)
 *
 * @example
 * (await readCsvFile('examples/moller-article.json', '--campaigns').next()).done //=> false
 * await readCsvFile('no-such.csv', '--campaigns').next() //=> throws InputError: 'in no-such.csv:\n--campaigns: cannot be read (no such file)'
 */
export async function* readCsvFile(file: string, what: string): AsyncGenerator<Uint8Array> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(
      [{ path: what, rule: `cannot be read (${readErrorReasons[code] ?? (error as Error).message})` }],
      file === '-' ? 'standard input' : file,
    );
  }
}
