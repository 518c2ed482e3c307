import { chmodSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { outputTarget } from '../../src/cli/outputTarget';
import { inputErrorOf } from '../model/support';

const dir = mkdtempSync(join(tmpdir(), 'email-npv-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;
const input = join(dir, 'in.json');
writeFileSync(input, '{"a": 1}');

describe('outputTarget: checked before any work', () => {
  test('the input itself, by any name (relative, ./a/../, symbolic link, hard link), is refused', () => {
    mkdirSync(join(dir, 'a'));
    symlinkSync(input, join(dir, 'link.json'));
    linkSync(input, join(dir, 'hard.json'));
    const names = [input, join(dir, 'a', '..', 'in.json'), relative(process.cwd(), input), join(dir, 'link.json'), join(dir, 'hard.json')];
    for (const name of names) {
      expect(inputErrorOf(() => outputTarget('--out', name, [input])).problems, name).toEqual([
        { path: '--out', rule: `is the input file ${input}: write to another file` },
      ]);
    }
    // any input of the command counts: the --observed file too, under the option's own name
    expect(inputErrorOf(() => outputTarget('--write', join(dir, 'link.json'), ['-', undefined, input])).problems).toEqual([
      { path: '--write', rule: `is the input file ${input}: write to another file` },
    ]);
  });

  test('the one input a command may update in place passes (calibrate --write onto its scenario file)', () => {
    expect(outputTarget('--write', join(dir, 'link.json'), [input, join(dir, 'other.json')], input)).toEqual({
      option: '--write',
      path: join(dir, 'link.json'),
    });
  });

  test('a folder, a missing folder, a path through a file are refused in plain words; - and a new file pass', () => {
    expect(inputErrorOf(() => outputTarget('--out', dir, [])).problems).toEqual([{ path: '--out', rule: 'cannot be written (is a folder)' }]);
    expect(inputErrorOf(() => outputTarget('--out', join(dir, 'none', 'r.html'), [])).problems).toEqual([
      { path: '--out', rule: 'cannot be written (no such folder)' },
    ]);
    expect(inputErrorOf(() => outputTarget('--out', join(input, 'r.html'), [])).problems).toEqual([
      { path: '--out', rule: 'cannot be written (a part of the path is not a folder)' },
    ]);
    expect(outputTarget('--out', '-', [input])).toEqual({ option: '--out', path: '-' });
    expect(outputTarget('--out', join(dir, 'new.html'), [input])).toEqual({ option: '--out', path: join(dir, 'new.html') });
  });

  test.skipIf(isRoot)('a read-only file is refused (root may write anything: skipped as root)', () => {
    const readOnly = join(dir, 'read-only.html');
    writeFileSync(readOnly, 'old');
    chmodSync(readOnly, 0o444);
    expect(inputErrorOf(() => outputTarget('--out', readOnly, [])).problems).toEqual([{ path: '--out', rule: 'cannot be written (permission denied)' }]);
  });
});
