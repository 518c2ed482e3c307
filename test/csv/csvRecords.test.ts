import { describe, expect, it } from 'vitest';
import { CsvError } from '../../src/csv/csvError';
import { type CsvRecord, csvRecords, type CsvSource } from '../../src/csv/csvRecords';

const all = async (source: CsvSource) => {
  const out: CsvRecord[] = [];
  for await (const r of csvRecords(source)) out.push(r);
  return out;
};
const failure = async (source: CsvSource) => {
  try {
    await all(source);
  } catch (error) {
    return error as CsvError;
  }
  throw new Error('no error');
};

describe('csvRecords', () => {
  it('reads quoted cells holding commas, doubled quotes and line breaks, keyed by the header', async () => {
    const rows = await all('name,note\n"a, b","say ""hi"""\n"two\nlines",x\n');
    expect(rows).toEqual([
      { row: 2, cells: { name: 'a, b', note: 'say "hi"' } },
      { row: 3, cells: { name: 'two\nlines', note: 'x' } },
    ]);
  });

  it('drops a byte-order mark, takes CR LF, skips empty lines and lines of empty cells, and counts lines as a text editor does', async () => {
    const rows = await all('\uFEFFa,b\r\n\r\n1,2\r\n,\r\n"x\r\ny",3\r\n4,5');
    expect(rows.map((r) => [r.row, r.cells.a])).toEqual([
      [3, '1'],
      [5, 'x\r\ny'],
      [7, '4'],
    ]);
    expect(Object.keys(rows[0]!.cells)).toEqual(['a', 'b']);
  });

  it('takes chunks of bytes split anywhere, even inside a character or a quoted cell', async () => {
    const bytes = new TextEncoder().encode('\uFEFFnom,montant\n"Café, ""été""",12\nÉlan,3\n');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(await all(chunks)).toEqual([
      { row: 2, cells: { nom: 'Café, "été"', montant: '12' } },
      { row: 3, cells: { nom: 'Élan', montant: '3' } },
    ]);
  });

  it('refuses a ragged row, naming its line', async () => {
    const error = await failure('a,b\n1,2\n\n3,4,5\n');
    expect(error).toBeInstanceOf(CsvError);
    expect(error.row).toBe(4);
    expect(error.message).toBe('row 4: has 3 cells where the header has 2 (quote a value that holds a comma: "1,234")');
    expect((await failure('a,b\n1\n')).row).toBe(2);
  });

  it('names the line where a quote that is never closed opens, and a quote after a closing quote', async () => {
    expect((await failure('a,b\n1,2\n"x,3\n4,5\n')).message).toBe('row 3: a quoted cell is not closed: a double quote (") is missing');
    expect((await failure('a,b\n1,"2"x\n')).message).toBe(
      'row 2: a quoted cell goes on after its closing quote: write a quote inside a quoted cell as two ("")',
    );
  });

  it('refuses a header naming a column twice, an empty text and bytes that are not UTF-8', async () => {
    expect((await failure('a,b,a\n1,2,3\n')).message).toBe('row 1: the header names column "a" twice (each column once)');
    expect((await failure('')).message).toMatch(/^row 1: is empty/);
    expect((await failure('\n\n')).message).toMatch(/^row 1: is empty/);
    expect((await failure([new Uint8Array([0x61, 0x0a, 0xff, 0x0a])])).message).toMatch(/is not UTF-8 text/);
  });

  it('gives no record for a header alone', async () => {
    expect(await all('a,b\n')).toEqual([]);
  });

  it('streams 200,000 rows given as chunks, holding far less than the whole text at once', async () => {
    const rowCount = 200_000;
    let produced = 0;
    let largestPending = 0;
    async function* chunks() {
      yield 'Campaign Name,Delivered,Unique Opens\n';
      for (let i = 0; i < rowCount; i += 1000) {
        let text = '';
        for (let j = i; j < i + 1000; j++) text += `"Send ${j}, spring",${1000 + (j % 7)},${j % 500}\n`;
        produced += text.length;
        largestPending = Math.max(largestPending, text.length);
        yield text;
      }
    }
    let count = 0;
    let sum = 0;
    let lastRow = 0;
    for await (const record of csvRecords(chunks())) {
      count++;
      sum += Number(record.cells['Unique Opens']);
      lastRow = record.row;
    }
    expect(count).toBe(rowCount);
    expect(lastRow).toBe(rowCount + 1);
    // Σ (j mod 500) over j < 200,000: 400 full cycles of 0 … 499
    expect(sum).toBe(400 * ((499 * 500) / 2));
    expect(largestPending * 50).toBeLessThan(produced);
  });
});
