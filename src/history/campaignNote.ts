import type { CampaignRow } from './historyTypes';

/** A count with thousands separators, e.g. `1,234,567` (rounded to a whole number). */
const count = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * The note of an estimate fitted from campaigns: how many, the first and last send dates when known,
 * the totals behind it, and the file.
 *
 * ```
 * <m> campaign(s)[ <first date> … <last date>]: <total> <label>, <total> <label> (<file>)
 * ```
 *
 * @param rows - the campaigns the estimate used
 * @param totals - each total and what it counts, e.g. `[[1234567, 'delivered'], [301234, 'unique opens']]`
 * @param file - the file the campaigns came from
 * @returns the note
 *
 * @example
 * campaignNote([{ row: 2, date: '2025-01-07', delivered: 1000 }, { row: 3, date: '2026-10-28', delivered: 1234 }], [[2234, 'delivered']], 'c.csv')
 * //=> '2 campaigns 2025-01-07 … 2026-10-28: 2,234 delivered (c.csv)'
 */
export function campaignNote(rows: readonly CampaignRow[], totals: readonly (readonly [number, string])[], file: string): string {
  const dates = rows.flatMap((row) => (row.date === undefined ? [] : [row.date])).sort();
  const span = dates.length === 0 ? '' : dates[0] === dates.at(-1) ? ` ${dates[0]}` : ` ${dates[0]} … ${dates.at(-1)}`;
  const what = totals.map(([n, label]) => `${count(n)} ${label}`).join(', ');
  return `${rows.length} campaign${rows.length === 1 ? '' : 's'}${span}: ${what} (${file})`;
}
