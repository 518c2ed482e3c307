import { expect, it } from 'vitest';
import { CsvError } from '../../src/csv/csvError';

it('names the row, and the column when one cell is at fault', () => {
  const error = new CsvError('"n/a" is not a number', 12, 'Unique Opens');
  expect(error.message).toBe('row 12, column "Unique Opens": "n/a" is not a number');
  expect([error.row, error.column, error.rule]).toEqual([12, 'Unique Opens', '"n/a" is not a number']);
  expect(new CsvError('x', 3).message).toBe('row 3: x');
});
