import { describe, expect, test } from 'vitest';
import { inputPeriods } from '../../src/index';
import { deepFreeze } from '../model/support';

describe('inputPeriods', () => {
  test('an input without changes is one run from month 1', () => {
    const input: { budgetPerMonth: number; changes?: { fromMonth: number; set: object }[] } = { budgetPerMonth: 1200 };
    expect(inputPeriods(input)).toEqual([{ fromMonth: 1, changeIndex: undefined, values: { budgetPerMonth: 1200 }, changedFields: [] }]);
  });

  test('an empty changes list is one run without the changes key', () => {
    expect(inputPeriods({ budgetPerMonth: 1200, changes: [] })).toEqual([
      { fromMonth: 1, changeIndex: undefined, values: { budgetPerMonth: 1200 }, changedFields: [] },
    ]);
  });

  test('a change starts a new run carrying the other values', () => {
    const periods = inputPeriods({ budgetPerMonth: 1200, openRate: 0.4, changes: [{ fromMonth: 7, set: { budgetPerMonth: 1800 } }] });
    expect(periods).toEqual([
      { fromMonth: 1, changeIndex: undefined, values: { budgetPerMonth: 1200, openRate: 0.4 }, changedFields: [] },
      { fromMonth: 7, changeIndex: 0, values: { budgetPerMonth: 1800, openRate: 0.4 }, changedFields: ['budgetPerMonth'] },
    ]);
  });

  test('changes are applied in month order whatever their list order, each building on the previous run', () => {
    const periods = inputPeriods({
      a: 1,
      b: 1,
      changes: [
        { fromMonth: 9, set: { b: 3 } },
        { fromMonth: 4, set: { a: 2 } },
      ],
    });
    expect(periods.map((s) => [s.fromMonth, s.changeIndex, s.values])).toEqual([
      [1, undefined, { a: 1, b: 1 }],
      [4, 1, { a: 2, b: 1 }],
      [9, 0, { a: 2, b: 3 }],
    ]);
  });

  test('changes in the same month merge, the later list entry winning and both fields counted as changed', () => {
    const periods = inputPeriods({
      a: 1,
      b: 1,
      changes: [
        { fromMonth: 3, set: { a: 5, b: 5 } },
        { fromMonth: 3, set: { a: 7 } },
      ],
    });
    expect(periods).toHaveLength(2);
    expect(periods[1]).toEqual({ fromMonth: 3, changeIndex: 1, values: { a: 7, b: 5 }, changedFields: ['a', 'b', 'a'] });
  });

  test('a change from month 1 alters the first run itself', () => {
    const periods = inputPeriods({ a: 1, changes: [{ fromMonth: 1, set: { a: 2 } }] });
    expect(periods).toEqual([{ fromMonth: 1, changeIndex: 0, values: { a: 2 }, changedFields: ['a'] }]);
  });

  test('inputPeriods does not mutate a deep-frozen input', () => {
    const input = deepFreeze({
      a: 1,
      changes: [
        { fromMonth: 5, set: { a: 2 } },
        { fromMonth: 2, set: { a: 3 } },
      ],
    });
    const copy = structuredClone(input);
    inputPeriods(input);
    expect(input).toEqual(copy);
  });
});

describe('inputPeriods with segments, moves and retention', () => {
  const segments = { engaged: { share: 0.3, emailsPerMonth: 8 }, dormant: { share: 0.7, openRate: 0.08 } };
  const moves = [{ from: 'engaged', to: 'dormant', sharePerMonth: 0.03 }];
  const retention = { model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 6 };

  test("a change's segments merge into those in force from its month: a sunset policy", () => {
    const input = deepFreeze({ segments, changes: [{ fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 } } } }] });
    const periods = inputPeriods(input);
    expect(periods.map((p) => [p.fromMonth, p.values.segments])).toEqual([
      [1, segments],
      [7, { engaged: { share: 0.3, emailsPerMonth: 8 }, dormant: { share: 0.7, openRate: 0.08, emailsPerMonth: 0 } }],
    ]);
    expect(periods[1]!.changedFields).toEqual(['segments']);
    expect(input.segments.dormant).toEqual({ share: 0.7, openRate: 0.08 });
  });

  test('changes build on each other: a later change merges into what the earlier one left', () => {
    const periods = inputPeriods({
      segments,
      changes: [
        { fromMonth: 13, set: { segments: { dormant: { openRate: 0.1 } } } },
        { fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 }, engaged: { emailsPerMonth: 10 } } } },
      ],
    });
    expect(periods.map((p) => [p.fromMonth, p.values.segments])).toEqual([
      [1, segments],
      [7, { engaged: { share: 0.3, emailsPerMonth: 10 }, dormant: { share: 0.7, openRate: 0.08, emailsPerMonth: 0 } }],
      [13, { engaged: { share: 0.3, emailsPerMonth: 10 }, dormant: { share: 0.7, openRate: 0.1, emailsPerMonth: 0 } }],
    ]);
  });

  test("a change's moves replace the list from its month; its retention merges", () => {
    const back = [{ from: 'dormant', to: 'engaged', sharePerMonth: 0.05 }];
    const periods = inputPeriods({ segments, moves, retention, changes: [{ fromMonth: 4, set: { moves: back, retention: { alpha: 1 } } }] });
    expect(periods[0]!.values.moves).toEqual(moves);
    expect(periods[1]!.values.moves).toEqual(back);
    expect(periods[1]!.values.retention).toEqual({ ...retention, alpha: 1 });
    expect(inputPeriods({ segments, moves, changes: [{ fromMonth: 4, set: { moves: [] } }] })[1]!.values.moves).toEqual([]);
  });
});
