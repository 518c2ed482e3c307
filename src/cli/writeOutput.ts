import { statSync, unlinkSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cannotWrite, type OutputTarget } from './outputTarget';

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Writes `content` to an open file handle, then flushes it to the disk. */
async function writeAndFlush(path: string, flags: string, mode: number, content: string, direct: boolean): Promise<void> {
  const handle = await open(path, flags, mode);
  try {
    await handle.writeFile(content);
    if (!direct) await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a command's output file, never leaving it half-written: the content goes to a temporary
 * file in the target's folder, is flushed to the disk (fsync), then renamed over the target, which
 * is atomic. On any failure the target is untouched and the temporary file removed; an interrupt
 * (SIGINT, SIGTERM, SIGHUP) while writing removes it too, then ends the process by that signal.
 * A target that exists and is not a regular file (`/dev/null`, a pipe) is written directly.
 * `-` means standard output: nothing is written and the content is returned for the caller to print,
 * without its final line feed (the CLI prints text and a line feed: standard output then holds the file's bytes).
 *
 * @param target - from `outputTarget` (checked before the command did its work)
 * @param content - the whole file
 * @returns the content (less a final line feed) when the target is `-`, else undefined
 * @throws {InputError} `--out: cannot be written (no space left on device)` (the target left as it was)
 *
 * @example
 * import { outputTarget } from './outputTarget';
 * await writeOutput(outputTarget('--out', '-', ['in.json']), 'month,npv\n1,400\n') //=> 'month,npv\n1,400'
 */
export async function writeOutput(target: OutputTarget, content: string): Promise<string | undefined> {
  if (target.path === '-') return content.endsWith('\n') ? content.slice(0, -1) : content;
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(target.path);
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && !existing.isFile()) {
    try {
      await writeAndFlush(target.path, 'w', 0o666, content, true);
    } catch (error) {
      throw cannotWrite(target.option, error);
    }
    return undefined;
  }
  const temporary = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const cleanUp = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temporary);
    } catch {
      // not created yet, or already renamed
    }
    for (const s of signals) process.removeListener(s, cleanUp);
    process.kill(process.pid, signal);
  };
  for (const s of signals) process.on(s, cleanUp);
  try {
    await writeAndFlush(temporary, 'wx', existing === undefined ? 0o666 : existing.mode & 0o7777, content, false);
    await rename(temporary, target.path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw cannotWrite(target.option, error);
  } finally {
    for (const s of signals) process.removeListener(s, cleanUp);
  }
  return undefined;
}
