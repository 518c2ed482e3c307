import { describe, expect, test } from 'vitest';
import { inputPeriods } from '../../src/schema/inputPeriods';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { type Retention } from '../../src/schema/retention';
import { segmentValues } from '../../src/schema/segmentValues';
import { deepFreeze } from '../model/support';
import { issueExample, unsegmented } from './segmentedExample';

const scenarioWide = parseScenarioInput(unsegmented);
const withSegments = (segments: Record<string, Record<string, unknown>>) => ({ ...scenarioWide, segments }) as Parameters<typeof segmentValues>[0];
const retention: Retention = { model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 6 };

describe('segmentValues', () => {
  test('an unsegmented input is one segment: no name, the whole list and all new subscribers, its own values', () => {
    expect(segmentValues(scenarioWide)).toEqual([
      {
        name: undefined,
        path: [],
        share: 1,
        newSubscriberShare: 1,
        emailsPerMonth: 2,
        openRate: 0.25,
        clickRate: 0.1,
        conversionRate: 0.04,
        averageOrderValue: 60,
        grossMargin: 1,
        offEmailMultiplier: 1,
        costPerThousandEmails: 0,
        churnPerMonth: 0,
        churnPerEmail: 0,
        retention: undefined,
      },
    ]);
  });

  test("the issue's example: each segment's own values, the rest inherited; dormant takes the 0.5 of new subscribers engaged leaves", () => {
    const [engaged, dormant] = segmentValues(deepFreeze(parseScenarioInput(issueExample)));
    expect(engaged).toEqual({
      name: 'engaged',
      path: ['segments', 'engaged'],
      share: 0.3,
      newSubscriberShare: 0.5,
      emailsPerMonth: 8,
      openRate: 0.5,
      clickRate: 0.1,
      conversionRate: 0.04,
      averageOrderValue: 60,
      grossMargin: 1,
      offEmailMultiplier: 1,
      costPerThousandEmails: 0,
      churnPerMonth: 0,
      churnPerEmail: 0,
      retention,
    });
    expect(dormant).toMatchObject({ name: 'dormant', share: 0.7, newSubscriberShare: 0.5, emailsPerMonth: 2, openRate: 0.08, churnPerEmail: 0.004, retention });
  });

  test('in the order written', () => {
    expect(segmentValues(withSegments({ z: { share: 0.5 }, a: { share: 0.5 } })).map((s) => s.name)).toEqual(['z', 'a']);
  });

  test('no newSubscriberShare given: each segment takes its share of new subscribers', () => {
    const shares = segmentValues(withSegments({ a: { share: 0.2 }, b: { share: 0.3 }, c: { share: 0.5 } })).map((s) => s.newSubscriberShare);
    expect(shares).toEqual([0.2, 0.3, 0.5]);
  });

  test('some give one: the others split what is left by their shares', () => {
    // 1 − 0.4 = 0.6 left, split 0.3 : 0.5 → 0.225 and 0.375.
    const shares = segmentValues(withSegments({ a: { share: 0.2, newSubscriberShare: 0.4 }, b: { share: 0.3 }, c: { share: 0.5 } })).map(
      (s) => s.newSubscriberShare,
    );
    expect(shares[0]).toBe(0.4);
    expect(shares[1]).toBeCloseTo(0.225, 15);
    expect(shares[2]).toBeCloseTo(0.375, 15);
  });

  test('nothing left (or a share of 0) gives 0, never a negative share or NaN', () => {
    expect(segmentValues(withSegments({ a: { share: 0.5, newSubscriberShare: 1.2 }, b: { share: 0.5 } })).map((s) => s.newSubscriberShare)).toEqual([1.2, 0]);
    expect(segmentValues(withSegments({ a: { share: 1, newSubscriberShare: 0.5 }, b: { share: 0 } })).map((s) => s.newSubscriberShare)).toEqual([0.5, 0]);
  });

  test("a segment's own retention replaces the scenario's; the others inherit it", () => {
    const own: Retention = { model: 'sBG', alpha: 3, beta: 4, periodMonths: 12, existingTenureMonths: 0 };
    const values = { ...withSegments({ a: { share: 0.5, retention: own }, b: { share: 0.5 } }), retention };
    expect(segmentValues(values).map((s) => s.retention)).toEqual([own, retention]);
  });

  test("a change's part of a segment's retention merges over the scenario's in force", () => {
    const input = parseScenarioInput({ ...issueExample, changes: [{ fromMonth: 7, set: { segments: { dormant: { retention: { alpha: 2 } } } } }] });
    const [, later] = inputPeriods(input);
    expect(segmentValues(later!.values).map((s) => s.retention)).toEqual([retention, { ...retention, alpha: 2 }]);
  });

  test('a retention a change brings in takes the defaults (periodMonths 1) where it gives none', () => {
    const input = parseScenarioInput({ ...unsegmented, changes: [{ fromMonth: 3, set: { retention: { alpha: 1, beta: 2 } } }] });
    const [first, later] = inputPeriods(input);
    expect(segmentValues(first!.values)[0]!.retention).toBeUndefined();
    expect(segmentValues(later!.values)[0]!.retention).toEqual({ model: 'sBG', alpha: 1, beta: 2, periodMonths: 1, existingTenureMonths: 0 });
  });
});
