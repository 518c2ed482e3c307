import { describe, expect, test } from 'vitest';
import { dateTicks } from '../../../src/render/charts/dateTicks';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const iso = (ticks: readonly number[]) => ticks.map((t) => new Date(t * 86_400_000).toISOString().slice(0, 10));

describe('dateTicks', () => {
  test('two years: quarters, on the calendar’s quarters', () => {
    expect(iso(dateTicks([day('2025-01-07'), day('2026-12-28')], 8))).toEqual([
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
  });

  test('a range starting on the first of a month ticks it; a short one ticks every month', () => {
    expect(iso(dateTicks([day('2025-01-01'), day('2025-03-01')], 8))).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
  });

  test('no month starts inside the range: no ticks', () => {
    expect(dateTicks([day('2025-01-07'), day('2025-01-20')], 8)).toEqual([]);
  });

  test('forty years in at most 5 ticks: every 10 years, on January', () => {
    expect(iso(dateTicks([day('1990-01-07'), day('2030-01-20')], 5))).toEqual(['2000-01-01', '2010-01-01', '2020-01-01', '2030-01-01']);
  });
});
