import { describe, expect, test } from 'vitest';
import { KeepTable } from '../../src/model/keepTable';
import { compilePopulation } from '../../src/model/compilePopulation';
import { cellOpsOf } from '../../src/calculator/cellOps';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';

const base = { subscribers: 1000, emailsPerMonth: 2, openRate: 0.2, clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 50, discountRateAnnual: 0.1 };
const segmentOf = (data: object) => compilePopulation(decimalCalculator, parseScenarioInput({ ...base, ...data })).periods[0]!.segments[0]!;

describe('KeepTable', () => {
  test('monthly periods: 1 − α / (α + β + n − 1) − DR × e at every n (by hand, α 1, β 3, DR 0.01, e 2)', () => {
    const table = new KeepTable(cellOpsOf(decimalCalculator), segmentOf({ churnPerEmail: 0.01, retention: { alpha: 1, beta: 3 } }), 4);
    expect(Array.from({ length: 4 }, (_, i) => String(table.upTo(4)[i + 1]))).toEqual([
      '0.73',
      '0.78',
      '0.8133333333333333333333333333333333333333',
      '0.8371428571428571428571428571428571428571',
    ]);
  });

  test('yearly periods: only the months that end a year lose more than the sends (compound churn, by hand)', () => {
    const table = new KeepTable(
      cellOpsOf(decimalCalculator),
      segmentOf({ churnModel: 'compound', churnPerEmail: 0.1, retention: { alpha: 1, beta: 1, periodMonths: 12 } }),
      24,
    ).upTo(24);
    expect(String(table[11])).toBe('0.81'); // (1 − 0.1)²
    expect(String(table[12])).toBe('0.405'); // (1 − 1/2) × 0.81
    expect(String(table[24])).toBe('0.54'); // (1 − 1/3) × 0.81
  });

  test('fills each entry once, as far as asked', () => {
    let calls = 0;
    const segment = segmentOf({ retention: { alpha: 1, beta: 3 } });
    const counted = { ...segment, retention: { ...segment.retention!, keepAtPeriodEnd: (k: number) => (calls++, segment.retention!.keepAtPeriodEnd(k)) } };
    const table = new KeepTable(cellOpsOf(decimalCalculator), counted, 10);
    table.upTo(3);
    table.upTo(2);
    table.upTo(5);
    expect(calls).toBe(5);
  });
});
