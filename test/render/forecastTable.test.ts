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

  it('adds one table per segment, whose contributions add up to the net cash flow plus the fixed costs', () => {
    // engaged: 400 emails × 0.5 × 0.1 × 0.1 = 2 orders, $200 revenue, $100 gross profit, $4 to send → $96.
    // dormant: 600 emails × 0.1 × 0.1 × 0.1 = 0.6 orders, $60, $30, $6 → $24. Net: 96 + 24 − $50 budget = $70.
    const input = {
      subscribers: 1000,
      emailsPerMonth: 1,
      openRate: 0.3,
      clickRate: 0.1,
      conversionRate: 0.1,
      averageOrderValue: 100,
      grossMargin: 0.5,
      costPerThousandEmails: 10,
      budgetPerMonth: 50,
      discountRateAnnual: 0,
      segments: { engaged: { share: 0.4, openRate: 0.5 }, dormant: { share: 0.6, openRate: 0.1 } },
    };
    const text = forecastTable(forecast(input, { months: 1 }));
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/^1\s+1,000\s+1,000\s+2\.6\s+\$260\.00\s+\$130\.00\s+\$60\.00\s+\$70\.00/);
    const engaged = text.slice(text.indexOf('Segment engaged'));
    expect(engaged.split('\n')[2]).toMatch(/moved out\s+moved in\s+new\s+emails\s+orders\s+revenue\s+gross profit\s+sending costs\s+contribution$/);
    expect(engaged.split('\n')[4]).toMatch(/^1\s+400\s+0\s+0\s+0\s+0\s+400\s+2\.0\s+\$200\.00\s+\$100\.00\s+\$4\.00\s+\$96\.00$/);
    const dormant = text.slice(text.indexOf('Segment dormant'));
    expect(dormant.split('\n')[4]).toMatch(/^1\s+600\s+0\s+0\s+0\s+0\s+600\s+0\.6\s+\$60\.00\s+\$30\.00\s+\$6\.00\s+\$24\.00$/);
    expect(lines.at(-1)).toMatch(/^contribution = gross profit − sending costs; the budget, running cost and investment belong to the whole list/);
  });
});
