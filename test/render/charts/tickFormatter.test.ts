import { describe, expect, it } from 'vitest';
import { type TickFormat, tickFormatter } from '../../../src/render/charts/tickFormatter';

const usd: TickFormat = { kind: 'money', currency: 'USD', locale: 'en-US' };
const labels = (ticks: number[], format = usd) => ticks.map(tickFormatter(ticks, format));

describe('tickFormatter', () => {
  it('writes small money ticks in full, without cents when the step is whole', () => {
    expect(labels([0, 2000, 4000, 6000])).toEqual(['$0', '$2,000', '$4,000', '$6,000']);
  });

  it('shows as many decimals as a fractional step needs', () => {
    expect(labels([0, 0.5, 1, 1.5])).toEqual(['$0.0', '$0.5', '$1.0', '$1.5']);
    expect(labels([0.02, 0.04, 0.06])).toEqual(['$0.02', '$0.04', '$0.06']);
  });

  it('writes large ticks compactly and exactly, never rounding two ticks to one label', () => {
    expect(labels([-50000, 0, 50000, 100000, 150000])).toEqual(['-$50K', '$0', '$50K', '$100K', '$150K']);
    expect(labels([10000, 10500, 11000, 11500])).toEqual(['$10K', '$10.5K', '$11K', '$11.5K']);
    expect(labels([0, 250000, 500000, 750000, 1000000, 1250000])).toEqual(['$0', '$250K', '$500K', '$750K', '$1M', '$1.25M']);
  });

  it('counts without a currency', () => {
    expect(labels([0, 5000, 10000, 15000], { kind: 'count', currency: 'USD', locale: 'en-US' })).toEqual(['0', '5K', '10K', '15K']);
  });

  it('follows the locale and currency', () => {
    expect(labels([0, 1e6, 2e6], { kind: 'money', currency: 'NOK', locale: 'nb-NO' })).toEqual(['0\u00a0kr', '1\u00a0mill.\u00a0kr', '2\u00a0mill.\u00a0kr']);
    expect(labels([0, 500, 1000], { kind: 'money', currency: 'EUR', locale: 'de-DE' })).toEqual(['0\u00a0€', '500\u00a0€', '1.000\u00a0€']);
  });
});
