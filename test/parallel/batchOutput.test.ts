import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openBatchOutput, partialPath } from '../../src/parallel/batchOutput';

const folder = mkdtempSync(join(tmpdir(), 'email-npv-output-'));

describe('openBatchOutput', () => {
  test('writes FILE.partial and renames it to FILE when done: FILE is never half-written', async () => {
    const out = join(folder, 'a.ndjson');
    writeFileSync(out, 'the previous results\n');
    const output = await openBatchOutput(out, '--out', false, false);
    expect(output).toMatchObject({ after: 0, empty: true });
    await output.write('{"line":1}\n');
    expect(readFileSync(out, 'utf8')).toBe('the previous results\n');
    expect(readFileSync(partialPath(out), 'utf8')).toBe('{"line":1}\n');
    await output.finish();
    expect(readFileSync(out, 'utf8')).toBe('{"line":1}\n');
    expect(existsSync(partialPath(out))).toBe(false);
  });

  test("refuses to start over an interrupted run's partial output unless asked to resume it", async () => {
    const out = join(folder, 'b.ndjson');
    writeFileSync(partialPath(out), '{"line":1}\n');
    await expect(openBatchOutput(out, '--out', false, false)).rejects.toThrow(
      `--out: an interrupted run left ${out}.partial: continue it with --resume, or delete it`,
    );
    expect(readFileSync(partialPath(out), 'utf8')).toBe('{"line":1}\n');
  });

  test('resumes: cuts the half-written line, appends after the last whole one', async () => {
    const out = join(folder, 'c.ndjson');
    writeFileSync(partialPath(out), '{"line":1}\n{"line":2}\n{"line":3,"np');
    const output = await openBatchOutput(out, '--out', true, false);
    expect(output).toMatchObject({ after: 2, empty: false });
    await output.write('{"line":3}\n');
    await output.finish();
    expect(readFileSync(out, 'utf8')).toBe('{"line":1}\n{"line":2}\n{"line":3}\n');
  });

  test('resumes a long output, reading back from its end only as far as needed', async () => {
    const out = join(folder, 'd.ndjson');
    const lines = Array.from({ length: 20_000 }, (_, i) => `{"line":${i + 1},"npv":{"1":${i}}}\n`).join('');
    writeFileSync(partialPath(out), `${lines}{"line":20001,"n`);
    const output = await openBatchOutput(out, '--out', true, false);
    expect(output.after).toBe(20_000);
    await output.abandon();
    expect(readFileSync(partialPath(out), 'utf8')).toBe(lines);
  });

  test('with resume and no partial output, starts a fresh one', async () => {
    const output = await openBatchOutput(join(folder, 'e.csv'), '--out', true, true);
    expect(output).toMatchObject({ after: 0, empty: true });
    await output.abandon();
  });
});
