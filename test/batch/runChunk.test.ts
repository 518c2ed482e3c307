import { describe, expect, test } from 'vitest';
import { keepsLine, runChunk } from '../../src/batch/runChunk';
import { articleBaseline } from './support';

const line = (id: string, extra: object = {}) => JSON.stringify({ id, ...articleBaseline, ...extra });

describe('runChunk', () => {
  const text = `${line('a')}\n\n${line('b', { openRate: 3 })}\r\n{"id": "c"\n${line('d')}`;

  test('numbers lines from the chunk’s first, skips blank ones, keeps the order and the ids, reports bad lines and goes on', () => {
    const out = runChunk({ kind: 'lines', text, firstLine: 10 }, { horizonsYears: [1] }, {}, 'ndjson');
    const lines = out.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; id?: string; error?: string[] });
    expect(lines.map((l) => [l.line, l.id ?? null, l.error === undefined])).toEqual([
      [10, 'a', true],
      [12, 'b', false],
      [13, null, false],
      [14, 'd', true],
    ]);
    expect(out.lines).toBe(4);
    expect(out.failed).toBe(2);
    expect(out.text.endsWith('\n')).toBe(true);
  });

  test('computes only the lines of the filter: after a resumed line, of one shard', () => {
    const numbers = (filter: object) => runChunk({ kind: 'lines', text, firstLine: 10 }, { horizonsYears: [1] }, filter, 'results').results.map((r) => r.line);
    expect(numbers({ after: 12 })).toEqual([13, 14]);
    expect(numbers({ shard: { index: 0, count: 2 } })).toEqual([10, 12, 14]);
    expect(numbers({ shard: { index: 1, count: 2 } })).toEqual([13]);
  });

  test('CSV rows and values give the same results as the same lines of NDJSON', () => {
    const cells = Object.fromEntries(Object.entries({ id: 'a', ...articleBaseline }).map(([k, v]) => [k, String(v)]));
    const fromCsv = runChunk({ kind: 'rows', rows: [{ line: 2, cells }] }, {}, {}, 'ndjson').text;
    const fromJson = runChunk({ kind: 'lines', text: `\n${line('a')}\n`, firstLine: 1 }, {}, {}, 'ndjson').text;
    const fromValues = runChunk({ kind: 'values', values: [0, { id: 'a', ...articleBaseline }], firstLine: 1 }, {}, { after: 1 }, 'ndjson').text;
    expect(fromCsv).toBe(fromJson);
    expect(fromValues).toBe(fromJson);
  });

  test('writes CSV rows', () => {
    const out = runChunk({ kind: 'lines', text: line('a'), firstLine: 1 }, { horizonsYears: [1, 5] }, {}, 'csv');
    expect(out.text.split('\n').map((r) => r.split(',').slice(0, 3).join(','))).toEqual(['1,a,1', '1,a,5', '']);
  });
});

describe('keepsLine', () => {
  test('keeps lines after `after` whose number is ≡ index (mod count)', () => {
    expect([1, 2, 3, 4, 5, 6].filter((n) => keepsLine({ after: 2, shard: { index: 0, count: 3 } }, n))).toEqual([3, 6]);
  });
});
