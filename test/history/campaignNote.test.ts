import { describe, expect, it } from 'vitest';
import { campaignNote } from '../../src/history/campaignNote';

describe('campaignNote', () => {
  it('says how many campaigns, their dates and the totals, with thousands separators', () => {
    const rows = [
      { row: 3, date: '2026-10-28', delivered: 1 },
      { row: 2, date: '2025-01-07', delivered: 1 },
    ];
    expect(
      campaignNote(
        rows,
        [
          [1234567, 'delivered'],
          [301234, 'unique opens'],
        ],
        'c.csv',
      ),
    ).toBe('2 campaigns 2025-01-07 … 2026-10-28: 1,234,567 delivered, 301,234 unique opens (c.csv)');
    expect(campaignNote([{ row: 2, delivered: 5 }], [[5, 'delivered']], 'x.csv')).toBe('1 campaign: 5 delivered (x.csv)');
  });
});
