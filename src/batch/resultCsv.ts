import { csvNumber } from '../render/csvNumber';
import { renderTable } from '../render/renderTable';
import type { BatchResult, ByScenario, Money } from './batchResult';

/** The columns of a batch's CSV output: the result line's fields, one row per horizon (and scenario, for a scenario file). */
export const RESULT_COLUMNS = ['line', 'id', 'horizon', 'scenario', 'npv', 'winner', 'error'] as const;
/** The columns added with draws. */
export const DRAW_COLUMNS = ['p5', 'p50', 'p95', 'pBeats'] as const;

/**
 * The header of a batch's CSV output.
 *
 * @param draws - whether the batch has draws (adds `p5`, `p50`, `p95`, `pBeats`)
 *
 * @example
 * resultCsvHeader(false) //=> 'line,id,horizon,scenario,npv,winner,error\n'
 */
export function resultCsvHeader(draws: boolean): string {
  return `${renderTable('csv', draws ? [...RESULT_COLUMNS, ...DRAW_COLUMNS] : [...RESULT_COLUMNS], [])}\n`;
}

/** A money or probability cell: numbers in plain decimal notation, exact text as it is, empty when absent. */
const cell = (value: Money | undefined): string => (value === undefined ? '' : typeof value === 'number' ? csvNumber(value) : value);

/**
 * One line's result as CSV rows (each ending in a line feed), under {@link resultCsvHeader}: the same fields as
 * the NDJSON line, one row per horizon for a scenario input and per horizon and scenario for a scenario file
 * (`winner` repeats the horizon's winner on each), one row with `error` (its messages joined by `; `) for a bad line.
 * Numbers are written in full (`csvNumber`), exact NPVs as their decimal text.
 *
 * @param result - the line's result
 * @param draws - whether the batch has draws (the header's extra columns)
 *
 * @example
 * resultCsvRows({ line: 2, id: 'a', npv: { '1': 9485.17, '5': 97796.78 } }, false) //=> '2,a,1,,9485.17,,\n2,a,5,,97796.78,,\n'
 * resultCsvRows({ line: 3, error: ['openRate: must be a fraction'] }, false) //=> '3,,,,,,openRate: must be a fraction\n'
 */
export function resultCsvRows(result: BatchResult, draws: boolean): string {
  const id = result.id === undefined ? '' : String(result.id);
  const extra = (h: string, name: string | undefined): string[] => {
    if (!draws) return [];
    const of = (field: BatchResult['p5']) => {
      const value = field?.[h];
      return cell(typeof value === 'object' ? value[name!] : value);
    };
    return [of(result.p5), of(result.p50), of(result.p95), cell(name === undefined ? undefined : result.pBeats?.[h]?.[name])];
  };
  const rows: string[][] = [];
  if (result.error !== undefined) rows.push([String(result.line), id, '', '', '', '', result.error.join('; '), ...(draws ? ['', '', '', ''] : [])]);
  for (const [h, value] of Object.entries(result.npv ?? {})) {
    if (typeof value !== 'object') {
      rows.push([String(result.line), id, h, '', cell(value), '', '', ...extra(h, undefined)]);
      continue;
    }
    for (const [name, npv] of Object.entries(value as ByScenario<Money>)) {
      rows.push([String(result.line), id, h, name, cell(npv), result.winner?.[h] ?? '', '', ...extra(h, name)]);
    }
  }
  return rows.length === 0 ? '' : `${renderTable('csv', rows[0]!, rows.slice(1))}\n`;
}
