import { describe, expect, test } from 'vitest';
import { HistoryEvidence, HISTORY_LIMITS } from '../../src/scenarios/historyEvidence';
import { problemsFromZod } from '../../src/schema/problemsFromZod';
import { deepFreeze } from './support';

/** Every problem of `data` as `history.path: rule`, the way a scenario file reports them. */
const problemsOf = (data: unknown): string[] => {
  const result = HistoryEvidence.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return problemsFromZod(result.error).map((p) => `history.${p.path}: ${p.rule}`.replace('history.: ', 'history: '));
};

const good = deepFreeze({
  campaigns: [
    {
      date: '2025-01-07',
      name: 'January sale',
      segment: 'Newsletter',
      delivered: 20000,
      openRate: 0.31,
      clickRate: 0.021,
      conversionRate: 0.04,
      churnPerEmail: 0.002,
    },
    { delivered: 150 },
  ],
  fitted: {
    openRate: { mean: 0.3, meanBand: [0.28, 0.32], campaignBand: [0.2, 0.4] },
    'segments.VIP customers.clickRate': { mean: 0.05, meanBand: [0.04, 0.06], campaignBand: [0.02, 0.09] },
  },
  list: [{ date: '2025-01-31', subscribers: 20000, fitted: 19876.5 }],
  retention: [
    { period: 0, observed: 1, fitted: 1, atRisk: 1000 },
    { period: 1, observed: 0.631, fitted: 0.627, atRisk: 1000 },
  ],
});

describe('HistoryEvidence', () => {
  test('accepts what fit writes, unchanged', () => {
    expect(HistoryEvidence.parse(good)).toEqual(good);
    expect(HistoryEvidence.parse({})).toEqual({});
  });

  test('locates a rate outside 0…1, a date that does not exist, a count below 0 and a misspelt key', () => {
    const campaigns = [...good.campaigns, { delivered: 10 }, { date: '2025-02-30', delivered: -1, openRate: 1.2, clicks: 3 }];
    expect(problemsOf({ campaigns })).toEqual([
      'history.campaigns[3].date: must be a date that exists (YYYY-MM-DD)',
      'history.campaigns[3].delivered: must be 0 or more (emails delivered)',
      'history.campaigns[3].openRate: must be a fraction from 0 to 1 (unique opens / delivered)',
      'history.campaigns[3].clicks: is not a known field (check the spelling)',
    ]);
  });

  test('refuses numbers that are not finite and text in place of numbers', () => {
    expect(problemsOf({ list: [{ date: '2025-01-31', subscribers: Number.NaN, fitted: Number.POSITIVE_INFINITY }] })).toEqual([
      'history.list[0].subscribers: must be a number (subscribers observed)',
      'history.list[0].fitted: must be a number (subscribers fitted)',
    ]);
    expect(problemsOf({ campaigns: [{ delivered: '20,000' }] })).toEqual(['history.campaigns[0].delivered: must be a number (emails delivered)']);
  });

  test('locates a band out of order and a fitted key that names no rate', () => {
    expect(problemsOf({ fitted: { openRate: { mean: 0.3, meanBand: [0.32, 0.28], campaignBand: [0.2, 0.4] } } })).toEqual([
      'history.fitted.openRate.meanBand: must have low ≤ high (the central 90 % interval of the mean)',
    ]);
    expect(problemsOf({ fitted: { averageOrderValue: { mean: 0.3, meanBand: [0.2, 0.4], campaignBand: [0.2, 0.4] } } })[0]).toMatch(
      /^history\.fitted\.averageOrderValue: .*must name a rate: openRate, clickRate, conversionRate or churnPerEmail/,
    );
  });

  test('wants retention periods whole and strictly increasing, shares from 0 to 1', () => {
    expect(
      problemsOf({
        retention: [
          { period: 0, observed: 1, fitted: 1, atRisk: 10 },
          { period: 0, observed: 0.5, fitted: 0.5, atRisk: 10 },
        ],
      }),
    ).toEqual(['history.retention[1].period: must be later than the period before (periods strictly increase)']);
    expect(problemsOf({ retention: [{ period: 1.5, observed: 1.01, fitted: 1, atRisk: 10 }] })).toEqual([
      'history.retention[0].period: must be a whole number of periods',
      'history.retention[0].observed: must be a fraction from 0 to 1 (share alive, observed)',
    ]);
  });

  test('bounds its sizes', () => {
    const campaigns = Array.from({ length: HISTORY_LIMITS.campaigns + 1 }, () => ({ delivered: 1 }));
    expect(problemsOf({ campaigns })).toEqual([`history.campaigns: must hold at most 20000 campaigns`]);
  });

  test('says what it must be when it is not an object', () => {
    expect(problemsOf([])).toEqual(['history: must be an object: { campaigns?, fitted?, list?, retention? } (what fit wrote)']);
  });
});
