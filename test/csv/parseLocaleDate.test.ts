import { expect, it } from 'vitest';
import { parseLocaleDate } from '../../src/csv/parseLocaleDate';

it.each([
  ['2025-01-07', 'en-US', '2025-01-07'],
  ['2025-01-07T10:00:00Z', 'en-US', '2025-01-07'],
  ['2025/1/7 9:30', 'en-US', '2025-01-07'],
  ['2025-01', 'en-US', '2025-01-01'],
  ['1/7/2025', 'en-US', '2025-01-07'],
  ['1/7/25', 'en-US', '2025-01-07'],
  ['07/01/2025', 'en-GB', '2025-01-07'],
  ['7.1.2025', 'de-DE', '2025-01-07'],
  ['Jan 7, 2025 10:00 am', 'en-US', '2025-01-07'],
  ['Tue, 7 January 2025', 'en-US', '2025-01-07'],
  ['07-Jan-2025', 'en-US', '2025-01-07'],
  ['January 7th, 2025', 'en-US', '2025-01-07'],
  ['7. Januar 2025', 'de-DE', '2025-01-07'],
  ['2024-02-29', 'en-US', '2024-02-29'],
])('%s in %s is %s', (text, locale, expected) => {
  expect(parseLocaleDate(text, locale)).toBe(expected);
});

it.each(['2025-02-29', '2025-13-01', '13/13/2025', 'soon', '', 'Jan 2025'])('%s is not a date', (text) => {
  expect(parseLocaleDate(text)).toBeUndefined();
});
