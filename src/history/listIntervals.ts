import { InputError, type InputProblem } from '../errors/inputError';
import type { ListRow } from './historyTypes';

/** Days in an average month of the Gregorian calendar: 365.2425 / 12. */
export const DAYS_PER_MONTH = 365.2425 / 12;

/** The flows of one stretch between two observations of the list (the first row's stretch: as long as the one after it). */
export interface ListInterval {
  /** The row that closes it. */
  readonly row: ListRow;
  /** Its length in months (by date difference). */
  readonly months: number;
  /** Its middle, in months after the first row's date (negative for the first row's stretch). */
  readonly middle: number;
  /** Subscriber-months on the list during it: the mean of its ends' sizes × its months (the first row's size alone for the first). */
  readonly exposure: number;
  /** New subscribers in it: the export's, or the size change plus the unsubscribed when only those are given. */
  readonly added?: number;
  /** Subscribers lost in it: the export's unsubscribed, or the new minus the size change. */
  readonly lost?: number;
}

/** A list history sorted by date, with each row's month and the stretches between rows. */
export interface ListIntervals {
  readonly rows: readonly ListRow[];
  /** Each row's date in months after the first row's. */
  readonly months: readonly number[];
  readonly intervals: readonly ListInterval[];
  /** How the flows were read: `given` (new subscribers in the export), `derived` (size change + unsubscribed) or `none`. */
  readonly added: 'given' | 'derived' | 'none';
  /** `given` (unsubscribed in the export), `derived` (new − size change) or `none`. */
  readonly lost: 'given' | 'derived' | 'none';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when it is not a calendar date. */
function dayOf(date: unknown): number | undefined {
  const match = typeof date === 'string' ? DATE.exec(date) : null;
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? time / 86_400_000 : undefined;
}

const isCount = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/**
 * Sorts a list history by date and cuts it into the stretches between observations, at any spacing:
 * months are date differences / 30.436875 days. A row's new and unsubscribed count since the row before;
 * the first row's are taken to cover a stretch as long as the one after it (the export's period). Where
 * the export gives only one of the flows, the other comes from the size change:
 *
 * ```
 * added_i = S_i − S_{i−1} + unsubscribed_i,    lost_i = new_i − (S_i − S_{i−1}),    exposure_i = (S_{i−1} + S_i) / 2 · months_i
 * ```
 *
 * @param rows - the list rows, as read (any order)
 * @param file - the file's name, for messages
 * @returns the sorted rows, their months and the stretches
 * @throws {InputError} naming the file: no rows, a date that is not `YYYY-MM-DD`, a repeated date, or a count that is negative
 *
 * @example
 * listIntervals([{ row: 2, date: '2025-01-01', subscribers: 1000, newSubscribers: 90 }, { row: 3, date: '2025-02-01', subscribers: 1050, newSubscribers: 100 }], 'l.csv').intervals[1]
 * //=> { row: …, months: 1.0185…, middle: 0.5092…, exposure: 1043.96…, added: 100, lost: 50 }
 */
export function listIntervals(rows: readonly ListRow[], file: string): ListIntervals {
  const problems: InputProblem[] = [];
  if (!Array.isArray(rows) || rows.length === 0) throw new InputError([{ path: 'list', rule: 'holds no rows' }], file);
  const dated = rows.map((row) => ({ row, day: dayOf(row.date) }));
  for (const { row, day } of dated) {
    const at = `row ${row.row}`;
    if (day === undefined) problems.push({ path: at, rule: `date ${JSON.stringify(row.date)} is not a date YYYY-MM-DD` });
    if (!isCount(row.subscribers)) problems.push({ path: at, rule: 'subscribers must be a count of people, 0 or more' });
    for (const key of ['newSubscribers', 'unsubscribed'] as const)
      if (row[key] !== undefined && !isCount(row[key])) problems.push({ path: at, rule: `${key} must be a count of people, 0 or more` });
  }
  if (problems.length > 0) throw new InputError(problems, file);
  dated.sort((a, b) => a.day! - b.day!);
  dated.forEach((d, i) => {
    if (i > 0 && d.day === dated[i - 1]!.day)
      problems.push({ path: `row ${d.row.row}`, rule: `date ${d.row.date} repeats row ${dated[i - 1]!.row.row}: give each date once` });
  });
  if (problems.length > 0) throw new InputError(problems, file);
  const sorted = dated.map((d) => d.row);
  const months = dated.map((d) => (d.day! - dated[0]!.day!) / DAYS_PER_MONTH);
  const hasAll = (key: 'newSubscribers' | 'unsubscribed') => sorted.slice(1).every((row) => row[key] !== undefined) && sorted.length > 1;
  const added = hasAll('newSubscribers') ? 'given' : hasAll('unsubscribed') ? 'derived' : 'none';
  const lost = hasAll('unsubscribed') ? 'given' : hasAll('newSubscribers') ? 'derived' : 'none';
  const intervals: ListInterval[] = [];
  sorted.forEach((row, i) => {
    if (sorted.length < 2) return;
    const first = i === 0;
    const span = first ? months[1]! : months[i]! - months[i - 1]!;
    const change = first ? undefined : row.subscribers - sorted[i - 1]!.subscribers;
    const addedHere = added === 'given' ? row.newSubscribers : added === 'derived' && change !== undefined ? change + row.unsubscribed! : undefined;
    const lostHere = lost === 'given' ? row.unsubscribed : lost === 'derived' && change !== undefined ? row.newSubscribers! - change : undefined;
    intervals.push({
      row,
      months: span,
      middle: first ? -span / 2 : (months[i]! + months[i - 1]!) / 2,
      exposure: (first ? row.subscribers : (row.subscribers + sorted[i - 1]!.subscribers) / 2) * span,
      ...(addedHere === undefined ? {} : { added: addedHere }),
      ...(lostHere === undefined ? {} : { lost: lostHere }),
    });
  });
  return { rows: sorted, months, intervals, added, lost };
}
