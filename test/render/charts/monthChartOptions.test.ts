import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { monthChartFields } from '../../../src/render/charts/monthChartOptions';

const MonthOptions = z.strictObject(monthChartFields);
const problems = (data: unknown) => MonthOptions.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('monthChartFields', () => {
  test('defaults: marks at 1, 3 and 5 years, the series starting at month 1', () => {
    expect(MonthOptions.parse({})).toEqual({ horizonsMonths: [12, 36, 60], firstMonth: 1 });
  });

  test('horizons are whole months from 1 to 1200, at most 20 of them; the first month 0 to 1200', () => {
    expect(MonthOptions.parse({ horizonsMonths: [18, 1200], firstMonth: 0 })).toEqual({ horizonsMonths: [18, 1200], firstMonth: 0 });
    expect(problems({ horizonsMonths: [0] })).toEqual(['horizonsMonths.0: must be 1 month or more']);
    expect(problems({ horizonsMonths: [1201] })).toEqual(['horizonsMonths.0: must be at most 1200 months']);
    expect(problems({ horizonsMonths: [1.5] })).toEqual(['horizonsMonths.0: must be a whole number of months']);
    expect(problems({ horizonsMonths: Array.from({ length: 21 }, (_, i) => i + 1) })).toEqual(['horizonsMonths: must hold at most 20 horizons']);
    expect(problems({ firstMonth: -1 })).toEqual(['firstMonth: must be 0 or more']);
  });
});
