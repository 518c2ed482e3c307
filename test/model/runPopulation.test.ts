import type Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { decimalCalculator as dc } from '../../src/calculator/decimalCalculator';
import { compilePopulation } from '../../src/model/compilePopulation';
import type { MonthRow } from '../../src/model/monthRow';
import { runPopulation } from '../../src/model/runPopulation';
import { parseScenarioInput } from '../../src/index';

/**
 * Two segments by hand, no discounting: a (share 0.25, churn 0.1, 2 emails), b (share 0.75, churn 0.2, 1 email),
 * a → b 50 % a month, 10 new a month all to a, orders 0.01 an email at $10, margin 1, budget 5, $1 per 1,000 emails.
 */
const input = parseScenarioInput({
  subscribers: 400,
  newSubscribersPerMonth: 10,
  emailsPerMonth: 1,
  clickRate: 0.1,
  clickRateBasis: 'delivered',
  conversionRate: 0.1,
  averageOrderValue: 10,
  budgetPerMonth: 5,
  costPerThousandEmails: 1,
  discountRateAnnual: 0,
  segments: { a: { share: 0.25, newSubscriberShare: 1, churnPerMonth: 0.1, emailsPerMonth: 2 }, b: { share: 0.75, newSubscriberShare: 0, churnPerMonth: 0.2 } },
  moves: [{ from: 'a', to: 'b', sharePerMonth: 0.5 }],
});

function run(months: number, lastMonths: number[], checkpointMonths: number[]) {
  const rows: MonthRow<Decimal>[] = [];
  const record = { lastMonths, checkpointMonths, npvAtMonths: [] as Decimal[], rows, startDate: new Date('2026-01-01T00:00:00') };
  const npv = runPopulation(dc, input, compilePopulation(dc, input), record);
  return { npv, rows, record };
}

describe('runPopulation', () => {
  test('runs the month loop by segment: people, sends, cash, losses, moves and new subscribers, by hand', () => {
    const { npv, rows, record } = run(2, [2], [1, 2, 0]);
    // Month 1: a 100 (200 emails, 2 orders, $20), b 300 (300 emails, 3 orders, $30); costs 5 + 0.5 = 5.5; net 44.5.
    // After losses a 90, b 240; a → b 45: a 45, b 285; new: a + 10 = 55.
    // Month 2: a 55 (110 emails, $11), b 285 (285 emails, $28.5); costs 5 + 0.395; net 34.105.
    expect(rows.map((row) => [row.month, row.date, String(row.subscribersStart), String(row.netCashFlow)])).toEqual([
      [1, '2026-01-01', '400', '44.5'],
      [2, '2026-02-01', '340', '34.105'],
    ]);
    expect(String(rows[0]!.subscribersLost)).toBe('70');
    expect(String(rows[0]!.newSubscribers)).toBe('10');
    expect(
      Object.entries(rows[1]!.segments!).map(([name, part]) => [name, String(part.subscribersStart), String(part.costs), String(part.netCashFlow)]),
    ).toEqual([
      ['a', '55', '0.11', '10.89'],
      ['b', '285', '0.285', '28.215'],
    ]);
    expect(record.npvAtMonths.map(String)).toEqual(['44.5', '78.605']);
    expect(String(npv)).toBe('78.605');
    // After month 2: a 55 × 0.9 × 0.5 + 10 = 34.75, b 285 × 0.8 + 24.75 = 252.75
    expect(String((record as { listAfter?: unknown }).listAfter)).toBe('287.5');
  });

  test('keeps no rows when none are asked for', () => {
    const npvAtMonths: Decimal[] = [];
    const npv = runPopulation(dc, input, compilePopulation(dc, input), {
      lastMonths: [2],
      checkpointMonths: [0],
      npvAtMonths,
      rows: undefined,
      startDate: undefined,
    });
    expect(String(npv)).toBe('78.605');
    expect(npvAtMonths).toEqual([]);
  });
});
