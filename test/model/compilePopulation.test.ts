import { describe, expect, test } from 'vitest';
import { decimalCalculator as dc } from '../../src/calculator/decimalCalculator';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { compilePopulation, isOneList } from '../../src/model/compilePopulation';
import { parseScenarioInput } from '../../src/index';
import { D, handExample } from './support';
import { issueExample } from '../schema/segmentedExample';

/** The issue's worked example, with a sunset policy from month 7. */
const worked = parseScenarioInput({
  ...issueExample,
  changes: [{ fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 } } } }],
});

describe('isOneList', () => {
  test('is true without segments, moves or retention, and false when any of them appears, from month 1 or in a change', () => {
    expect(isOneList(parseScenarioInput(handExample))).toBe(true);
    expect(isOneList(worked)).toBe(false);
    expect(isOneList(parseScenarioInput({ ...handExample, churnPerMonth: 0, retention: { alpha: 1, beta: 2 } }))).toBe(false);
    const later = parseScenarioInput({ ...handExample, churnPerMonth: 0, changes: [{ fromMonth: 3, set: { retention: { alpha: 2, beta: 3 } } }] });
    expect(later.retention).toBeUndefined();
    expect(isOneList(later)).toBe(false);
    expect(isOneList(parseScenarioInput({ ...handExample, changes: [{ fromMonth: 3, set: { budgetPerMonth: 1 } }] }))).toBe(true);
  });
});

describe('compilePopulation', () => {
  test('compiles each segment’s factors, shares, moves and retention, run by run', () => {
    const plan = compilePopulation(dc, worked);
    expect(plan.segmentNames).toEqual(['engaged', 'dormant']);
    expect(plan.tracksTenure).toBe(true);
    expect(plan.existingTenureMonths).toEqual([6, 6]);
    expect(plan.periods.map((period) => period.factors.fromMonth)).toEqual([1, 7]);
    const [engaged, dormant] = plan.periods[0]!.segments;
    // orders per email: OR × CTOR × CR = 0.5 × 0.1 × 0.04 and 0.08 × 0.1 × 0.04
    expect([engaged!.ordersPerEmail, dormant!.ordersPerEmail].map(String)).toEqual(['0.002', '0.00032']);
    expect([engaged!.emailsPerMonth, dormant!.emailsPerMonth].map(String)).toEqual(['8', '2']);
    expect([engaged!.newSubscriberShare, dormant!.newSubscriberShare].map(String)).toEqual(['0.5', '0.5']);
    expect(plan.periods[0]!.moves.map((m) => [m.from, m.to, String(m.share)])).toEqual([[0, 1, '0.03']]);
    // constant part of the keep: no churnPerMonth; dormant loses 0.004 × 2 to its sends
    expect([engaged!.keep, dormant!.keep].map(String)).toEqual(['1', '0.992']);
    // at the end of the k-th period: 1 − (α / (α + β + k − 1) + churnPerEmail × emails)
    expect(engaged!.retention!.periodMonths).toBe(1);
    expect(
      new D(engaged!.retention!.keepAtPeriodEnd(7).toString())
        .minus(new D(1).minus(new D(0.7).div(7.9)))
        .abs()
        .lt('1e-38'),
    ).toBe(true);
    expect(
      new D(dormant!.retention!.keepAtPeriodEnd(1).toString())
        .minus(new D(1).minus(new D(0.7).div(1.9)).minus(0.008))
        .abs()
        .lt('1e-38'),
    ).toBe(true);
    expect(String(plan.periods[1]!.segments[1]!.emailsPerMonth)).toBe('0'); // the sunset policy
    expect(String(plan.periods[1]!.segments[1]!.keep)).toBe('1');
  });

  test('compiles an unsegmented input as one unnamed segment holding everything, on floats as well', () => {
    const plan = compilePopulation(floatCalculator, parseScenarioInput(handExample));
    expect(plan.segmentNames).toEqual([undefined]);
    expect(plan.tracksTenure).toBe(false);
    const [only] = plan.periods[0]!.segments;
    expect([only!.keep, only!.newSubscriberShare, only!.retention]).toEqual([0.9, 1, undefined]);
  });

  test('takes a segment’s existing tenure from its own retention, else the scenario’s', () => {
    const input = parseScenarioInput({
      ...handExample,
      churnPerMonth: 0,
      retention: { alpha: 1, beta: 2, existingTenureMonths: 4 },
      segments: { a: { share: 0.5, retention: { alpha: 1, beta: 3, existingTenureMonths: 9, periodMonths: 12 } }, b: { share: 0.5 } },
    });
    const plan = compilePopulation(dc, input);
    expect(plan.existingTenureMonths).toEqual([9, 4]);
    expect(plan.periods[0]!.segments.map((s) => s.retention!.periodMonths)).toEqual([12, 1]);
  });
});
