import { describe, expect, test } from 'vitest';
import { Change, ChangeSet, IsoDate, ScenarioInput } from '../../src/schema/scenarioInput';
import { issueExample } from './segmentedExample';

const minimal = { subscribers: 1000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 50, discountRateAnnual: 0.1 };
const messages = (result: { error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('ScenarioInput', () => {
  test("fills the README's defaults", () => {
    expect(ScenarioInput.parse(minimal)).toEqual({
      ...minimal,
      newSubscribersPerMonth: 0,
      newSubscribersGrowthMonthly: 0,
      churnPerMonth: 0,
      churnPerEmail: 0,
      churnModel: 'additive',
      clickRateBasis: 'opens',
      grossMargin: 1,
      offEmailMultiplier: 1,
      budgetPerMonth: 0,
      costPerThousandEmails: 0,
      investment: 0,
      runningCostPerMonth: 0,
      inflationAnnual: 0,
      pricesFollowInflation: false,
      changes: [],
    });
  });

  test('needs the open rate when the click rate is per open, not when it is per delivered email', () => {
    const withoutOpens = Object.fromEntries(Object.entries(minimal).filter(([key]) => key !== 'openRate'));
    expect(messages(ScenarioInput.safeParse(withoutOpens))).toEqual(['openRate: is required when clickRateBasis is "opens" (click rate per open, CTOR)']);
    expect(ScenarioInput.safeParse({ ...withoutOpens, clickRateBasis: 'delivered' }).success).toBe(true);
  });

  test('refuses additive churn above the whole list in any month, where the excess starts', () => {
    // 0.1 + 0.3 × 2 = 0.7 from month 1; 0.1 + 0.3 × 4 = 1.3 from month 13.
    const result = ScenarioInput.safeParse({ ...minimal, churnPerMonth: 0.1, churnPerEmail: 0.3, changes: [{ fromMonth: 13, set: { emailsPerMonth: 4 } }] });
    expect(messages(result)).toEqual([
      'changes.0.set.churnPerEmail: churnPerMonth + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is 1.3 from month 13)',
    ]);
    // Compound churn never loses more than the list: (1 − 0.1)(1 − 0.3)^4 > 0.
    expect(ScenarioInput.safeParse({ ...minimal, churnModel: 'compound', churnPerMonth: 0.1, churnPerEmail: 0.3, emailsPerMonth: 4 }).success).toBe(true);
  });

  test('refuses unknown fields', () => {
    expect(ScenarioInput.safeParse({ ...minimal, opnRate: 0.4 }).success).toBe(false);
  });
});

describe('IsoDate, Change and ChangeSet', () => {
  test('a date is YYYY-MM-DD and exists', () => {
    expect(IsoDate.safeParse('2025-02-28').success).toBe(true);
    expect(messages(IsoDate.safeParse('2025-02-30'))).toEqual([': must be a date that exists (YYYY-MM-DD)']);
    expect(messages(IsoDate.safeParse('1/2/2025'))).toEqual([': must be a date written YYYY-MM-DD']);
  });

  test('a change starts at a whole month from 1 to 1200', () => {
    expect(Change.safeParse({ fromMonth: 1200, set: {} }).success).toBe(true);
    for (const fromMonth of [0, 1.5, 1201]) expect(Change.safeParse({ fromMonth, set: {} }).success, String(fromMonth)).toBe(false);
  });

  test('a change set takes the changeable fields only, each with its own rule', () => {
    expect(ChangeSet.safeParse({ emailsPerMonth: 4, openRate: 0.3 }).success).toBe(true);
    expect(ChangeSet.safeParse({ openRate: 1.5 }).success).toBe(false);
    expect(ChangeSet.safeParse({ subscribers: 10 }).success).toBe(false);
  });
});

describe('ScenarioInput with segments, moves and retention', () => {
  const sunset = (set: Record<string, unknown>, fromMonth = 7) => ScenarioInput.safeParse({ ...issueExample, changes: [{ fromMonth, set }] });

  test("the issue's example parses; an input without them gains no segments, moves or retention keys", () => {
    const parsed = ScenarioInput.parse(issueExample);
    expect(parsed.segments).toEqual(issueExample.segments);
    expect(parsed.retention).toEqual(issueExample.retention);
    const keys = Object.keys(ScenarioInput.parse(minimal));
    for (const key of ['segments', 'moves', 'retention']) expect(keys).not.toContain(key);
  });

  test("a change may set a segment's fields, the moves and the retention", () => {
    const result = sunset({
      segments: { dormant: { emailsPerMonth: 0 }, engaged: { newSubscriberShare: 0.6 } },
      moves: [{ from: 'dormant', to: 'engaged', sharePerMonth: 0.1 }],
      retention: { beta: 2 },
    });
    expect(messages(result)).toEqual([]);
    expect(result.data?.changes[0]?.set.segments).toEqual({ dormant: { emailsPerMonth: 0 }, engaged: { newSubscriberShare: 0.6 } });
  });

  test("a change may not set a segment's share nor the list's tenure at month 1, nor name an unknown segment", () => {
    expect(messages(sunset({ segments: { engaged: { share: 0.5 } } }))).toEqual([
      'changes.0.set.segments.engaged.share: splits the list at month 1 only: to move subscribers between segments later, use moves',
    ]);
    expect(messages(sunset({ retention: { existingTenureMonths: 12 } }))).toEqual([
      'changes.0.set.retention.existingTenureMonths: holds at month 1 only: set it in the scenario\u2019s retention',
    ]);
    expect(messages(sunset({ segments: { engaged: { retention: { existingTenureMonths: 12 } } } }))).toEqual([
      'changes.0.set.segments.engaged.retention.existingTenureMonths: holds at month 1 only: set it in the scenario\u2019s retention',
    ]);
    expect(messages(sunset({ segments: { lapsed: { emailsPerMonth: 0 } } }))).toEqual([
      'changes.0.set.segments.lapsed: names no segment of the scenario (engaged, dormant)',
    ]);
  });

  test("a change's segment field follows the field's rule", () => {
    expect(messages(sunset({ segments: { dormant: { openRate: 2 } } }))).toEqual([
      'changes.0.set.segments.dormant.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
    ]);
  });
});
