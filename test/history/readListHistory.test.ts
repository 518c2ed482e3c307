import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/csv/csvRecords';
import { readListHistory } from '../../src/history/readListHistory';

const read = (text: string, locale?: string) => readListHistory(csvRecords(text), { file: 'l.csv', ...(locale === undefined ? {} : { locale }) });

describe('readListHistory', () => {
  it('reads date and subscribers, with new and unsubscribed where given, oldest first', async () => {
    const rows = await read('Month,Subscribers,New Subscribers,Unsubscribed\n2025-03,"10,900",700,200\n2025-02,"10,400",600,\n2025-01,"10,000",,\n');
    expect(rows).toEqual([
      { row: 4, date: '2025-01-01', subscribers: 10000 },
      { row: 3, date: '2025-02-01', subscribers: 10400, newSubscribers: 600 },
      { row: 2, date: '2025-03-01', subscribers: 10900, newSubscribers: 700, unsubscribed: 200 },
    ]);
  });

  it('reads dates and numbers in the file’s locale', async () => {
    expect(await read('Date,Members\n31.1.2025,"12.345"\n', 'de-DE')).toEqual([{ row: 2, date: '2025-01-31', subscribers: 12345 }]);
  });

  it('names the place of a bad cell, a date twice, and refuses a file without the columns or rows', async () => {
    await expect(read('date,subscribers\n2025-01-01,lots\n')).rejects.toThrow('l.csv row 2, column "subscribers": "lots" is not a number');
    await expect(read('date,subscribers\nsoon,3\n')).rejects.toThrow('l.csv row 2, column "date": "soon" is not a date');
    await expect(read('date,subscribers\n2025-01-01,3\n2025-01-01,4\n')).rejects.toThrow(
      'l.csv row 3, column "date": 2025-01-01 appears twice (rows 2 and 3): one row per date',
    );
    await expect(read('when,people\n2025-01-01,3\n')).rejects.toThrow(
      'l.csv: expected the columns date and subscribers (and new, unsubscribed where known); its columns: when, people',
    );
    await expect(read('date,subscribers\n')).rejects.toThrow(/l.csv: has no rows/);
  });
});
