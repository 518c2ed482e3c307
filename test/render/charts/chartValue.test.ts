import { describe, expect, test } from 'vitest';
import { MAX_CHART_VALUE, chartValue } from '../../../src/render/charts/chartValue';

describe('chartValue', () => {
  test('accepts finite values up to 1e300 in size', () => {
    expect(MAX_CHART_VALUE).toBe(1e300);
    for (const value of [0, -97797.43, 1e300, -1e300]) expect(chartValue.parse(value)).toBe(value);
  });

  test('refuses larger values, infinities, NaN and non-numbers', () => {
    const message = (value: unknown) => chartValue.safeParse(value).error?.issues[0]?.message;
    expect(message(Number.MAX_VALUE)).toBe('must be a finite number from -1e300 to 1e300');
    expect(message(-1e301)).toBe('must be a finite number from -1e300 to 1e300');
    expect(chartValue.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(chartValue.safeParse(Number.NaN).success).toBe(false);
    expect(message('5')).toBe('must be a finite number');
  });
});
