import { open, rename, stat, type FileHandle } from 'node:fs/promises';
import { InputError } from '../errors/inputError';
import { resumeCut } from './resumeCut';

/** Where a batch writes: appended to, then made final. */
export interface BatchOutput {
  /** The last input line the output already holds whole (a resumed run's; 0 for a fresh one). */
  readonly after: number;
  /** Whether the output is empty: a CSV output then needs its header. */
  readonly empty: boolean;
  /** Appends text (whole lines or rows). */
  write(text: string): Promise<void>;
  /** Flushes to the disk and gives the output its final name. */
  finish(): Promise<void>;
  /** Closes without giving the output its final name (what is written stays for `--resume`). */
  abandon(): Promise<void>;
}

/** The unfinished output's name: `<out>.partial`. */
export const partialPath = (out: string): string => `${out}.partial`;

/** The output's end, read back from its last `length` bytes. */
async function tail(handle: FileHandle, size: number, length: number): Promise<Buffer> {
  const start = Math.max(0, size - length);
  const buffer = Buffer.alloc(size - start);
  await handle.read(buffer, 0, buffer.length, start);
  return buffer;
}

/** The cut of an existing partial output (see `resumeCut`), reading back from its end as far as needed. */
async function cutOf(handle: FileHandle, csv: boolean) {
  const { size } = await handle.stat();
  for (let length = 1 << 16; ; length *= 4) {
    const whole = length >= size;
    const bytes = await tail(handle, size, length);
    const cut = resumeCut(bytes, whole, csv);
    if (cut !== undefined) return { keep: size - bytes.length + cut.keep, after: cut.after };
  }
}

/**
 * Opens a batch's file output. It is written as `<out>.partial`, appended to, and renamed to `out` when the run
 * completes: `out` is never half-written, and a run that stops (a crash, Ctrl-C, a killed machine) leaves the
 * partial file. With `resume`, an existing partial file is cut back to its last whole row (see `resumeCut`) and
 * appended to; without it, one is refused, so that an interrupted run's work is never lost unasked.
 *
 * @param out - the output's path
 * @param option - the option that names it, for messages (`--out`)
 * @param resume - whether to continue a partial output
 * @param csv - whether the output is CSV
 * @throws {InputError} `--out: an interrupted run left results.ndjson.partial: continue it with --resume, or delete it`
 *
 * @example
 * // not run: writes files (see test/parallel/batchOutput.test.ts)
 * const output = await openBatchOutput('results.ndjson', '--out', false, false);
 */
export async function openBatchOutput(out: string, option: string, resume: boolean, csv: boolean): Promise<BatchOutput> {
  const partial = partialPath(out);
  const exists = await stat(partial).then(
    () => true,
    () => false,
  );
  if (exists && !resume) throw new InputError([{ path: option, rule: `an interrupted run left ${partial}: continue it with --resume, or delete it` }]);
  let handle: FileHandle;
  let after = 0;
  let empty = true;
  if (exists) {
    handle = await open(partial, 'r+');
    const cut = await cutOf(handle, csv);
    await handle.truncate(cut.keep);
    [after, empty] = [cut.after, cut.keep === 0];
    await handle.close();
    handle = await open(partial, 'a');
  } else {
    handle = await open(partial, 'wx');
  }
  return {
    after,
    empty,
    async write(text) {
      await handle.write(text);
    },
    async finish() {
      await handle.sync();
      await handle.close();
      await rename(partial, out);
    },
    async abandon() {
      await handle.close();
    },
  };
}
