import type { CsvRecord } from '../csv/csvRecords';
import { InputError } from '../errors/inputError';
import { cellReader } from './cellReader';
import { findColumn } from './findColumn';
import type { ListRow } from './historyTypes';

/** The header names of a list-size history, the preferred first (matched case- and space-insensitively). */
const names = {
  date: ['date', 'month', 'week', 'day', 'period', 'as of', 'snapshot date'],
  subscribers: [
    'subscribers',
    'subscriber count',
    'total subscribers',
    'active subscribers',
    'list size',
    'audience size',
    'members',
    'contacts',
    'total contacts',
    'size',
  ],
  newSubscribers: ['new', 'new subscribers', 'new contacts', 'subscribed', 'subscribes', 'joined', 'added', 'opt ins', 'signups', 'sign ups'],
  unsubscribed: ['unsubscribed', 'unsubscribes', 'unsubs', 'left', 'churned', 'lost', 'removed'],
} as const;

/**
 * Reads a list-size history (`date, subscribers`, and where the export gives them the new subscribers
 * and those who left since the row before) into {@link ListRow}s, sorted by date (exports often list
 * the newest first).
 *
 * @param records - the file's records (`csvRecords` of its text)
 * @param options - the file's name as the user gave it (for messages), and its locale (default en-US)
 * @returns one row per date, oldest first
 * @throws {InputError} naming the place: `l.csv row 5, column "date": 2025-03-01 appears twice (rows 4 and 5)`,
 *   a bad number or date, a header without a date or subscribers column, a file without rows
 *
 * @example
 * import { csvRecords } from '../csv/csvRecords';
 * await readListHistory(csvRecords('Month,Subscribers,New\n2025-02,"10,400",600\n2025-01,"10,000",\n'), { file: 'l.csv' })
 * //=> [{ row: 3, date: '2025-01-01', subscribers: 10000 }, { row: 2, date: '2025-02-01', subscribers: 10400, newSubscribers: 600 }]
 */
export async function readListHistory(
  records: AsyncIterable<CsvRecord> | Iterable<CsvRecord>,
  options: { readonly file: string; readonly locale?: string },
): Promise<ListRow[]> {
  const { file } = options;
  const cells = cellReader(file, options.locale ?? 'en-US');
  const rows: ListRow[] = [];
  const seen = new Map<string, number>();
  let columns: { date: string; subscribers: string; newSubscribers?: string; unsubscribed?: string } | undefined;
  for await (const record of cells.records(records)) {
    if (columns === undefined) {
      const header = Object.keys(record.cells);
      const date = findColumn(header, names.date);
      const subscribers = findColumn(header, names.subscribers);
      if (date === undefined || subscribers === undefined) {
        throw new InputError(
          [{ path: file, rule: `expected the columns date and subscribers (and new, unsubscribed where known); its columns: ${header.join(', ')}` }],
          file,
        );
      }
      const newSubscribers = findColumn(header, names.newSubscribers);
      const unsubscribed = findColumn(header, names.unsubscribed);
      columns = { date, subscribers, ...(newSubscribers === undefined ? {} : { newSubscribers }), ...(unsubscribed === undefined ? {} : { unsubscribed }) };
    }
    const date = cells.date(record, columns.date, true)!;
    const before = seen.get(date);
    if (before !== undefined) cells.fail(record.row, columns.date, `${date} appears twice (rows ${before} and ${record.row}): one row per date`);
    seen.set(date, record.row);
    const newSubscribers = columns.newSubscribers === undefined ? undefined : cells.count(record, columns.newSubscribers);
    const unsubscribed = columns.unsubscribed === undefined ? undefined : cells.count(record, columns.unsubscribed);
    rows.push({
      row: record.row,
      date,
      subscribers: cells.count(record, columns.subscribers, true)!,
      ...(newSubscribers === undefined ? {} : { newSubscribers }),
      ...(unsubscribed === undefined ? {} : { unsubscribed }),
    });
  }
  if (rows.length === 0)
    throw new InputError([{ path: file, rule: 'has no rows: expected a header line, then one line per date with the subscribers then' }], file);
  return rows.sort((a, b) => (a.date < b.date ? -1 : 1));
}
