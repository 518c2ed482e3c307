import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/csv/csvRecords';
import { InputError } from '../../src/errors/inputError';
import { cellReader } from '../../src/history/cellReader';

const record = (cells: Record<string, string>, row = 5) => ({ row, cells });
const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => `${p.path}: ${p.rule}`).join('\n');
  }
  throw new Error('no error');
};

describe('cellReader', () => {
  const cells = cellReader('c.csv', 'de-DE');

  it('reads counts, money, rates and dates in the file’s locale', () => {
    expect(cells.count(record({ n: '1.204' }), 'n')).toBe(1204);
    expect(cells.amount(record({ r: '1.234,50 €' }), 'r')).toBe(1234.5);
    expect(cells.rate(record({ r: '21,5 %' }), 'r')).toBe(0.215);
    expect(cells.rate(record({ r: '0,215' }), 'r')).toBe(0.215);
    expect(cells.date(record({ d: '7.1.2025' }), 'd')).toBe('2025-01-07');
    expect(cells.text(record({ t: '  Spring ' }), 't')).toBe('Spring');
  });

  it('gives undefined for an empty optional cell and refuses an empty required one', () => {
    expect(cells.count(record({ n: '' }), 'n')).toBeUndefined();
    expect(messageOf(() => cells.count(record({ n: ' ' }), 'n', true))).toBe('c.csv row 5, column "n": "" is not a number');
  });

  it('names the place of every bad cell', () => {
    expect(messageOf(() => cells.count(record({ 'Unique Opens': 'n/a' }, 12), 'Unique Opens'))).toBe(
      'c.csv row 12, column "Unique Opens": "n/a" is not a number',
    );
    expect(messageOf(() => cells.count(record({ n: '-3' }), 'n'))).toBe('c.csv row 5, column "n": "-3" is negative: expected a number of 0 or more');
    expect(messageOf(() => cells.count(record({ n: '12,5' }), 'n'))).toMatch(/"12,5" is not a whole number/);
    expect(messageOf(() => cells.rate(record({ r: '21,5' }), 'r'))).toMatch(/"21,5" is not a rate: write it as a fraction/);
    expect(messageOf(() => cells.date(record({ d: '31.2.2025' }), 'd', true))).toMatch(/"31.2.2025" is not a date/);
  });

  it('turns a CsvError of the text into the InputError of its place, naming the file', async () => {
    const iterate = async () => {
      for await (const r of cells.records(csvRecords('a,b\n1,2\n3\n'))) void r;
    };
    await expect(iterate()).rejects.toThrow('in c.csv:\nc.csv row 3: has 1 cells where the header has 2');
  });
});
