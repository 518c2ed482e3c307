import { describe, expect, test } from 'vitest';
import { forecast, InputError, parseScenarioInput, type ScenarioInputData } from '../../src/index';
import { D, deepFreeze, expectDecimalClose, handExample } from './support';

const months3 = { months: 3 };
const column = (
  input: ScenarioInputData,
  key:
    | 'subscribersStart'
    | 'subscribersLost'
    | 'newSubscribers'
    | 'emailsSent'
    | 'orders'
    | 'revenue'
    | 'grossProfit'
    | 'costs'
    | 'netCashFlow'
    | 'discountFactor'
    | 'presentValue'
    | 'cumulativeNpv',
  months = 3,
) => forecast(input, { months }).rows.map((row) => row[key].toString());

describe('a three-month forecast computed by hand', () => {
  // Month 1: S = 2000, emails = 4000, orders = 4000 × 0.5 × 0.1 × 0.1 = 20, revenue = 20 × 50 = 1000,
  //          gross profit = 500, costs = 100 + 4000 × 10 / 1000 = 140, net = 360.
  // Month 2: S = 2000 × 0.9 + 100 = 1900, emails 3800, orders 19, revenue 950, gp 475, costs 138, net 337.
  // Month 3: S = 1900 × 0.9 + 100 = 1810, emails 3620, orders 18.1, revenue 905, gp 452.5, costs 136.2, net 316.3.
  const result = forecast(handExample, months3);

  test('subscribers at the start of each month are 2000, 1900, 1810', () => {
    expect(result.rows.map((r) => r.subscribersStart.toString())).toEqual(['2000', '1900', '1810']);
  });

  test('subscribers lost are 10 % of the list and new subscribers are 100 a month', () => {
    expect(result.rows.map((r) => r.subscribersLost.toString())).toEqual(['200', '190', '181']);
    expect(result.rows.map((r) => r.newSubscribers.toString())).toEqual(['100', '100', '100']);
  });

  test('emails sent are the list times two', () => {
    expect(result.rows.map((r) => r.emailsSent.toString())).toEqual(['4000', '3800', '3620']);
  });

  test('orders are emails × open rate × click rate × conversion rate', () => {
    expect(result.rows.map((r) => r.orders.toString())).toEqual(['20', '19', '18.1']);
  });

  test('revenue is orders × average order value', () => {
    expect(result.rows.map((r) => r.revenue.toString())).toEqual(['1000', '950', '905']);
  });

  test('gross profit is revenue × gross margin', () => {
    expect(result.rows.map((r) => r.grossProfit.toString())).toEqual(['500', '475', '452.5']);
  });

  test('costs are the budget plus the sending cost per thousand emails', () => {
    expect(result.rows.map((r) => r.costs.toString())).toEqual(['140', '138', '136.2']);
  });

  test('net cash flow is gross profit minus costs', () => {
    expect(result.rows.map((r) => r.netCashFlow.toString())).toEqual(['360', '337', '316.3']);
  });

  test('with no discounting every discount factor is 1 and present value equals net cash flow', () => {
    expect(result.rows.map((r) => r.discountFactor.toString())).toEqual(['1', '1', '1']);
    expect(result.rows.map((r) => r.presentValue.toString())).toEqual(['360', '337', '316.3']);
  });

  test('cumulative NPV adds the present values and the NPV is the last one', () => {
    expect(result.rows.map((r) => r.cumulativeNpv.toString())).toEqual(['360', '697', '1013.3']);
    expect(result.npv.toString()).toBe('1013.3');
  });

  test('rows are numbered from 1 and the result reports the horizon and the parsed input', () => {
    expect(result.rows.map((r) => r.month)).toEqual([1, 2, 3]);
    expect(result.months).toBe(3);
    expect(result.input.churnModel).toBe('additive');
    expect(result.input.offEmailMultiplier).toBe(1);
  });
});

describe('discounting', () => {
  test('the discount factor of month m is 1.1^(−m/12) to 1e-30 relative', () => {
    const rows = forecast({ ...handExample, discountRateAnnual: 0.1 }, { months: 24 }).rows;
    rows.forEach((row) => expectDecimalClose(row.discountFactor, new D('1.1').pow(new D(-row.month).div(12)), '1e-30'));
  });

  test('the NPV is the sum of net cash flows times their discount factors', () => {
    const result = forecast({ ...handExample, discountRateAnnual: 0.1 }, months3);
    const nets = ['360', '337', '316.3'];
    const expected = nets.reduce((sum, net, i) => sum.plus(new D(net).times(new D('1.1').pow(new D(-(i + 1)).div(12)))), new D(0));
    expect(result.rows.map((r) => r.netCashFlow.toString())).toEqual(nets);
    expectDecimalClose(result.npv, expected, '1e-30');
  });

  test('a discount rate change carries the discount factor on from its month', () => {
    const rows = forecast({ ...handExample, discountRateAnnual: 0.1, changes: [{ fromMonth: 3, set: { discountRateAnnual: 0.2 } }] }, { months: 4 }).rows;
    const old = (m: number) => new D('1.1').pow(new D(-m).div(12));
    expectDecimalClose(rows[1]!.discountFactor, old(2), '1e-30');
    expectDecimalClose(rows[2]!.discountFactor, old(2).times(new D('1.2').pow(new D(-1).div(12))), '1e-30');
    expectDecimalClose(rows[3]!.discountFactor, old(2).times(new D('1.2').pow(new D(-2).div(12))), '1e-30');
  });
});

describe('inflation', () => {
  const index = (m: number) => new D('1.06').pow(new D(m - 1).div(12));

  test('with prices following inflation, revenue and costs both rise by 1.06^((m−1)/12)', () => {
    const rows = forecast({ ...handExample, inflationAnnual: 0.06, pricesFollowInflation: true }, months3).rows;
    const orders = ['20', '19', '18.1'];
    const baseCosts = ['140', '138', '136.2'];
    rows.forEach((row, i) => {
      expect(row.orders.toString()).toBe(orders[i]);
      expectDecimalClose(row.revenue, new D(orders[i]!).times(50).times(index(i + 1)), '1e-30');
      expectDecimalClose(row.costs, new D(baseCosts[i]!).times(index(i + 1)), '1e-30');
    });
    expect(rows[0]!.revenue.toString()).toBe('1000');
  });

  test('without pricesFollowInflation only costs rise and revenue stays at month-1 prices', () => {
    const rows = forecast({ ...handExample, inflationAnnual: 0.06 }, months3).rows;
    expect(rows.map((r) => r.revenue.toString())).toEqual(['1000', '950', '905']);
    expectDecimalClose(rows[2]!.costs, new D('136.2').times(index(3)), '1e-30');
  });

  test('inflation does not change the subscribers', () => {
    expect(column({ ...handExample, inflationAnnual: 0.5, pricesFollowInflation: true }, 'subscribersStart')).toEqual(['2000', '1900', '1810']);
  });
});

describe('click rate basis', () => {
  test('with clickRateBasis "delivered" orders are emails × click rate × conversion rate and no open rate is needed', () => {
    const withoutOpenRate = { ...handExample };
    delete withoutOpenRate.openRate;
    const input: ScenarioInputData = { ...withoutOpenRate, clickRateBasis: 'delivered', clickRate: 0.02 };
    // 4000 × 0.02 × 0.1 = 8; 3800 × 0.002 = 7.6; 3620 × 0.002 = 7.24
    expect(column(input, 'orders')).toEqual(['8', '7.6', '7.24']);
  });

  test('with clickRateBasis "delivered" a given open rate is ignored', () => {
    expect(column({ ...handExample, clickRateBasis: 'delivered', clickRate: 0.02, openRate: 0.3 }, 'orders')).toEqual(['8', '7.6', '7.24']);
  });
});

describe('churn models', () => {
  test('compound churn keeps (1 − c)(1 − DR)^e of the list', () => {
    // keep = 0.9 × 0.9² = 0.729: 2000 → 2000 × 0.729 + 100 = 1558 → 1558 × 0.729 + 100 = 1235.782
    expect(column({ ...handExample, churnPerEmail: 0.1, churnModel: 'compound' }, 'subscribersStart')).toEqual(['2000', '1558', '1235.782']);
  });

  test('additive churn keeps 1 − c − DR × e of the list', () => {
    // keep = 1 − 0.1 − 0.1 × 2 = 0.7: 2000 → 1500 → 1150
    expect(column({ ...handExample, churnPerEmail: 0.1 }, 'subscribersStart')).toEqual(['2000', '1500', '1150']);
  });

  test('compound churn with a fractional number of emails uses the real power', () => {
    const rows = forecast({ ...handExample, churnPerEmail: 0.1, emailsPerMonth: 1.5, churnModel: 'compound' }, months3).rows;
    const keep = new D('0.9').pow('2.5');
    expectDecimalClose(rows[1]!.subscribersStart, keep.times(2000).plus(100), '1e-30');
  });

  test('compound churn allows a combined loss that additive churn would reject', () => {
    const rows = forecast({ ...handExample, churnPerMonth: 0.5, churnPerEmail: 0.5, emailsPerMonth: 2, churnModel: 'compound' }, months3).rows;
    // keep = 0.5 × 0.25 = 0.125: 2000 → 350
    expect(rows[1]!.subscribersStart.toString()).toBe('350');
  });
});

describe('changes', () => {
  test('a budget change applies from its month on', () => {
    expect(column({ ...handExample, changes: [{ fromMonth: 2, set: { budgetPerMonth: 300 } }] }, 'costs')).toEqual(['140', '338', '336.2']);
  });

  test('acquisition grows by (1 + g) each month across a change of another field', () => {
    const input = { ...handExample, newSubscribersGrowthMonthly: 0.1, changes: [{ fromMonth: 3, set: { budgetPerMonth: 300 } }] };
    expect(column(input, 'newSubscribers', 4)).toEqual(['100', '110', '121', '133.1']);
  });

  test('a change of newSubscribersPerMonth restarts acquisition at the new value', () => {
    const input = { ...handExample, newSubscribersGrowthMonthly: 0.1, changes: [{ fromMonth: 3, set: { newSubscribersPerMonth: 50 } }] };
    expect(column(input, 'newSubscribers', 4)).toEqual(['100', '110', '50', '55']);
    // S3 = (2000 × 0.9 + 100) × 0.9 + 110 = 1820; S4 = 1820 × 0.9 + 50 = 1688
    expect(column(input, 'subscribersStart', 4)).toEqual(['2000', '1900', '1820', '1688']);
  });

  test('a growth change keeps the current acquisition and grows it at the new rate', () => {
    const input = { ...handExample, newSubscribersGrowthMonthly: 0.1, changes: [{ fromMonth: 3, set: { newSubscribersGrowthMonthly: 0.5 } }] };
    // A3 = 100 × 1.1² = 121 (carried on), A4 = 121 × 1.5 = 181.5
    expect(column(input, 'newSubscribers', 4)).toEqual(['100', '110', '121', '181.5']);
  });

  test('changes apply in month order whatever their order in the list, the later entry winning within a month', () => {
    const input = {
      ...handExample,
      changes: [
        { fromMonth: 3, set: { budgetPerMonth: 1000 } },
        { fromMonth: 2, set: { budgetPerMonth: 200 } },
        { fromMonth: 3, set: { budgetPerMonth: 400 } },
      ],
    };
    expect(column(input, 'costs')).toEqual(['140', '238', '436.2']);
  });

  test('a change from month 1 replaces the starting value', () => {
    expect(column({ ...handExample, changes: [{ fromMonth: 1, set: { averageOrderValue: 100 } }] }, 'revenue')).toEqual(['2000', '1900', '1810']);
  });

  test('an emails change from month 2 changes emails and the churn from then on', () => {
    const input = { ...handExample, churnPerEmail: 0.1, changes: [{ fromMonth: 2, set: { emailsPerMonth: 1 } }] };
    // keep month 1 = 0.7: S2 = 1500; keep month 2 = 0.8: S3 = 1300
    expect(column(input, 'subscribersStart')).toEqual(['2000', '1500', '1300']);
    expect(column(input, 'emailsSent')).toEqual(['4000', '1500', '1300']);
  });

  test('a change beyond the horizon is an input error naming that change', () => {
    const input = {
      ...handExample,
      changes: [
        { fromMonth: 2, set: { budgetPerMonth: 1 } },
        { fromMonth: 13, set: { budgetPerMonth: 2 } },
      ],
    };
    expect(() => forecast(input, { months: 12 })).toThrow(InputError);
    expect(() => forecast(input, { months: 12 })).toThrow(/^changes\[1\]\.fromMonth: .*beyond the 12-month horizon/);
  });

  test('a change in the last month of the horizon is accepted', () => {
    expect(forecast({ ...handExample, changes: [{ fromMonth: 3, set: { budgetPerMonth: 300 } }] }, months3).rows[2]!.costs.toString()).toBe('336.2');
  });
});

describe('dates', () => {
  test('a start date on the 31st gives month-end dates clamped to shorter months', () => {
    const rows = forecast({ ...handExample, startDate: '2026-01-31' }, { months: 4 }).rows;
    expect(rows.map((r) => r.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  test('a start date in a leap year reaches 29 February', () => {
    expect(forecast({ ...handExample, startDate: '2024-01-31' }, { months: 2 }).rows[1]!.date).toBe('2024-02-29');
  });

  test('rows have no date without a start date', () => {
    expect(forecast(handExample, months3).rows.every((r) => !('date' in r))).toBe(true);
  });
});

describe('investment', () => {
  test('the investment is paid at t = 0, undiscounted, before month 1', () => {
    const result = forecast({ ...handExample, investment: 500 }, months3);
    expect(result.investment.toString()).toBe('500');
    expect(result.rows.map((r) => r.cumulativeNpv.toString())).toEqual(['-140', '197', '513.3']);
    expect(result.npv.toString()).toBe('513.3');
  });

  test('with discounting the investment still reduces the NPV by its full amount', () => {
    const without = forecast({ ...handExample, discountRateAnnual: 0.1 }, months3).npv;
    const withInvestment = forecast({ ...handExample, discountRateAnnual: 0.1, investment: 777 }, months3).npv;
    expect(without.minus(withInvestment).toString()).toBe('777');
  });

  test('the running cost of the investment is a monthly cost', () => {
    expect(column({ ...handExample, runningCostPerMonth: 10 }, 'costs')).toEqual(['150', '148', '146.2']);
  });
});

describe('other inputs', () => {
  test('the off-email multiplier scales revenue', () => {
    expect(column({ ...handExample, offEmailMultiplier: 1.5 }, 'revenue')).toEqual(['1500', '1425', '1357.5']);
  });

  test('an already parsed input gives the same forecast', () => {
    expect(forecast(parseScenarioInput(handExample), months3).npv.toString()).toBe('1013.3');
  });

  test('a horizon in years is twelve months a year', () => {
    expect(forecast(handExample, { years: 2 }).rows).toHaveLength(24);
  });

  test('forecast does not mutate a deep-frozen input', () => {
    const input = deepFreeze({ ...handExample, changes: [{ fromMonth: 2, set: { budgetPerMonth: 300 } }] });
    const copy = structuredClone(input);
    const horizon = deepFreeze({ months: 3 });
    forecast(input, horizon);
    expect(input).toEqual(copy);
    expect(horizon).toEqual({ months: 3 });
  });

  test('edge inputs produce no NaN in any row', () => {
    const input: ScenarioInputData = {
      ...handExample,
      subscribers: 0,
      churnModel: 'compound',
      churnPerEmail: 1,
      emailsPerMonth: 0,
      newSubscribersGrowthMonthly: -0.999,
      discountRateAnnual: -0.99,
      inflationAnnual: -0.5,
      pricesFollowInflation: true,
    };
    for (const row of forecast(input, { months: 24 }).rows) {
      for (const value of Object.values(row)) {
        if (typeof value === 'object') expect((value as { isNaN(): boolean }).isNaN()).toBe(false);
      }
    }
  });
});

describe('plausibility warnings', () => {
  test('are listed with the result, and empty for a plausible input', () => {
    expect(forecast({ ...handExample, inflationAnnual: 3 }, months3).warnings).toEqual([
      'inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?',
    ]);
    expect(forecast(handExample, months3).warnings).toEqual([]);
  });
});
