import { describe, expect, test } from 'vitest';
import { monthlyCashFlows } from '../../../src/analysis/cashflow/monthlyCashFlows';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';

// A list that neither grows nor shrinks: 1,000 subscribers, 1 email a month, 0.01 orders per email of $50
// at full margin, $100 budget. Each month: 1,000 × 0.01 × 50 − 100 = $400 net, by hand.
const steady = {
  subscribers: 1000,
  emailsPerMonth: 1,
  clickRateBasis: 'delivered',
  clickRate: 0.1,
  conversionRate: 0.1,
  averageOrderValue: 50,
  budgetPerMonth: 100,
  investment: 1000,
} as const;

describe('monthlyCashFlows', () => {
  test('the investment as month 0, then each month’s net cash flow, cumulated', () => {
    const flows = monthlyCashFlows(parseScenarioInput({ ...steady, discountRateAnnual: 0 }), 3);
    expect(flows.map((f) => f.month)).toEqual([0, 1, 2, 3]);
    expect(flows.map((f) => f.netCashFlow.toString())).toEqual(['-1000', '400', '400', '400']);
    expect(flows.map((f) => f.cumulativeCashFlow.toString())).toEqual(['-1000', '-600', '-200', '200']);
    // Without discounting the NPV is the undiscounted sum.
    expect(flows.map((f) => f.cumulativeNpv.toString())).toEqual(['-1000', '-600', '-200', '200']);
  });

  test('the cumulative NPV discounts month m by (1 + r)^(−m/12)', () => {
    const r = 0.1;
    const flows = monthlyCashFlows(parseScenarioInput({ ...steady, discountRateAnnual: r }), 12);
    let expected = -1000;
    for (let m = 1; m <= 12; m++) expected += 400 / (1 + r) ** (m / 12);
    expect(flows[12]!.cumulativeNpv.toNumber()).toBeCloseTo(expected, 9);
    expect(flows[12]!.cumulativeCashFlow.toString()).toBe('3800'); // −1000 + 12 × 400
  });
});
