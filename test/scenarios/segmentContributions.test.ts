import { describe, expect, test } from 'vitest';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import { forecast } from '../../src/model/forecast';
import { segmentContributions } from '../../src/scenarios/segmentContributions';
import { issueExample } from '../schema/segmentedExample';

// Two segments, no churn, no acquisition, two months: every month is the same, so each flow is worked out by hand.
const tiny = {
  subscribers: 1000,
  emailsPerMonth: 1,
  openRate: 0.3,
  clickRate: 0.1,
  conversionRate: 0.1,
  averageOrderValue: 100,
  grossMargin: 0.5,
  costPerThousandEmails: 10,
  budgetPerMonth: 50,
  investment: 200,
  discountRateAnnual: 0.1,
  segments: { A: { share: 0.4, openRate: 0.5 }, B: { share: 0.6, openRate: 0.1 } },
};
// DF_m = 1.1^(−m/12); the two months' factors summed.
const discount = 1.1 ** (-1 / 12) + 1.1 ** (-2 / 12);

describe('segmentContributions', () => {
  test('a segment’s contribution is its gross profit minus its sending costs, discounted (by hand)', () => {
    // A: 400 emails × 0.5 × 0.1 × 0.1 = 2 orders × $100 = $200 revenue, $100 gross profit, − 400 × $10 / 1,000 = $4 → $96 a month.
    // B: 600 emails × 0.1 × 0.1 × 0.1 = 0.6 orders → $60 revenue, $30 gross profit, − $6 → $24 a month.
    const [two] = segmentContributions(decimalCalculator, forecast(tiny, { months: 2 }).rows, [2])!;
    expect(Object.keys(two!.segments)).toEqual(['A', 'B']);
    expect(two!.months).toBe(2);
    expect(two!.segments.A!.toNumber()).toBeCloseTo(96 * discount, 9);
    expect(two!.segments.B!.toNumber()).toBeCloseTo(24 * discount, 9);
    // The whole scenario's part: −$200 at t = 0, −$50 of budget each month.
    expect(two!.scenarioWide.toNumber()).toBeCloseTo(-200 - 50 * discount, 9);
  });

  test('the contributions and the scenario-wide part add up to the NPV at every horizon, to the 40 digits of exact money', () => {
    const rows = forecast(issueExample, { months: 60 }).rows;
    const splits = segmentContributions(decimalCalculator, rows, [12, 36, 60])!;
    expect(splits.map((s) => s.months)).toEqual([12, 36, 60]);
    for (const split of splits) {
      const total = Object.values(split.segments).reduce((sum, c) => sum.plus(c), split.scenarioWide);
      const npv = forecast(issueExample, { months: split.months }).npv;
      expect(total.minus(npv).abs().toNumber()).toBeLessThan(1e-30);
      // Independently: the scenario-wide part is −Σ budget × DF_m (no investment, no running cost, no inflation).
      let budget = 0;
      for (let m = 1; m <= split.months; m++) budget -= 3000 * 1.12 ** (-m / 12);
      expect(split.scenarioWide.toNumber()).toBeCloseTo(budget, 6);
    }
  });

  test('a contribution can be negative: a segment that costs more to mail than it earns', () => {
    const costly = { ...tiny, segments: { A: { share: 0.4, openRate: 0.5 }, B: { share: 0.6, openRate: 0.001 } } };
    const [one] = segmentContributions(decimalCalculator, forecast(costly, { months: 1 }).rows, [1])!;
    // B: 600 × 0.001 × 0.1 × 0.1 = 0.006 orders → $0.30 gross profit − $6 sending = −$5.70.
    expect(one!.segments.B!.toNumber()).toBeCloseTo(-5.7 * 1.1 ** (-1 / 12), 9);
  });

  test('is undefined for an unsegmented scenario', () => {
    const plain = Object.fromEntries(Object.entries(tiny).filter(([key]) => key !== 'segments')) as Omit<typeof tiny, 'segments'>;
    expect(segmentContributions(decimalCalculator, forecast(plain, { months: 2 }).rows, [2])).toBeUndefined();
  });
});
