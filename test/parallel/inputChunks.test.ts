import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { csvChunks, ndjsonChunks } from '../../src/parallel/inputChunks';

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('ndjsonChunks', () => {
  test('cuts reads into whole lines numbered from 1, a BOM dropped, text split inside a character kept whole', async () => {
    const bytes = Buffer.from('\uFEFF{"id":"é"}\n{"id":"ü"}\n{"id":"c"}', 'utf8');
    // Reads cut anywhere, inside the two-byte é included: the stream decodes them as UTF-8.
    const stream = Readable.from([bytes.subarray(0, 9), bytes.subarray(9, 20), bytes.subarray(20)]);
    stream.setEncoding('utf8');
    const read: number[] = [];
    const chunks = await collect(ndjsonChunks(stream, 0, (n) => read.push(n)));
    const text = chunks.map((c) => (c.kind === 'lines' ? c.text : '')).join('');
    expect(text).toBe('{"id":"é"}\n{"id":"ü"}\n{"id":"c"}');
    // Each chunk's first line is 1 + the line feeds before it.
    const texts = chunks.map((c) => (c.kind === 'lines' ? c.text : ''));
    const expected = texts.map((_, i) => 1 + texts.slice(0, i).join('').split('\n').length - 1);
    expect(chunks.map((c) => (c.kind === 'lines' ? c.firstLine : 0))).toEqual(expected);
    expect(chunks.every((c) => c.kind === 'lines' && (c.text.endsWith('\n') || c === chunks.at(-1)))).toBe(true);
    expect(read.reduce((a, b) => a + b, 0)).toBe(bytes.length);
  });

  test('cuts a read of many lines into chunks of at most maxLines', async () => {
    const chunks = await collect(ndjsonChunks(Readable.from(['a\nb\nc\nd\ne\n', 'f']), 0, undefined, 2));
    expect(chunks).toEqual([
      { kind: 'lines', text: 'a\nb\n', firstLine: 1 },
      { kind: 'lines', text: 'c\nd\n', firstLine: 3 },
      { kind: 'lines', text: 'e\n', firstLine: 5 },
      { kind: 'lines', text: 'f', firstLine: 6 },
    ]);
  });

  test('skips chunks whose lines were all done, keeping the numbering', async () => {
    const chunks = await collect(ndjsonChunks(Readable.from(['a\nb\n', 'c\nd\n', 'e\n']), 3));
    expect(chunks).toEqual([
      { kind: 'lines', text: 'c\nd\n', firstLine: 3 },
      { kind: 'lines', text: 'e\n', firstLine: 5 },
    ]);
  });
});

describe('csvChunks', () => {
  test('gives rows with the line they start on, a quoted line break included', async () => {
    const chunks = await collect(csvChunks(Readable.from(['id,subscribers\n"a\nb",1\n', 'c,2\n'])));
    expect(chunks).toEqual([
      {
        kind: 'rows',
        rows: [
          { line: 2, cells: { id: 'a\nb', subscribers: '1' } },
          { line: 4, cells: { id: 'c', subscribers: '2' } },
        ],
      },
    ]);
  });

  test('cuts many rows into chunks of 256', async () => {
    const text = `id\n${Array.from({ length: 600 }, (_, i) => `r${i}`).join('\n')}\n`;
    const chunks = await collect(csvChunks(Readable.from([text])));
    expect(chunks.map((c) => (c.kind === 'rows' ? c.rows.length : 0))).toEqual([256, 256, 88]);
    const small = await collect(csvChunks(Readable.from([text]), 0, undefined, 250));
    expect(small.map((c) => (c.kind === 'rows' ? c.rows.length : 0))).toEqual([250, 250, 100]);
  });
});
