import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runBatch } from '../../src/parallel/runBatch';
import { articleBaseline, articleFile } from '../batch/support';

const folder = mkdtempSync(join(tmpdir(), 'email-npv-run-'));
const lines = Array.from({ length: 400 }, (_, i) =>
  i % 100 === 42
    ? '{"id": "broken"'
    : JSON.stringify(i % 150 === 9 ? { id: `f${i}`, ...articleFile } : { id: `l${i}`, ...articleBaseline, subscribers: 500 + i }),
);
const input = join(folder, 'in.ndjson');
writeFileSync(input, `${lines.join('\n')}\n`);
const base = { input, inputFormat: 'ndjson' as const, format: 'ndjson' as const, settings: { horizonsYears: [1, 3] }, resume: false };

describe('runBatch', () => {
  test('the same file on the main thread and on 2 worker threads, one line per line in order; the summary counts', async () => {
    const one = await runBatch({ ...base, out: join(folder, 'a.ndjson'), workers: 0 });
    const two = await runBatch({ ...base, out: join(folder, 'b.ndjson'), workers: 2 });
    const a = readFileSync(join(folder, 'a.ndjson'), 'utf8');
    expect(readFileSync(join(folder, 'b.ndjson'), 'utf8')).toBe(a);
    expect(
      a
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { line: number }).line),
    ).toEqual(lines.map((_, i) => i + 1));
    expect(one).toMatchObject({ lines: 400, failed: 4, resumedAfter: 0 });
    expect(two).toMatchObject({ lines: 400, failed: 4 });
  });

  test('standard input to standard output, CSV out with its header once', async () => {
    const stdout = new PassThrough();
    let written = '';
    stdout.on('data', (d: Buffer) => (written += d.toString()));
    await runBatch({ ...base, input: '-', out: '-', format: 'csv', workers: 1, stdin: Readable.from([lines.slice(0, 3).join('\n')]), stdout });
    expect(written.split('\n').slice(0, 3)).toEqual([
      'line,id,horizon,scenario,npv,winner,error',
      expect.stringMatching(/^1,l0,1,,/),
      expect.stringMatching(/^1,l0,3,,/),
    ]);
    expect(written.split('\n').filter((r) => r.startsWith('line,'))).toHaveLength(1);
  });

  test('a shard computes its lines only', async () => {
    const summary = await runBatch({ ...base, out: join(folder, 'shard.ndjson'), workers: 1, shard: { index: 1, count: 3 } });
    const numbers = readFileSync(join(folder, 'shard.ndjson'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { line: number }).line);
    expect(numbers).toEqual(lines.map((_, i) => i + 1).filter((n) => n % 3 === 1));
    expect(summary.lines).toBe(numbers.length);
  });
});
