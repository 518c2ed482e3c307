import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors/inputError';

/** Where a command writes: standard output (`-`), or a file given by an option. */
export interface OutputTarget {
  /** The option that names it, for messages: `--out`, `--write`. */
  readonly option: string;
  /** The path as given, or `-` for standard output. */
  readonly path: string;
}

/** Plain words for the errors met on writing. */
export const writeReasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is larger than the file-size limit',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EXDEV: 'the temporary file and the target are on different file systems',
};

/** `--out: cannot be written (reason)` for a failed file operation. */
export function cannotWrite(option: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new InputError([{ path: option, rule: `cannot be written (${writeReasons[code] ?? (error as Error).message})` }]);
}

/** The file's status, or undefined when it cannot be had (no such file, a part of the path not a folder, no permission). */
function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Checks an output path before any work is done: refused when it is the same file as an input of
 * the command (compared by device and inode, so symbolic links, hard links and `./a/../in.json` count),
 * when it is a folder or a file this user may not write, or when its folder does not exist. `-` (standard output) always passes.
 *
 * @param option - the option that names it, for messages (`--out`, `--write`)
 * @param path - the path as given
 * @param inputs - the command's input files as given (`-` and undefined are skipped); `allowed` among them may be overwritten
 * @param allowed - an input the command may update in place (calibrate's scenario file), or undefined
 * @returns the target, for `writeOutput`
 * @throws {InputError} `--out: is the input file in.json: write to another file`, `--out: cannot be written (is a folder)`
 *
 * @example
 * outputTarget('--out', 'examples/worked-example.json', ['examples/worked-example.json'])
 * //=> throws InputError: '--out: is the input file examples/worked-example.json: write to another file'
 */
export function outputTarget(option: string, path: string, inputs: readonly (string | undefined)[], allowed?: string): OutputTarget {
  if (path === '-') return { option, path };
  if (path === '') throw new InputError([{ path: option, rule: 'must name a file, or - for standard output' }]);
  const target = statOf(path);
  if (target !== undefined) {
    const allowedStat = allowed === undefined || allowed === '-' ? undefined : statOf(allowed);
    for (const input of inputs) {
      if (input === undefined || input === '-') continue;
      const stat = statOf(input);
      const same = (s: typeof stat) => s !== undefined && s.dev === target.dev && s.ino === target.ino;
      if (same(stat) && !same(allowedStat)) throw new InputError([{ path: option, rule: `is the input file ${input}: write to another file` }]);
    }
    if (target.isDirectory()) throw new InputError([{ path: option, rule: 'cannot be written (is a folder)' }]);
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      throw cannotWrite(option, error);
    }
    return { option, path };
  }
  const folder = statOf(dirname(resolve(path)));
  if (folder === undefined) throw new InputError([{ path: option, rule: 'cannot be written (no such folder)' }]);
  if (!folder.isDirectory()) throw new InputError([{ path: option, rule: 'cannot be written (a part of the path is not a folder)' }]);
  return { option, path };
}
