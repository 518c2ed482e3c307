import type { CsvRecord } from '../csv/csvRecords';
import { InputError } from '../errors/inputError';
import { cellReader } from './cellReader';
import type { RetentionTable } from './historyTypes';

/**
 * The header names of an audience export's sign-up and unsubscribe dates, the preferred first: Mailchimp's
 * audience export (CONFIRM_TIME, OPTIN_TIME; UNSUB_TIME in the unsubscribed contacts' file), and the
 * "date added" / "subscribed at" / "unsubscribed at" of the other ESPs' contact exports.
 */
export const audienceColumnNames = {
  signUp: [
    'confirm time',
    'optin time',
    'sign up date',
    'signup date',
    'subscribed at',
    'subscribe date',
    'subscription date',
    'date subscribed',
    'date added',
    'created at',
    'created',
    'joined',
  ],
  unsubscribe: ['unsub time', 'unsubscribe date', 'unsubscribed at', 'unsubscribed on', 'date unsubscribed', 'unsubscribe time', 'opt out date'],
} as const;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
const dayOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Whole months from day `from` to day `to` (a month is complete on the same day of the month, or the month's last day). */
function monthsBetween(from: number, to: number): number {
  const a = new Date(from * 86_400_000);
  const b = new Date(to * 86_400_000);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  const lastDay = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate();
  return b.getUTCDate() >= a.getUTCDate() || b.getUTCDate() === lastDay ? months : months - 1;
}

/**
 * Turns an audience export (one row per contact: a sign-up date and, for those gone, an unsubscribe
 * date) into the `tenure` layout of a retention table, as of the latest date in the file. With periods
 * of `periodMonths` months, a contact who left after m whole months counts as churned at tenure
 * ⌊m / periodMonths⌋ + 1 (they left during that period); one still subscribed after m whole months
 * counts as active at tenure ⌊m / periodMonths⌋. The dates are held as numbers, one pair per contact.
 *
 * @param records - the file's records, the first included
 * @param columns - the header's names of the sign-up and (when the export has one) unsubscribe columns
 * @param options - the file, its locale, the months a period spans
 * @returns the `tenure` table, tenures 0 to the longest, each with its churned and active
 * @throws {InputError} `a.csv row 7, column "UNSUB_TIME": 2024-01-02 is before the sign-up 2024-03-01`
 *
 * @example
 * import { csvRecords } from '../csv/csvRecords';
 * const text = 'Email,OPTIN_TIME,UNSUB_TIME\na@x,2025-01-01,2025-01-20\nb@x,2025-01-01,\nc@x,2025-02-10,2025-03-15\n';
 * await readAudienceExport(csvRecords(text), { signUp: 'OPTIN_TIME', unsubscribe: 'UNSUB_TIME' }, { file: 'a.csv', periodMonths: 1 })
 * //=> { layout: 'tenure', tenures: [{ tenure: 0, churned: 0, active: 0 }, { tenure: 1, churned: 1, active: 0 }, { tenure: 2, churned: 1, active: 1 }] }
 */
export async function readAudienceExport(
  records: AsyncIterable<CsvRecord> | Iterable<CsvRecord>,
  columns: { readonly signUp: string; readonly unsubscribe?: string },
  options: { readonly file: string; readonly locale?: string; readonly periodMonths: number },
): Promise<RetentionTable & { layout: 'tenure' }> {
  const cells = cellReader(options.file, options.locale ?? 'en-US');
  const signUps: number[] = [];
  const leaves: number[] = [];
  let asOf = -Infinity;
  for await (const record of cells.records(records)) {
    const signUp = cells.date(record, columns.signUp, true)!;
    const left = columns.unsubscribe === undefined ? undefined : cells.date(record, columns.unsubscribe);
    if (left !== undefined && left < signUp) cells.fail(record.row, columns.unsubscribe, `${left} is before the sign-up ${signUp}`);
    signUps.push(dayOf(signUp));
    leaves.push(left === undefined ? NaN : dayOf(left));
    asOf = Math.max(asOf, dayOf(left ?? signUp));
  }
  if (signUps.length === 0)
    throw new InputError([{ path: options.file, rule: 'has no contacts: expected a header line, then one line per contact' }], options.file);
  const churned: number[] = [];
  const active: number[] = [];
  const add = (list: number[], tenure: number) => {
    while (list.length <= tenure) list.push(0);
    list[tenure]! += 1;
  };
  for (let i = 0; i < signUps.length; i++) {
    const left = leaves[i]!;
    if (Number.isNaN(left)) add(active, Math.floor(monthsBetween(signUps[i]!, asOf) / options.periodMonths));
    else add(churned, Math.floor(monthsBetween(signUps[i]!, left) / options.periodMonths) + 1);
  }
  const longest = Math.max(churned.length, active.length);
  return {
    layout: 'tenure',
    tenures: Array.from({ length: longest }, (_, tenure) => ({ tenure, churned: churned[tenure] ?? 0, active: active[tenure] ?? 0 })),
  };
}
