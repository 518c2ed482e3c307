import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/model/forecast';
import { forecastTable } from '../../src/render/forecastTable';

describe('forecastTable', () => {
  it('shows gross profit and says how the net cash flow is made, so revenue − costs ≠ net is not read as an error', () => {
    // 1,000 × 1 × 0.5 × 0.1 × 0.1 = 5 orders × $100 = $500 revenue; × 60 % margin = $300 gross profit; − $100 budget = $200 net.
    const input = {
      subscribers: 1000,
      emailsPerMonth: 1,
      openRate: 0.5,
      clickRate: 0.1,
      conversionRate: 0.1,
      averageOrderValue: 100,
      grossMargin: 0.6,
      budgetPerMonth: 100,
      discountRateAnnual: 0,
    };
    const lines = forecastTable(forecast(input, { months: 1 })).split('\n');
    expect(lines[0]).toMatch(/revenue\s+gross profit\s+costs\s+net cash flow/);
    expect(lines[2]).toMatch(/\$500\.00\s+\$300\.00\s+\$100\.00\s+\$200\.00/);
    expect(lines.at(-1)).toBe('net cash flow = gross profit − costs, where gross profit = revenue × gross margin');
  });
});
