import { describe, expect, it } from 'vitest';
import { nearestValidValue } from '../../../src/analysis/search/nearestValidValue';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { expectClose } from '../../model/support';

describe('nearestValidValue', () => {
  const input = parseScenarioInput({
    subscribers: 1000,
    churnPerMonth: 0.1,
    churnPerEmail: 0.2,
    emailsPerMonth: 4,
    openRate: 0.5,
    clickRate: 0.1,
    conversionRate: 0.05,
    averageOrderValue: 40,
    discountRateAnnual: 0.1,
    changes: [{ fromMonth: 3, set: { emailsPerMonth: 2 } }],
  });

  it('keeps a valid value as it is', () => {
    const result = nearestValidValue(input, 'openRate', 0.5, 0.7);
    expect([result.value, result.clamped, result.input.openRate]).toEqual([0.7, false, 0.7]);
  });

  it('clamps to the field’s own range', () => {
    expect(nearestValidValue(input, 'openRate', 0.5, 1.3)).toMatchObject({ value: 1, clamped: true });
    expect(nearestValidValue(input, 'openRate', 0.5, -2)).toMatchObject({ value: 0, clamped: true });
  });

  it('stops where additive churn would lose the whole list, in every month, the scaled changes included', () => {
    // 0.1 + 0.2 × e ≤ 1 in month 1 (e = 4 → 4.5 max); the change to 2 emails scales with it and stays below.
    const result = nearestValidValue(input, 'emailsPerMonth', 4, 10);
    expect(result.clamped).toBe(true);
    expectClose(result.value, 4.5, 1e-15);
    expect(0.1 + 0.2 * result.value).toBeLessThanOrEqual(1 + 1e-15);
    expectClose(result.input.changes[0]!.set.emailsPerMonth!, 2 * (result.value / 4), 1e-15);
  });
});
