import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH, listIntervals } from '../../src/history/listIntervals';
import { inputErrorOf } from '../model/support';

describe('listIntervals', () => {
  it('sorts rows by date and measures stretches in months by date difference; the first row’s stretch is as long as the next', () => {
    const history = listIntervals(
      [
        { row: 3, date: '2025-03-01', subscribers: 1100, newSubscribers: 120, unsubscribed: 70 },
        { row: 2, date: '2025-01-01', subscribers: 1000, newSubscribers: 90, unsubscribed: 40 },
      ],
      'l.csv',
    );
    const months = 59 / DAYS_PER_MONTH; // 1 January to 1 March 2025: 59 days
    expect(history.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(history.months).toEqual([0, months]);
    expect(history.intervals[0]).toMatchObject({ months, middle: -months / 2, exposure: 1000 * months, added: 90, lost: 40 });
    expect(history.intervals[1]).toMatchObject({ months, middle: months / 2, exposure: 1050 * months, added: 120, lost: 70 });
    expect([history.added, history.lost]).toEqual(['given', 'given']);
  });

  it('derives the missing flow from the size change: new = change + unsubscribed, lost = new − change', () => {
    const rows = [
      { row: 2, date: '2025-01-01', subscribers: 1000 },
      { row: 3, date: '2025-02-01', subscribers: 1030 },
    ];
    const onlyUnsubscribed = listIntervals([rows[0]!, { ...rows[1]!, unsubscribed: 20 }], 'l.csv');
    expect([onlyUnsubscribed.added, onlyUnsubscribed.lost, onlyUnsubscribed.intervals[1]!.added]).toEqual(['derived', 'given', 50]);
    const onlyNew = listIntervals([rows[0]!, { ...rows[1]!, newSubscribers: 80 }], 'l.csv');
    expect([onlyNew.added, onlyNew.lost, onlyNew.intervals[1]!.lost]).toEqual(['given', 'derived', 50]);
    expect(listIntervals(rows, 'l.csv')).toMatchObject({ added: 'none', lost: 'none' });
  });

  it('names the file and row of a bad date, a repeated date or a negative count', () => {
    expect(inputErrorOf(() => listIntervals([{ row: 4, date: '2025-02-30', subscribers: 1 }], 'l.csv')).message).toBe(
      'in l.csv:\nrow 4: date "2025-02-30" is not a date YYYY-MM-DD',
    );
    const repeated = inputErrorOf(() =>
      listIntervals(
        [
          { row: 2, date: '2025-01-01', subscribers: 1 },
          { row: 5, date: '2025-01-01', subscribers: 2 },
        ],
        'l.csv',
      ),
    );
    expect(repeated.problems).toEqual([{ path: 'row 5', rule: 'date 2025-01-01 repeats row 2: give each date once' }]);
    expect(inputErrorOf(() => listIntervals([{ row: 2, date: '2025-01-01', subscribers: 1, unsubscribed: -3 }], 'l.csv')).problems[0]!.rule).toBe(
      'unsubscribed must be a count of people, 0 or more',
    );
    expect(inputErrorOf(() => listIntervals([], 'l.csv')).message).toBe('in l.csv:\nlist: holds no rows');
  });
});
