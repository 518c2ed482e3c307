import { describe, expect, it } from 'vitest';
import { aovEstimate } from '../../src/history/aovEstimate';

describe('aovEstimate', () => {
  it('pools revenue / orders with the ratio estimator’s standard error across campaigns, as a lognormal', () => {
    // R = 3100 / 60; residuals 500 − 10R, 1100 − 20R, 1500 − 30R; SE² = 3/2 · Σ r² / 60².
    const rows = [
      { orders: 10, revenue: 500 },
      { orders: 20, revenue: 1100 },
      { orders: 30, revenue: 1500 },
    ];
    const r = 3100 / 60;
    const se = Math.sqrt((1.5 * ((500 - 10 * r) ** 2 + (1100 - 20 * r) ** 2 + (1500 - 30 * r) ** 2)) / 3600);
    const { estimate, warnings } = aovEstimate(rows, 'averageOrderValue', 'n')!;
    expect(estimate.distribution).toEqual({ dist: 'lognormal', mean: r, sd: se, value: r, note: 'n' });
    const sigma = Math.sqrt(Math.log(1 + (se / r) ** 2));
    expect(estimate.interval[1] / estimate.interval[0]).toBeCloseTo(Math.exp(2 * 1.6448536269514722 * sigma), 12);
    expect(warnings).toEqual([]);
  });

  it('assumes a spread with a warning for fewer than 3 campaigns, and gives nothing without orders', () => {
    const { estimate, warnings } = aovEstimate([{ orders: 4, revenue: 200 }], 'averageOrderValue', 'n')!;
    expect(estimate.distribution).toEqual(expect.objectContaining({ mean: 50, sd: 12.5 }));
    expect(warnings[0]).toMatch(/^averageOrderValue: only 1 campaign with orders/);
    expect(aovEstimate([{ orders: 0, revenue: 0 }], 'averageOrderValue', 'n')).toBeUndefined();
  });
});
