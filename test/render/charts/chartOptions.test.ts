import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { chartOptionsSchema } from '../../../src/render/charts/chartOptions';

const problems = (data: unknown) =>
  chartOptionsSchema({})
    .safeParse(data)
    .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('chartOptionsSchema', () => {
  test('defaults: 720 px wide, dollars in en-US; height, id, title and description left to the chart', () => {
    expect(chartOptionsSchema({}).parse({})).toEqual({ width: 720, currency: 'USD', locale: 'en-US' });
  });

  test("adds the chart's own options", () => {
    expect(chartOptionsSchema({ bars: z.number().default(3) }).parse({ width: 600 })).toEqual({ width: 600, bars: 3, currency: 'USD', locale: 'en-US' });
  });

  test('refuses sizes out of range, bad ids, long texts and unknown options', () => {
    expect(problems({ width: 10 })).toEqual(['width: must be from 240 to 4000 px']);
    expect(problems({ height: 5000 })).toEqual(['height: must be from 160 to 4000 px']);
    expect(problems({ id: '1chart' })).toEqual(['id: must start with a letter and hold only letters, digits, - and _ (at most 64)']);
    expect(problems({ title: 'x'.repeat(301) })).toEqual(['title: must be at most 300 characters']);
    expect(chartOptionsSchema({}).safeParse({ widht: 600 }).success).toBe(false);
    expect(problems({ currency: 'XX' })[0]).toMatch(/^currency: "XX" with locale "en-US" is not a currency format Intl knows/);
  });
});
