import { describe, expect, test } from 'vitest';
import { applyPatch } from '../../src/scenarios/applyPatch';
import { forecast } from '../../src/model/forecast';
import { baseline, deepFreeze } from './support';

describe('applyPatch', () => {
  test('fields in the patch replace the input’s and the others are kept', () => {
    expect(applyPatch(baseline, { openRate: 0.45, averageOrderValue: 50 })).toEqual({ ...baseline, openRate: 0.45, averageOrderValue: 50 });
  });

  test('an empty patch gives an equal, new object', () => {
    const result = applyPatch(baseline, {});
    expect(result).toEqual(baseline);
    expect(result).not.toBe(baseline);
  });

  test('changes are appended: the input’s first, then the patch’s', () => {
    const input = { ...baseline, changes: [{ fromMonth: 7, set: { emailsPerMonth: 3 } }] };
    const result = applyPatch(input, { changes: [{ fromMonth: 13, set: { emailsPerMonth: 4 } }] });
    expect(result.changes).toEqual([
      { fromMonth: 7, set: { emailsPerMonth: 3 } },
      { fromMonth: 13, set: { emailsPerMonth: 4 } },
    ]);
  });

  test('a patch without changes keeps the input’s changes', () => {
    const input = { ...baseline, changes: [{ fromMonth: 7, set: { emailsPerMonth: 3 } }] };
    expect(applyPatch(input, { openRate: 0.3 }).changes).toEqual(input.changes);
  });

  test('at the same month the patch’s change wins', () => {
    const input = { ...baseline, changes: [{ fromMonth: 2, set: { averageOrderValue: 10 } }] };
    const patched = applyPatch(input, { changes: [{ fromMonth: 2, set: { averageOrderValue: 90 } }] });
    const byHand = { ...baseline, changes: [{ fromMonth: 2, set: { averageOrderValue: 90 } }] };
    expect(forecast(patched, { months: 3 }).npv.toString()).toBe(forecast(byHand, { months: 3 }).npv.toString());
  });

  test('a field given as undefined is ignored', () => {
    expect(applyPatch(baseline, { openRate: undefined }).openRate).toBe(0.4);
  });

  test('neither the input nor the patch is mutated', () => {
    const input = deepFreeze({ ...baseline, changes: [{ fromMonth: 7, set: { emailsPerMonth: 3 } }] });
    const patch = deepFreeze({ openRate: 0.45, changes: [{ fromMonth: 13, set: { emailsPerMonth: 4 } }] });
    expect(() => applyPatch(input, patch)).not.toThrow();
    expect(input.changes).toHaveLength(1);
    expect(patch.changes).toHaveLength(1);
  });
});
