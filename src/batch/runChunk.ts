import { isPlainObject } from '../json/isPlainObject';
import { type BatchItem, itemOf, jsonLineItem } from './batchItem';
import { type BatchResult, type BatchSettings, batchResult } from './batchResult';
import { csvRowItem } from './csvRowItem';
import { resultCsvRows } from './resultCsv';

/** A piece of a batch's input, as the reader hands it to a worker: whole NDJSON lines, CSV rows, or values (`forecastMany`). */
export type BatchChunk =
  | { readonly kind: 'lines'; readonly text: string; readonly firstLine: number }
  | { readonly kind: 'rows'; readonly rows: readonly { readonly line: number; readonly cells: Readonly<Record<string, string>> }[] }
  | { readonly kind: 'values'; readonly values: readonly unknown[]; readonly firstLine: number };

/** Which lines a run computes: those after `after` (resume) whose number is ≡ `shard.index` (mod `shard.count`). */
export interface LineFilter {
  readonly after?: number;
  readonly shard?: { readonly index: number; readonly count: number };
}

/** How a chunk's results come back: NDJSON text, CSV rows, or the result objects. */
export type ChunkOutputKind = 'ndjson' | 'csv' | 'results';

/** What a run of a chunk gives: the output text (or results), and how many lines it computed and how many failed. */
export interface ChunkOutput {
  readonly text: string;
  readonly results: readonly BatchResult[];
  readonly lines: number;
  readonly failed: number;
}

/** Whether the filter keeps line `line`. */
export const keepsLine = (filter: LineFilter, line: number): boolean =>
  line > (filter.after ?? 0) && (filter.shard === undefined || line % filter.shard.count === filter.shard.index);

/** The chunk's items that the filter keeps, in order (blank NDJSON lines skipped, their numbers counted). */
function itemsOf(chunk: BatchChunk, filter: LineFilter): BatchItem[] {
  const items: BatchItem[] = [];
  if (chunk.kind === 'rows') {
    for (const { line, cells } of chunk.rows) if (keepsLine(filter, line)) items.push(csvRowItem(line, cells));
  } else if (chunk.kind === 'values') {
    chunk.values.forEach((value, i) => {
      const line = chunk.firstLine + i;
      if (!keepsLine(filter, line)) return;
      items.push(isPlainObject(value) ? itemOf(line, value) : { line, problems: ['(line): must be an object (a scenario input or a scenario file)'] });
    });
  } else {
    let line = chunk.firstLine;
    for (let start = 0; start < chunk.text.length; line++) {
      const end = chunk.text.indexOf('\n', start);
      const stop = end === -1 ? chunk.text.length : end;
      const text = chunk.text.slice(start, stop).replace(/\r$/, '');
      if (keepsLine(filter, line) && text.trim() !== '') items.push(jsonLineItem(line, text));
      start = stop + 1;
    }
  }
  return items;
}

/**
 * Computes one chunk of a batch: reads its lines, keeps those of the filter, computes each (`batchResult`) and
 * writes the results in input order as NDJSON lines (`JSON.stringify` of the result, one a line) or CSV rows
 * (`resultCsvRows`), or hands back the results themselves. Pure: what a worker thread runs, and the main thread
 * when there are no workers.
 *
 * @param chunk - whole lines (`lines`: NDJSON text, its first line's number), CSV rows, or values
 * @param settings - horizons, draws, seed, exact
 * @param filter - the lines to compute (resume, shard)
 * @param kind - what to give back
 *
 * @example
 * const text = `${JSON.stringify({ id: 'a', ...articleBaseline })}\n\n{"id": "b"}\n`;
 * runChunk({ kind: 'lines', text, firstLine: 1 }, { horizonsYears: [1] }, {}, 'ndjson').text.split('\n')[0] //=> '{"line":1,"id":"a","npv":{"1":9485.17…}}'
 * runChunk({ kind: 'lines', text, firstLine: 1 }, { horizonsYears: [1] }, {}, 'ndjson').failed //=> 1
 */
export function runChunk(chunk: BatchChunk, settings: BatchSettings, filter: LineFilter, kind: ChunkOutputKind): ChunkOutput {
  const results = itemsOf(chunk, filter).map((item) => batchResult(item, settings));
  const failed = results.filter((r) => r.error !== undefined).length;
  if (kind === 'results') return { text: '', results, lines: results.length, failed };
  const draws = settings.draws !== undefined;
  const text = kind === 'csv' ? results.map((r) => resultCsvRows(r, draws)).join('') : results.map((r) => `${JSON.stringify(r)}\n`).join('');
  return { text, results: [], lines: results.length, failed };
}
