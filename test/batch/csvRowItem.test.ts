import { describe, expect, test } from 'vitest';
import { csvRowItem } from '../../src/batch/csvRowItem';

describe('csvRowItem', () => {
  test('nests dotted headers, reads numbers and booleans, keeps other text, leaves empty cells out', () => {
    const item = csvRowItem(2, {
      id: '007',
      subscribers: '10000',
      openRate: '.4',
      churnModel: 'compound',
      pricesFollowInflation: 'true',
      'segments.engaged.share': '0.3',
      'segments.engaged.openRate': '0.5',
      'retention.alpha': '2',
      inflationAnnual: '  ',
    });
    expect(item).toEqual({
      line: 2,
      id: '007',
      data: {
        subscribers: 10000,
        openRate: 0.4,
        churnModel: 'compound',
        pricesFollowInflation: true,
        segments: { engaged: { share: 0.3, openRate: 0.5 } },
        retention: { alpha: 2 },
      },
    });
  });

  test('keeps numbers it does not read as plain decimals as text, for the schema to refuse', () => {
    expect(csvRowItem(3, { openRate: '40%', subscribers: '1e3' }).data).toEqual({ openRate: '40%', subscribers: '1e3' });
  });

  test('refuses two headers that give the same place', () => {
    expect(csvRowItem(2, { segments: '1', 'segments.a.share': '1' }).problems![0]).toMatch(/^segments\.a\.share: /);
    expect(csvRowItem(2, { 'segments.a.share': '1', segments: '1' }).problems![0]).toMatch(/^segments: /);
  });

  test('a header __proto__ stays a plain key and reaches no prototype', () => {
    const item = csvRowItem(2, { '__proto__.polluted': '1' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(item.data as object)).toEqual(['__proto__']);
  });
});
