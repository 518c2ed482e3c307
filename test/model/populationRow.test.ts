import { describe, expect, test } from 'vitest';
import { populationRow } from '../../src/model/populationRow';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import type { SegmentMonth } from '../../src/model/monthRow';

const d = decimalCalculator.from;
const totals = {
  subscribersStart: d(100),
  kept: d(90),
  newSubscribers: d(5),
  emailsSent: d(200),
  orders: d(2),
  revenue: d(80),
  grossProfit: d(40),
  costs: d(10),
  netCashFlow: d(30),
  discountFactor: d(1),
  presentValue: d(30),
  cumulativeNpv: d(30),
};

describe('populationRow', () => {
  test('the totals, people lost = at the start − kept, dated from the start date', () => {
    const row = populationRow(decimalCalculator, new Date(2026, 0, 1), 3, totals, [undefined], []);
    expect(row.date).toBe('2026-03-01');
    expect(String(row.subscribersLost)).toBe('10');
    expect(row.segments).toBeUndefined();
    expect(Object.keys(row)).not.toContain('kept');
  });

  test("each segment's part by name, in order", () => {
    const part = { subscribersStart: d(60) } as SegmentMonth<ReturnType<typeof d>>;
    const other = { subscribersStart: d(40) } as SegmentMonth<ReturnType<typeof d>>;
    const row = populationRow(decimalCalculator, undefined, 1, totals, ['engaged', 'dormant'], [part, other]);
    expect(Object.keys(row.segments!)).toEqual(['engaged', 'dormant']);
    expect(row.segments!.dormant).toBe(other);
    expect(row.date).toBeUndefined();
  });
});
