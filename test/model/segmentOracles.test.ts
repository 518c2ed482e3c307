import { describe, expect, test } from 'vitest';
import { forecast, forecastNpv, parseScenarioInput, type ScenarioInputData } from '../../src/index';
import { logBeta } from '../oracles/logGamma';
import { D, expectClose, expectDecimalClose } from './support';
import { issueExample } from '../schema/segmentedExample';

/** The issue's worked example: engaged vs dormant, a move, sBG retention from a 6-month-old list. */
const worked: ScenarioInputData = {
  ...issueExample,
};

const dec = (x: { toString(): string }) => new D(x.toString());
/** S(t) = B(α, β + t) / B(α, β), the sBG survival after t periods (log-beta oracle). */
const survival = (alpha: number, beta: number, t: number) => Math.exp(logBeta(alpha, beta + t) - logBeta(alpha, beta));

describe('segment additivity', () => {
  /** Scenario-wide fields shared by the two-segment scenario and the two one-segment scenarios built by hand. */
  const common = {
    emailsPerMonth: 3,
    openRate: 0.3,
    clickRate: 0.12,
    conversionRate: 0.05,
    averageOrderValue: 70,
    grossMargin: 0.6,
    costPerThousandEmails: 2,
    churnPerMonth: 0.02,
    churnPerEmail: 0.003,
    newSubscribersGrowthMonthly: 0.01,
    inflationAnnual: 0.03,
    pricesFollowInflation: true,
    discountRateAnnual: 0.1,
  };
  const fixed = { budgetPerMonth: 2500, runningCostPerMonth: 400, investment: 30000 };
  const retention = { model: 'sBG' as const, alpha: 0.9, beta: 2.5, periodMonths: 3, existingTenureMonths: 5 };
  const twoSegments: ScenarioInputData = {
    ...common,
    ...fixed,
    subscribers: 12000,
    newSubscribersPerMonth: 500,
    segments: {
      a: { share: 0.4, newSubscriberShare: 0.7, emailsPerMonth: 6, openRate: 0.5, churnPerMonth: 0, retention },
      b: { share: 0.6, newSubscriberShare: 0.3, averageOrderValue: 40 },
    },
    changes: [
      { fromMonth: 7, set: { segments: { b: { emailsPerMonth: 1 } }, budgetPerMonth: 3000 } },
      { fromMonth: 13, set: { segments: { a: { retention: { alpha: 1.5 } } }, averageOrderValue: 80 } },
    ],
  };
  // Segment a alone: 40 % of the list, 70 % of acquisition, all fixed costs and the investment.
  const aAlone: ScenarioInputData = {
    ...common,
    ...fixed,
    subscribers: 4800,
    newSubscribersPerMonth: 350,
    emailsPerMonth: 6,
    openRate: 0.5,
    churnPerMonth: 0,
    retention,
    changes: [
      { fromMonth: 7, set: { budgetPerMonth: 3000 } },
      { fromMonth: 13, set: { retention: { alpha: 1.5 }, averageOrderValue: 80 } },
    ],
  };
  // Segment b alone: 60 % of the list, 30 % of acquisition, no fixed costs, no investment.
  const bAlone: ScenarioInputData = {
    ...common,
    subscribers: 7200,
    newSubscribersPerMonth: 150,
    averageOrderValue: 40,
    changes: [{ fromMonth: 7, set: { emailsPerMonth: 1 } }],
  };

  test('without moves, the NPV of two segments is the NPV of each alone, at every horizon', () => {
    const months = 36;
    const both = forecast(twoSegments, { months }).rows;
    const a = forecast(aAlone, { months }).rows;
    const b = forecast(bAlone, { months }).rows; // b has a constant churn: the one-list loop
    for (let m = 0; m < months; m++) expectDecimalClose(dec(both[m]!.cumulativeNpv), dec(a[m]!.cumulativeNpv).plus(dec(b[m]!.cumulativeNpv)), '1e-30');
    const floats = forecastNpv(parseScenarioInput(twoSegments), [12, 36]);
    const [a12, a36] = forecastNpv(parseScenarioInput(aAlone), [12, 36]);
    const [b12, b36] = forecastNpv(parseScenarioInput(bAlone), [12, 36]);
    const sums = [a12! + b12!, a36! + b36!];
    floats.forEach((npv, i) => expectClose(npv, sums[i]!, 1e-12));
  });
});

describe('sBG retention against its closed form', () => {
  const cohort = (alpha: number, beta: number, periodMonths = 1): ScenarioInputData => ({
    subscribers: 1000,
    emailsPerMonth: 2,
    openRate: 0.3,
    clickRate: 0.1,
    conversionRate: 0.05,
    averageOrderValue: 50,
    discountRateAnnual: 0.1,
    retention: { model: 'sBG', alpha, beta, periodMonths },
  });

  test('one cohort keeps S0 × B(α, β + t) / B(α, β) after t periods', () => {
    const rows = forecast(cohort(0.7, 1.2), { months: 120 }).rows;
    for (const t of [0, 1, 2, 5, 12, 60, 119]) expectClose(rows[t]!.subscribersStart.toNumber(), 1000 * survival(0.7, 1.2, t), 1e-12);
    const [k1, k2] = [0.7 / 1.9, 0.7 / 2.9]; // hand: churn α / (α + β + k − 1)
    expectDecimalClose(dec(rows[1]!.subscribersStart), new D(1000).times(new D(1).minus(new D(0.7).div(1.9))), '1e-35');
    expectClose(rows[2]!.subscribersStart.toNumber(), 1000 * (1 - k1) * (1 - k2), 1e-15);
  });

  test('with periodMonths 12 the list steps down once a year: Fader & Hardie’s "regular" and "high end" customers', () => {
    const published = [
      { alpha: 0.704, beta: 1.182, alive: [22.0, 20.4, 19.1, 18.0, 17.0] },
      { alpha: 0.668, beta: 3.806, alive: [46.0, 43.6, 41.4, 39.5, 37.8] },
    ];
    for (const { alpha, beta, alive } of published) {
      const rows = forecast(cohort(alpha, beta, 12), { months: 12 * 12 + 1 }).rows;
      for (let year = 0; year < 12; year++) {
        const inYear = rows.slice(12 * year, 12 * year + 12).map((row) => row.subscribersStart.toString());
        expect(new Set(inYear).size, `year ${year + 1} holds one value`).toBe(1);
        expectClose(Number(inYear[0]), 1000 * survival(alpha, beta, year), 1e-12);
      }
      alive.forEach((percent, i) => {
        const years = 8 + i;
        const share = rows[12 * years]!.subscribersStart.toNumber() / 1000;
        expect(Math.round(share * 1000) / 10, `${years} years`).toBe(percent);
      });
    }
  });

  test('α = cK, β = (1 − c)K tends to the constant churn c as K grows', () => {
    const c = 0.05;
    const constant = forecastNpv(parseScenarioInput({ ...cohort(1, 1), retention: undefined, churnPerMonth: c, newSubscribersPerMonth: 200 }), [60])[0]!;
    const gaps = [10, 1e3, 1e5, 1e7].map((K) => {
      const npv = forecastNpv(parseScenarioInput({ ...cohort(c * K, (1 - c) * K), newSubscribersPerMonth: 200 }), [60])[0]!;
      return Math.abs(npv - constant) / Math.abs(constant);
    });
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThan(gaps[i - 1]! / 50); // the gap is O(months / K)
    expect(gaps[3]!).toBeLessThan(1e-5);
  });

  test('the existing list starts at the hazard of its tenure', () => {
    const rows = forecast({ ...cohort(0.7, 1.2), retention: { model: 'sBG', alpha: 0.7, beta: 1.2, existingTenureMonths: 6 } }, { months: 3 }).rows;
    // 6 months done: month 1 ends the 7th, churn 0.7 / (0.7 + 1.2 + 6); then the 8th, 0.7 / 8.9
    const lost1 = new D(1000).times(0.7).div(7.9);
    const kept1 = new D(1000).minus(lost1);
    expectDecimalClose(dec(rows[0]!.subscribersLost), lost1, '1e-35');
    expectDecimalClose(dec(rows[1]!.subscribersLost), kept1.times(0.7).div(8.9), '1e-35');
  });
});

describe('moves', () => {
  test('conserve people: with no churn and no acquisition the total never changes', () => {
    const rows = forecast(
      {
        ...worked,
        newSubscribersPerMonth: 0,
        retention: undefined,
        segments: {
          engaged: { share: 0.3, openRate: 0.5 },
          casual: { share: 0.25 },
          dormant: { share: 0.45, openRate: 0.08 },
        },
        moves: [
          { from: 'engaged', to: 'dormant', sharePerMonth: 0.03 },
          { from: 'engaged', to: 'casual', sharePerMonth: 0.11 },
          { from: 'dormant', to: 'engaged', sharePerMonth: 0.07 },
          { from: 'casual', to: 'dormant', sharePerMonth: 0.2 },
        ],
        changes: [{ fromMonth: 13, set: { moves: [{ from: 'dormant', to: 'casual', sharePerMonth: 0.5 }] } }],
      },
      { months: 36 },
    ).rows;
    for (const row of rows) {
      // Exact while the people in each segment fit the 40 significant digits (the first two years here), then to the 40th digit.
      if (row.month <= 24) expect(row.subscribersStart.toString(), `month ${row.month}`).toBe('20000');
      else expectDecimalClose(dec(row.subscribersStart), new D(20000), '1e-38');
      const parts = Object.values(row.segments!);
      expect(parts.reduce((sum, part) => sum.plus(dec(part.movedOut)), new D(0)).toString()).toBe(
        parts.reduce((sum, part) => sum.plus(dec(part.movedIn)), new D(0)).toString(),
      );
    }
  });

  test('a move by hand: two segments, two months', () => {
    const rows = forecast(
      {
        subscribers: 400,
        newSubscribersPerMonth: 10,
        emailsPerMonth: 1,
        openRate: 0.5,
        clickRate: 0.1,
        conversionRate: 0.1,
        averageOrderValue: 10,
        discountRateAnnual: 0,
        segments: { e: { share: 0.25, newSubscriberShare: 0.6, churnPerMonth: 0.1 }, d: { share: 0.75, churnPerMonth: 0.2 } },
        moves: [
          { from: 'e', to: 'd', sharePerMonth: 0.5 },
          { from: 'd', to: 'e', sharePerMonth: 0.1 },
        ],
      },
      { months: 2 },
    ).rows;
    // Month 1: e 100, d 300; after losses e 90 (lost 10), d 240 (lost 60); moves e → d 45, d → e 24: e 69, d 261; new: e + 6, d + 4.
    const [e1, d1] = [rows[0]!.segments!.e!, rows[0]!.segments!.d!];
    expect([e1.subscribersStart, e1.subscribersLost, e1.movedOut, e1.movedIn, e1.newSubscribers].map(String)).toEqual(['100', '10', '45', '24', '6']);
    expect([d1.subscribersStart, d1.subscribersLost, d1.movedOut, d1.movedIn, d1.newSubscribers].map(String)).toEqual(['300', '60', '24', '45', '4']);
    // Month 2: e 75, d 265; after losses e 67.5, d 212; moves e → d 33.75, d → e 21.2: e 54.95, d 224.55.
    const [e2, d2] = [rows[1]!.segments!.e!, rows[1]!.segments!.d!];
    expect([e2.subscribersStart, e2.subscribersLost, e2.movedOut, e2.movedIn].map(String)).toEqual(['75', '7.5', '33.75', '21.2']);
    expect([d2.subscribersStart, d2.subscribersLost, d2.movedOut, d2.movedIn].map(String)).toEqual(['265', '53', '21.2', '33.75']);
    expect(rows[1]!.subscribersStart.toString()).toBe('340');
    expect(rows[1]!.emailsSent.toString()).toBe('340');
  });
});

describe('per-segment rows', () => {
  test('add up to the totals: people, emails, orders, revenue; Σ segment net − fixed costs × price index = net', () => {
    const input: ScenarioInputData = {
      ...worked,
      runningCostPerMonth: 250,
      costPerThousandEmails: 3,
      inflationAnnual: 0.04,
      changes: [{ fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 } }, budgetPerMonth: 3500 } }],
    };
    const { rows } = forecast(input, { months: 24 });
    let priceIndex = new D(1);
    const monthlyInflation = new D(1.04).pow(new D(1).div(12));
    for (const row of rows) {
      const parts = Object.values(row.segments!);
      const sum = (pick: (part: (typeof parts)[number]) => { toString(): string }) => parts.reduce((total, part) => total.plus(dec(pick(part))), new D(0));
      for (const field of ['subscribersStart', 'subscribersLost', 'newSubscribers', 'emailsSent', 'orders', 'revenue', 'grossProfit'] as const)
        expectDecimalClose(
          sum((part) => part[field]),
          dec(row[field]),
          '1e-35',
        );
      const fixed = new D(row.month < 7 ? 3250 : 3750).times(priceIndex);
      expectDecimalClose(sum((part) => part.netCashFlow).minus(fixed), dec(row.netCashFlow), '1e-30');
      expectDecimalClose(sum((part) => part.costs).plus(fixed), dec(row.costs), '1e-30');
      priceIndex = priceIndex.times(monthlyInflation);
    }
    expect(rows[8]!.segments!.dormant!.emailsSent.toString()).toBe('0'); // the sunset policy
  });
});
