import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { outputTarget } from '../../src/cli/outputTarget';
import { writeOutput } from '../../src/cli/writeOutput';
import { InputError } from '../../src/errors/inputError';

const dir = mkdtempSync(join(tmpdir(), 'email-npv-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;
const input = join(dir, 'in.json');
writeFileSync(input, '{"a": 1}');
const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

/** The InputError a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('writeOutput: whole or not at all', () => {
  test('replaces the target atomically, keeps its permissions, leaves no temporary file', async () => {
    const target = join(dir, 'report.html');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    expect(await writeOutput(outputTarget('--out', target, [input]), 'new content')).toBeUndefined();
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  test('- hands the content back, for standard output', async () => {
    expect(await writeOutput(outputTarget('--out', '-', [input]), 'html')).toBe('html');
    // the CLI prints text and a line feed: a file's final line feed is left to it
    expect(await writeOutput(outputTarget('--out', '-', [input]), '{}\n')).toBe('{}');
  });

  test('a full disk (/dev/full) is "no space left on device"; a device is written directly, never replaced', async () => {
    const error = await rejection(writeOutput({ option: '--out', path: '/dev/full' }, 'x'.repeat(100_000)));
    expect(error.problems).toEqual([{ path: '--out', rule: 'cannot be written (no space left on device)' }]);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(leftovers('/dev')).toEqual([]);
    expect(await writeOutput({ option: '--out', path: '/dev/null' }, 'x')).toBeUndefined();
  });

  test('a folder that vanished between the check and the write: the error is plain, nothing is left', async () => {
    const folder = join(dir, 'gone');
    mkdirSync(folder);
    const target = outputTarget('--out', join(folder, 'r.html'), []);
    rmSync(folder, { recursive: true });
    expect((await rejection(writeOutput(target, 'x'))).problems).toEqual([{ path: '--out', rule: 'cannot be written (no such folder)' }]);
  });

  test.skipIf(isRoot)('a read-only folder: the old file is untouched and no temporary file is left (skipped as root)', async () => {
    const folder = join(dir, 'locked');
    mkdirSync(folder);
    writeFileSync(join(folder, 'r.html'), 'old');
    chmodSync(folder, 0o555);
    try {
      expect((await rejection(writeOutput({ option: '--out', path: join(folder, 'r.html') }, 'new'))).problems).toEqual([
        { path: '--out', rule: 'cannot be written (permission denied)' },
      ]);
      expect(readFileSync(join(folder, 'r.html'), 'utf8')).toBe('old');
      expect(leftovers(folder)).toEqual([]);
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});
