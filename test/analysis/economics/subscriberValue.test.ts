import { describe, expect, it } from 'vitest';
import { subscriberValue } from '../../../src/analysis/economics/subscriberValue';
import { D, deepFreeze, expectClose, expectDecimalClose, inputErrorOf } from '../../model/support';
import { subscriberExample } from '../subscriberExample';

/** v = $1 a month (see subscriberExample); keep 0.9; DF_m = 1.01^−m; costs and an investment that must not count. */
const input = {
  ...subscriberExample,
  subscribers: 5000,
  newSubscribersPerMonth: 300,
  budgetPerMonth: 1200,
  costPerThousandEmails: 5,
  investment: 10000,
  discountRateAnnual: 1.01 ** 12 - 1,
};

describe('subscriberValue', () => {
  it('sums three months of kept, discounted gross profit by hand', () => {
    // 1 / 1.01 + 0.9 / 1.01² + 0.81 / 1.01³
    const expected = new D(1)
      .div(1.01)
      .plus(new D(0.9).div(new D(1.01).pow(2)))
      .plus(new D(0.81).div(new D(1.01).pow(3)));
    const result = subscriberValue(input, { months: 3 });
    expect(result.months).toBe(3);
    expectDecimalClose(result.value, expected, '1e-15'); // the rate 1.01^12 − 1 is a float: DF1 is 1 / 1.01 to about 1e-16
  });

  it('sums three months without discounting to 1 + 0.9 + 0.81, whatever the list, acquisition and costs', () => {
    const result = subscriberValue({ ...input, discountRateAnnual: 0 }, { months: 3 });
    expect(result.value.toString()).toBe('2.71');
    expect(result.grossProfitPerMonth.toString()).toBe('1');
    expect(result.lossShareMonthly.toString()).toBe('0.1');
    expect(result.discountRateMonthly.toString()).toBe('0');
    expect(result.steadyStateValue!.toString()).toBe('10'); // 1 / (0.1 + 0)
  });

  it('converges to the infinite-horizon form v × DF1 / (1 − keep × DF1) as the horizon grows', () => {
    const df1 = 1 / 1.01;
    const infinite = (1 * df1) / (1 - 0.9 * df1); // = 1 / (0.1 + 0.01)
    const values = [12, 60, 600].map((months) => subscriberValue(input, { months }).value.toNumber());
    // the finite sum falls short of the infinite one by exactly the tail (keep × DF1)^M
    [12, 60, 600].forEach((months, i) => expectClose(values[i]!, infinite * (1 - (0.9 * df1) ** months), 1e-13));
    expectClose(values[2]!, infinite, 1e-13);
    expectClose(subscriberValue(input).steadyStateValue!.toNumber(), infinite, 1e-14);
  });

  it('is close to the steady state v / (c + d) over five years when churn and discounting are substantial', () => {
    const result = subscriberValue(input, { years: 5 });
    expect(result.constantInputs).toBe(true);
    const gap = result.steadyStateValue!.minus(result.value).div(result.steadyStateValue!).toNumber();
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(0.002); // (0.9 / 1.01)^60 ≈ 0.001
  });

  it('honours changes and compound churn by running the model, and says the steady state no longer applies', () => {
    const changed = subscriberValue(
      { ...input, discountRateAnnual: 0, changes: [{ fromMonth: 2, set: { averageOrderValue: 200, budgetPerMonth: 5000 } }] },
      { months: 3 },
    );
    expect(changed.value.toString()).toBe('4.42'); // 1 + 0.9 × 2 + 0.81 × 2: the budget change is a cost, left out
    expect(changed.constantInputs).toBe(false);
    const compound = subscriberValue({ ...input, discountRateAnnual: 0, churnModel: 'compound', churnPerEmail: 0.1 }, { months: 2 });
    expect(compound.lossShareMonthly.toString()).toBe('0.271'); // 1 − 0.9 × 0.9²
    expect(compound.value.toString()).toBe('1.729');
  });

  it('treats a change that only touches costs as constant inputs', () => {
    expect(subscriberValue({ ...input, changes: [{ fromMonth: 2, set: { budgetPerMonth: 1800 } }] }).constantInputs).toBe(true);
    expect(subscriberValue({ ...input, inflationAnnual: 0.03, pricesFollowInflation: true }).constantInputs).toBe(false);
  });

  it('has no steady state when nobody leaves and nothing is discounted', () => {
    const result = subscriberValue({ ...input, churnPerMonth: 0, discountRateAnnual: 0 }, { months: 12 });
    expect(result.steadyStateValue).toBeNull();
    expect(result.value.toString()).toBe('12');
  });

  it('does not mutate the input and rejects a bad horizon', () => {
    const frozen = deepFreeze({ ...input, changes: [{ fromMonth: 2, set: { budgetPerMonth: 1 } }] });
    expect(() => subscriberValue(frozen)).not.toThrow();
    expect(inputErrorOf(() => subscriberValue(input, { years: 5, months: 3 })).message).toBe('horizon: must give either months or years, not both');
  });
});
