import { readInputFile } from './readInputFile';

/**
 * Reads and parses a JSON file (`-` for standard input) through the CLI's one reader,
 * {@link readInputFile}: size-bounded, byte-order mark dropped, duplicate keys and deep nesting refused;
 * every problem an InputError naming the file.
 *
 * @param file - the file's path, or `-` for standard input
 * @param what - what the file is, for messages (default "file")
 *
 * @example
 * readJson('examples/moller-article.json').baselineName //=> 'baseline'
 */
export function readJson(file: string, what = 'file'): unknown {
  return readInputFile(file, what);
}
