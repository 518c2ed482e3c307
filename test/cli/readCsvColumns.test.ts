import { expect, it } from 'vitest';
import { readCsvColumns } from '../../src/cli/readCsvColumns';

it('reads field=name pairs, quoted names holding commas and quotes', () => {
  expect(readCsvColumns('delivered="Successful Deliveries",opens="Unique Opens"')).toEqual({ delivered: 'Successful Deliveries', opens: 'Unique Opens' });
  expect(readCsvColumns('delivered=Successful Deliveries, opens = Opens')).toEqual({ delivered: 'Successful Deliveries', opens: 'Opens' });
  expect(readCsvColumns('revenue="Revenue, net ""EUR"""')).toEqual({ revenue: 'Revenue, net "EUR"' });
});

it('refuses what is not pairs, and a field twice', () => {
  expect(() => readCsvColumns('delivered')).toThrow('--columns: expected field="Column Name" pairs separated by commas, got "delivered"');
  expect(() => readCsvColumns('opens=')).toThrow(/expected field="Column Name" pairs/);
  expect(() => readCsvColumns('opens=A,opens=B')).toThrow('--columns: names opens twice');
});
