import { describe, expect, it } from 'vitest';
import { subscriberValue } from '../../../src/analysis/economics/subscriberValue';
import { D, deepFreeze, expectClose, expectDecimalClose, inputErrorOf } from '../../model/support';
import { subscriberExample } from '../subscriberExample';
import { hypergeometric2F1 } from '../../oracles/hypergeometric';
import { logBeta } from '../../oracles/logGamma';

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

/** v = $1 a month (subscriberExample), no churn but retention by tenure, d = 10 % a month (1.1^12 − 1 a year, exact in decimals). */
const retained = (alpha: number, beta: number) => ({
  ...subscriberExample,
  churnPerMonth: 0,
  discountRateAnnual: 2.138428376721,
  retention: { model: 'sBG' as const, alpha, beta },
});
/** Fader & Hardie 2010, DERL of a customer with n − 1 renewals (closed form): B(α, β+n) / B(α, β+n−1) × 2F1(1, β+n; α+β+n; 1/(1+d)). */
const derlClosedForm = (alpha: number, beta: number, n: number, d: number) =>
  Math.exp(logBeta(alpha, beta + n) - logBeta(alpha, beta + n - 1)) * hypergeometric2F1(1, beta + n, alpha + beta + n, 1 / (1 + d));

describe('subscriberValue with retention by tenure (sBG)', () => {
  // Fader & Hardie (2010), Table 3, d = 10 % a period: DERL for n = 1…5.
  const table3 = [
    { alpha: 3.8, beta: 15.2, derl: [3.31, 3.45, 3.59, 3.72, 3.84] },
    { alpha: 0.067, beta: 0.267, derl: [7.68, 9.46, 9.86, 10.06, 10.19] },
  ];
  for (const { alpha, beta, derl } of table3) {
    it(`gives Fader & Hardie's DERL for α ${alpha}, β ${beta} through the timing conversion, to the closed form and to Table 3`, () => {
      derl.forEach((published, i) => {
        const n = i + 1;
        // A customer with n − 1 renewals is a subscriber with tenure n − 1; 320 months leave a tail below 1.1^−320 × 11 ≈ 6e-13.
        const value = subscriberValue(retained(alpha, beta), { months: 320, tenureMonths: n - 1 });
        expect(value.tenureMonths).toBe(n - 1);
        const d = value.discountRateMonthly.toNumber();
        expectClose(d, 0.1, 1e-15);
        const converted = (1 + d) * ((1 + d) * value.value.toNumber() - 1); // DERL(n) = (1+d) × [(1+d) × value(n−1) − v]
        expectClose(converted, derlClosedForm(alpha, beta, n, 0.1), 1e-12);
        expect(Math.abs(converted - published)).toBeLessThanOrEqual(0.011); // the paper's α and β are rounded
      });
    });
  }

  it('gives the same DERL from tenure n: P(renew n) × (1 + d) × value(n)', () => {
    const [alpha, beta] = [0.067, 0.267];
    for (const n of [1, 4]) {
      const value = subscriberValue(retained(alpha, beta), { months: 320, tenureMonths: n }).value.toNumber();
      const renew = 1 - alpha / (alpha + beta + n - 1);
      expectClose(renew * 1.1 * value, derlClosedForm(alpha, beta, n, 0.1), 1e-12);
    }
  });

  it('sums a short horizon by hand, and values a new subscriber at tenure 0 whatever the list’s tenure', () => {
    const input = { ...retained(1, 1), discountRateAnnual: 0, retention: { model: 'sBG' as const, alpha: 1, beta: 1, existingTenureMonths: 2 } };
    // churn_k = 1 / (1 + k): tenure 2 keeps 3/4, then 4/5; tenure 0 keeps 1/2, then 2/3
    const result = subscriberValue(input, { months: 3 });
    expect(result.tenureMonths).toBeUndefined();
    expect(result.value.toString()).toBe('2.35'); // 1 + 3/4 + 3/4 × 4/5
    expectDecimalClose(result.newSubscriberValue, new D(1).plus(0.5).plus(new D(1).div(3)), '1e-30'); // 1 + 1/2 + 1/2 × 2/3
    expect(result.lossShareMonthly.toString()).toBe('0.25'); // churn of the third month of tenure
    expect(result.steadyStateValue).toBeNull();
    expect(result.constantChurn).toBe(false);
    expect(subscriberValue(input, { months: 3, tenureMonths: 0 }).value.toString()).toBe(result.newSubscriberValue.toString());
  });

  it('rejects a tenure that is not a whole number of months', () => {
    expect(inputErrorOf(() => subscriberValue(retained(1, 1), { tenureMonths: 1.5 })).message).toMatch(/^tenureMonths: must be a whole number of months/);
  });
});

describe('subscriberValue with segments', () => {
  /** Two segments, each $1 × its emails a month: engaged 3 emails, churn 0.2; dormant 1 email, churn 0.5; no discounting. */
  const segmented = {
    ...subscriberExample,
    emailsPerMonth: 1,
    churnPerMonth: 0.5,
    segments: { engaged: { share: 0.25, newSubscriberShare: 0.6, emailsPerMonth: 3, churnPerMonth: 0.2, costPerThousandEmails: 40 }, dormant: { share: 0.75 } },
  };

  it('values one subscriber per segment, and weighs them by share (the list) and by newSubscriberShare (a new subscriber)', () => {
    const result = subscriberValue(segmented, { months: 2 });
    // engaged: v = 1.5 (3 emails × $0.5 of gross profit each), keep 0.8: 1.5 + 1.2 = 2.7; dormant: v = 0.5, keep 0.5: 0.5 + 0.25 = 0.75
    expect(result.segments!.engaged!.value.toString()).toBe('2.7');
    expect(result.segments!.dormant!.value.toString()).toBe('0.75');
    expect(result.value.toString()).toBe('1.2375'); // 0.25 × 2.7 + 0.75 × 0.75
    expect(result.newSubscriberValue.toString()).toBe('1.92'); // 0.6 × 2.7 + 0.4 × 0.75 (dormant takes what engaged leaves)
    expect(result.grossProfitPerMonth.toString()).toBe('0.75'); // 0.25 × 1.5 + 0.75 × 0.5
    expect(result.lossShareMonthly.toString()).toBe('0.425'); // 0.25 × 0.2 + 0.75 × 0.5
    expect(result.constantChurn).toBe(true);
    expect(result.steadyStateValue!.toString()).toBe('2.625'); // 0.25 × 1.5 / 0.2 + 0.75 × 0.5 / 0.5
    expect(result.segments!.engaged!.steadyStateValue!.toString()).toBe('7.5');
    expect(Object.keys(result.segments!)).toEqual(['engaged', 'dormant']);
  });

  it('follows a subscriber through a move, and has no closed form then', () => {
    const result = subscriberValue({ ...segmented, moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: 0.5 }] }, { months: 3 });
    // engaged subscriber: month 1 1.5; after losses 0.8, half moves: 0.4 engaged + 0.4 dormant → month 2 0.4 × 1.5 + 0.4 × 0.5 = 0.8;
    // then 0.32 engaged → 0.16 stay, 0.16 move; dormant 0.4 × 0.5 = 0.2 + 0.16 = 0.36 → month 3 0.16 × 1.5 + 0.36 × 0.5 = 0.42
    expect(result.segments!.engaged!.value.toString()).toBe('2.72');
    expect(result.segments!.dormant!.value.toString()).toBe('0.875'); // 0.5 + 0.25 + 0.125
    expect(result.constantChurn).toBe(false);
    expect(result.steadyStateValue).toBeNull();
  });

  it('leaves out segments’ sending costs and a sunset policy’s acquisition split, but honours a change of a segment’s emails', () => {
    const result = subscriberValue(
      { ...segmented, changes: [{ fromMonth: 2, set: { segments: { engaged: { emailsPerMonth: 1, newSubscriberShare: 0.1, costPerThousandEmails: 9 } } } }] },
      { months: 2 },
    );
    expect(result.segments!.engaged!.value.toString()).toBe('1.9'); // 1.5 + 0.8 × 0.5 × 1 email
    expect(result.constantInputs).toBe(false);
    const costsOnly = subscriberValue(
      { ...segmented, changes: [{ fromMonth: 2, set: { segments: { engaged: { costPerThousandEmails: 9 } } } }] },
      { months: 2 },
    );
    expect(costsOnly.constantInputs).toBe(true);
    expect(costsOnly.segments!.engaged!.value.toString()).toBe('2.7');
  });
});
