import type { CsvRecord } from '../csv/csvRecords';
import { InputError } from '../errors/inputError';
import { cellReader } from './cellReader';
import { findColumn } from './findColumn';
import type { RetentionTable } from './historyTypes';
import { audienceColumnNames, readAudienceExport } from './readAudienceExport';

/** The header names of the three layouts (matched case- and space-insensitively). */
const names = {
  period: ['period', 'periods', 'month', 'year'],
  alive: ['alive', 'remaining', 'retained', 'survivors', 'still subscribed'],
  cohort: ['cohort', 'cohort start', 'signup cohort'],
  tenure: ['tenure'],
  churned: ['churned', 'left', 'lost', 'unsubscribed'],
  active: ['active', 'still active', 'censored'],
} as const;

/** How a retention file is read. */
export interface ReadRetentionOptions {
  readonly file: string;
  readonly locale?: string;
  /** The months a period of the table spans; an audience export is cut into periods of this length. */
  readonly periodMonths: number;
}

/** One cohort's `alive` counts from its rows `[period, alive, row]`: periods 0, 1, 2 … each once, alive never rising. */
function aliveSeries(
  rows: [number, number, number][],
  fail: (row: number, column: string, rule: string) => never,
  columns: { period: string; alive: string },
): number[] {
  rows.sort((a, b) => a[0] - b[0]);
  const alive: number[] = [];
  for (const [period, count, row] of rows) {
    if (period !== alive.length) {
      fail(
        row,
        columns.period,
        period < alive.length ? `period ${period} appears twice` : `period ${alive.length} is missing: expected periods 0, 1, 2 … each once`,
      );
    }
    if (period === 0 && count === 0) fail(row, columns.alive, 'is 0 at period 0: a cohort starts with its size');
    if (period > 0 && count > alive[period - 1]!)
      fail(row, columns.alive, `${count} is more than the ${alive[period - 1]} alive a period before: people alive can only fall`);
    alive.push(count);
  }
  return alive;
}

/**
 * Reads a retention file into a {@link RetentionTable}, its layout told by the header: `period, alive`
 * (one cohort, period 0 its size); `cohort, period, alive` (several cohorts, each up to its own last
 * period); `tenure, churned, active` (per tenure, how many left after it and how many are still active
 * with it); or an audience export (one row per contact with a sign-up date and, when gone, an unsubscribe
 * date: Mailchimp's OPTIN_TIME and UNSUB_TIME, "Date Added" …), cut into periods of `periodMonths` months
 * as of the latest date in the file.
 *
 * @param records - the file's records (`csvRecords` of its text)
 * @param options - the file's name (for messages), its locale, the months a period spans
 * @throws {InputError} naming the place: `r.csv row 4, column "alive": 700 is more than the 650 alive a period before: people alive can only fall`,
 *   a period missing or twice, a header of none of the layouts, a file without rows
 *
 * @example
 * import { csvRecords } from '../csv/csvRecords';
 * await readRetentionTable(csvRecords('period,alive\n0,1000\n1,631\n2,468\n'), { file: 'r.csv', periodMonths: 12 })
 * //=> { layout: 'alive', alive: [1000, 631, 468] }
 * await readRetentionTable(csvRecords('tenure,churned,active\n1,40,10\n2,20,30\n'), { file: 'r.csv', periodMonths: 1 })
 * //=> { layout: 'tenure', tenures: [{ tenure: 1, churned: 40, active: 10 }, { tenure: 2, churned: 20, active: 30 }] }
 */
export async function readRetentionTable(records: AsyncIterable<CsvRecord> | Iterable<CsvRecord>, options: ReadRetentionOptions): Promise<RetentionTable> {
  const { file } = options;
  const cells = cellReader(file, options.locale ?? 'en-US');
  const iterator = cells.records(records);
  const first = await iterator.next();
  if (first.done === true)
    throw new InputError([{ path: file, rule: 'has no rows: expected a header line, then one line per period, tenure or contact' }], file);
  const all = (async function* () {
    yield first.value;
    yield* { [Symbol.asyncIterator]: () => iterator };
  })();
  const header = Object.keys(first.value.cells);
  const column = (key: keyof typeof names) => findColumn(header, names[key]);
  const [period, alive, cohort, tenure, churned, active] = [
    column('period'),
    column('alive'),
    column('cohort'),
    column('tenure'),
    column('churned'),
    column('active'),
  ];
  if (tenure !== undefined && churned !== undefined && active !== undefined) {
    const tenures: { tenure: number; churned: number; active: number }[] = [];
    const seen = new Map<number, number>();
    for await (const record of all) {
      const t = cells.count(record, tenure, true)!;
      if (seen.has(t)) cells.fail(record.row, tenure, `tenure ${t} appears twice (rows ${seen.get(t)} and ${record.row})`);
      seen.set(t, record.row);
      const left = cells.count(record, churned, true)!;
      if (t === 0 && left > 0) cells.fail(record.row, churned, 'must be 0 at tenure 0: who leaves during the first period counts at tenure 1');
      tenures.push({ tenure: t, churned: left, active: cells.count(record, active, true)! });
    }
    return { layout: 'tenure', tenures: tenures.sort((a, b) => a.tenure - b.tenure) };
  }
  if (period !== undefined && alive !== undefined) {
    const byCohort = new Map<string, [number, number, number][]>();
    for await (const record of all) {
      const name = cohort === undefined ? '' : (cells.text(record, cohort) ?? cells.fail(record.row, cohort, 'is empty: each row names its cohort'));
      const rows = byCohort.get(name) ?? [];
      rows.push([cells.count(record, period, true)!, cells.count(record, alive, true)!, record.row]);
      byCohort.set(name, rows);
    }
    const series = [...byCohort].map(([name, rows]) => ({ cohort: name, alive: aliveSeries(rows, cells.fail, { period, alive }) }));
    return cohort === undefined ? { layout: 'alive', alive: series[0]!.alive } : { layout: 'cohorts', cohorts: series };
  }
  const signUp = findColumn(header, audienceColumnNames.signUp);
  if (signUp !== undefined) {
    const unsubscribe = findColumn(header, audienceColumnNames.unsubscribe);
    return readAudienceExport(all, { signUp, ...(unsubscribe === undefined ? {} : { unsubscribe }) }, options);
  }
  throw new InputError(
    [
      {
        path: file,
        rule: `expected the columns period,alive; cohort,period,alive; tenure,churned,active; or an audience export with sign-up dates (e.g. OPTIN_TIME, "Date Added") and unsubscribe dates; its columns: ${header.join(', ')}`,
      },
    ],
    file,
  );
}
