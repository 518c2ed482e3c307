import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readCsvFile } from '../../src/cli/readCsvFile';
import { csvRecords } from '../../src/csv/csvRecords';

const dir = mkdtempSync(join(tmpdir(), 'email-npv-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('streams a file of 200,000 rows in chunks far smaller than the file', async () => {
  const file = join(dir, 'big.csv');
  const line = (i: number) => `Send ${i},${1000 + (i % 3)},${i % 100}\n`;
  let text = 'Campaign Name,Delivered,Unique Opens\n';
  for (let i = 0; i < 200_000; i++) text += line(i);
  writeFileSync(file, text);
  let largest = 0;
  const chunks = (async function* () {
    for await (const chunk of readCsvFile(file, '--campaigns')) {
      largest = Math.max(largest, chunk.length);
      yield chunk;
    }
  })();
  let delivered = 0;
  let count = 0;
  for await (const record of csvRecords(chunks)) {
    delivered += Number(record.cells.Delivered);
    count++;
  }
  expect(count).toBe(200_000);
  // 200,000 × 1,000, plus 0 + 1 + 2 for each of 66,666 full cycles of three rows, plus 0 + 1 for the last two rows
  expect(delivered).toBe(200_000_000 + 66_666 * 3 + 1);
  expect(largest).toBeLessThanOrEqual(64 * 1024);
  expect(largest * 20).toBeLessThan(text.length);
});

it('names the option when the file cannot be read', async () => {
  await expect(readCsvFile(join(dir, 'none.csv'), '--list').next()).rejects.toThrow('--list: cannot be read (no such file)');
  await expect(readCsvFile(dir, '--list').next()).rejects.toThrow('--list: cannot be read (is a folder)');
});
