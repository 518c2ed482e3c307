import type { CsvRecord } from '../csv/csvRecords';
import { InputError } from '../errors/inputError';
import { type CampaignColumn, campaignColumns } from './campaignColumns';
import { cellReader } from './cellReader';
import { findColumn } from './findColumn';
import type { CampaignRow } from './historyTypes';

/** How a campaign export is read. */
export interface ReadCampaignsOptions {
  /** The file's name as the user gave it, for messages. */
  readonly file: string;
  /** How the file writes numbers and dates (default en-US). */
  readonly locale?: string;
  /** Field → the header's name of its column, over the ESP names found (`{ delivered: 'Successful Deliveries' }`). */
  readonly columns?: Readonly<Record<string, string>>;
  /** A column whose value (a list or tag name) becomes each row's `segment`. */
  readonly segmentBy?: string;
}

/** The counts a rate column stands in for, where the export has no count: field ← rate column. */
const rateFor = [
  ['opens', 'openRate'],
  ['clicks', 'clickRate'],
  ['unsubscribes', 'unsubscribeRate'],
  ['complaints', 'complaintRate'],
  ['hardBounces', 'hardBounceRate'],
  ['orders', 'orderRate'],
] as const;

/** The words for a count in messages, where its field's name is not one. */
const labels: Partial<Record<CampaignColumn, string>> = {
  humanOpens: 'opens without machine opens',
  machineOpens: 'machine opens',
  hardBounces: 'hard bounces',
};

/**
 * Reads the records of a campaign export (one row per sent campaign) into {@link CampaignRow}s. Columns
 * are found by the ESP names of `campaignColumnNames` or `columns`. Delivered = sent − bounces (total,
 * or hard + soft) where the export has no delivered count. A rate column (open rate, click rate …, per
 * delivered email) gives its count (rate × delivered, rounded) only where the export has no count column
 * for it. Machine (Apple Mail Privacy Protection) opens are removed from unique opens where the export
 * gives them, or the opens without them.
 *
 * @param records - the file's records (`csvRecords` of its text)
 * @param options - the file's name, its locale, column names over the ESPs', the `--segment-by` column
 * @returns the campaigns in the file's order
 * @throws {InputError} naming the place: `c.csv row 12, column "Unique Opens": "n/a" is not a number`,
 *   `c.csv row 4, column "Unique Opens": 1,300 opens are more than the 1,200 delivered`, a file without a
 *   delivered count, a file without rows
 *
 * @example
 * import { csvRecords } from '../csv/csvRecords';
 * const text = 'Campaign Name,Send Time,Total Recipients,Bounces,Unique Opens,Click Rate\nSpring,2025-03-04,1000,20,"310",2.5%\n';
 * await readCampaigns(csvRecords(text), { file: 'c.csv' })
 * //=> [{ row: 2, name: 'Spring', date: '2025-03-04', delivered: 980, opens: 310, clicks: 25 }]
 * await readCampaigns(csvRecords('Delivered,Unique Opens\n1200,n/a\n'), { file: 'c.csv' })
 * //=> throws InputError: 'in c.csv:\nc.csv row 2, column "Unique Opens": "n/a" is not a number'
 */
export async function readCampaigns(records: AsyncIterable<CsvRecord> | Iterable<CsvRecord>, options: ReadCampaignsOptions): Promise<CampaignRow[]> {
  const { file } = options;
  const cells = cellReader(file, options.locale ?? 'en-US');
  const rows: CampaignRow[] = [];
  let columns: Partial<Record<CampaignColumn, string>> | undefined;
  let segmentColumn: string | undefined;
  for await (const record of cells.records(records)) {
    if (columns === undefined) {
      const header = Object.keys(record.cells);
      columns = campaignColumns(header, options.columns, file);
      checkColumns(columns, header, file);
      if (options.segmentBy !== undefined) {
        segmentColumn = findColumn(header, [options.segmentBy]);
        if (segmentColumn === undefined)
          throw new InputError(
            [{ path: '--segment-by', rule: `the file has no column ${JSON.stringify(options.segmentBy)} (its columns: ${header.join(', ')})` }],
            file,
          );
      }
    }
    rows.push(campaignRow(record, columns, segmentColumn, cells));
  }
  if (rows.length === 0) throw new InputError([{ path: file, rule: 'has no campaigns: expected a header line, then one line per sent campaign' }], file);
  return rows;
}

/** Refuses an export that cannot give delivered emails. */
function checkColumns(columns: Partial<Record<CampaignColumn, string>>, header: readonly string[], file: string): void {
  const bounced = columns.bounces ?? columns.hardBounces ?? columns.softBounces;
  if (columns.delivered !== undefined || (columns.sent !== undefined && bounced !== undefined)) return;
  throw new InputError(
    [
      {
        path: file,
        rule: `has no delivered count: expected a column such as "Delivered" or "Successful Deliveries", or "Sent" with "Bounces" (its columns: ${header.join(', ')}); name it with --columns delivered="…"`,
      },
    ],
    file,
  );
}

/** One record as a campaign, checked: counts whole and ≥ 0, none above the delivered emails. */
function campaignRow(
  record: CsvRecord,
  columns: Partial<Record<CampaignColumn, string>>,
  segmentColumn: string | undefined,
  cells: ReturnType<typeof cellReader>,
): CampaignRow {
  const count = (field: CampaignColumn) => (columns[field] === undefined ? undefined : cells.count(record, columns[field]));
  const delivered = deliveredOf(record, columns, cells);
  const counts: Partial<Record<CampaignColumn, number>> = {};
  for (const field of ['opens', 'humanOpens', 'machineOpens', 'clicks', 'unsubscribes', 'complaints', 'hardBounces', 'orders'] as const) {
    const value = count(field);
    if (value !== undefined) counts[field] = value;
  }
  for (const [field, rateField] of rateFor) {
    const column = columns[rateField];
    if (columns[field] !== undefined || column === undefined) continue;
    const rate = cells.rate(record, column);
    if (rate !== undefined) counts[field] = Math.round(rate * delivered);
  }
  const place = (field: CampaignColumn) => columns[field] ?? columns[rateFor.find(([f]) => f === field)?.[1] ?? field];
  const atMost = (field: CampaignColumn, value: number | undefined, limit: number, of: string) => {
    if (value !== undefined && value > limit)
      cells.fail(
        record.row,
        place(field),
        `${value.toLocaleString('en-US')} ${labels[field] ?? field} are more than the ${limit.toLocaleString('en-US')} ${of}`,
      );
  };
  let opens = counts.opens;
  let machineOpens: number | undefined;
  if (counts.humanOpens !== undefined) {
    atMost('humanOpens', counts.humanOpens, opens ?? delivered, opens === undefined ? 'delivered' : 'unique opens');
    machineOpens = opens === undefined ? counts.machineOpens : opens - counts.humanOpens;
    opens = counts.humanOpens;
  } else if (counts.machineOpens !== undefined && opens !== undefined) {
    atMost('machineOpens', counts.machineOpens, opens, 'unique opens');
    machineOpens = counts.machineOpens;
    opens -= machineOpens;
  }
  for (const field of ['opens', 'clicks', 'unsubscribes', 'complaints', 'orders'] as const) {
    atMost(field, field === 'opens' ? opens : counts[field], delivered, 'delivered');
  }
  const revenue = columns.revenue === undefined ? undefined : cells.amount(record, columns.revenue);
  const name = columns.name === undefined ? undefined : cells.text(record, columns.name);
  const date = columns.date === undefined ? undefined : cells.date(record, columns.date);
  const segment = segmentColumn === undefined ? undefined : cells.text(record, segmentColumn);
  if (segmentColumn !== undefined && segment === undefined)
    cells.fail(record.row, segmentColumn, 'is empty: with --segment-by every campaign needs its segment');
  return {
    row: record.row,
    ...(name === undefined ? {} : { name }),
    ...(date === undefined ? {} : { date }),
    ...(segment === undefined ? {} : { segment }),
    delivered,
    ...(opens === undefined ? {} : { opens }),
    ...(machineOpens === undefined ? {} : { machineOpens }),
    ...(counts.clicks === undefined ? {} : { clicks: counts.clicks }),
    ...(counts.unsubscribes === undefined ? {} : { unsubscribes: counts.unsubscribes }),
    ...(counts.complaints === undefined ? {} : { complaints: counts.complaints }),
    ...(counts.hardBounces === undefined ? {} : { hardBounces: counts.hardBounces }),
    ...(counts.orders === undefined ? {} : { orders: counts.orders }),
    ...(revenue === undefined ? {} : { revenue }),
  };
}

/** Delivered emails: the delivered column, else sent − bounces (total, or hard + soft). */
function deliveredOf(record: CsvRecord, columns: Partial<Record<CampaignColumn, string>>, cells: ReturnType<typeof cellReader>): number {
  if (columns.delivered !== undefined) return cells.count(record, columns.delivered, true)!;
  const sent = cells.count(record, columns.sent!, true)!;
  const bounces =
    columns.bounces === undefined
      ? (columns.hardBounces === undefined ? 0 : (cells.count(record, columns.hardBounces) ?? 0)) +
        (columns.softBounces === undefined ? 0 : (cells.count(record, columns.softBounces) ?? 0))
      : (cells.count(record, columns.bounces) ?? 0);
  if (bounces > sent)
    cells.fail(
      record.row,
      columns.bounces ?? columns.hardBounces ?? columns.softBounces,
      `${bounces.toLocaleString('en-US')} bounces are more than the ${sent.toLocaleString('en-US')} sent`,
    );
  return sent - bounces;
}
