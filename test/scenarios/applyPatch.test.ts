import { describe, expect, test } from 'vitest';
import { applyPatch } from '../../src/scenarios/applyPatch';
import { forecast } from '../../src/model/forecast';
import { baseline, deepFreeze } from './support';
import { issueExample } from '../schema/segmentedExample';

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

describe('applyPatch with segments, moves and retention', () => {
  const input = deepFreeze(issueExample);

  test("a segment's field changes only that field: the others and the other segment stay", () => {
    const patched = applyPatch(input, { segments: { engaged: { emailsPerMonth: 10 } } });
    expect(patched).toEqual({
      ...issueExample,
      segments: { engaged: { share: 0.3, newSubscriberShare: 0.5, openRate: 0.5, emailsPerMonth: 10 }, dormant: issueExample.segments.dormant },
    });
  });

  test('retention is patched in part; moves are replaced whole', () => {
    const patched = applyPatch(input, { retention: { beta: 2 }, moves: [{ from: 'dormant', to: 'engaged', sharePerMonth: 0.01 }] });
    expect(patched.retention).toEqual({ model: 'sBG', alpha: 0.7, beta: 2, periodMonths: 1, existingTenureMonths: 6 });
    expect(patched.moves).toEqual([{ from: 'dormant', to: 'engaged', sharePerMonth: 0.01 }]);
    expect(applyPatch(input, { moves: [] }).moves).toEqual([]);
  });

  test("a segment's own retention is patched in part; a new segment is added after the others", () => {
    const withOwn = {
      ...issueExample,
      segments: { ...issueExample.segments, dormant: { ...issueExample.segments.dormant, retention: { alpha: 1, beta: 1 } } },
    };
    expect(applyPatch(withOwn, { segments: { dormant: { retention: { alpha: 3 } } } }).segments?.dormant).toEqual({
      ...issueExample.segments.dormant,
      retention: { alpha: 3, beta: 1 },
    });
    expect(Object.keys(applyPatch(input, { segments: { vip: { share: 0 } } }).segments!)).toEqual(['engaged', 'dormant', 'vip']);
  });

  test('segments patched in an unsegmented input become its segments', () => {
    expect((applyPatch(baseline, { segments: { all: { share: 1 } } }) as { segments?: unknown }).segments).toEqual({ all: { share: 1 } });
  });

  test('the input is not mutated', () => {
    applyPatch(input, { segments: { engaged: { emailsPerMonth: 10 } }, retention: { alpha: 1 } });
    expect(input.segments.engaged.emailsPerMonth).toBe(8);
    expect(input.retention.alpha).toBe(0.7);
  });
});
