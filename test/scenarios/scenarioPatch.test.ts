import { describe, expect, test } from 'vitest';
import { fieldRules } from '../../src/schema/fields';
import { InputError } from '../../src/errors/inputError';
import { parseWith } from '../../src/schema/parseWith';
import { ScenarioPatch } from '../../src/scenarios/scenarioPatch';

const problemsOf = (data: unknown): string[] => {
  try {
    parseWith(ScenarioPatch, data);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.rule}`);
    throw error;
  }
  return [];
};

describe('ScenarioPatch', () => {
  test('an empty patch is valid and fills in nothing', () => {
    expect(ScenarioPatch.parse({})).toEqual({});
  });

  test('every field of the input may be given alone', () => {
    expect(Object.keys(ScenarioPatch.shape).sort()).toEqual([...Object.keys(fieldRules), 'startDate', 'segments', 'moves', 'retention', 'changes'].sort());
    expect(ScenarioPatch.parse({ subscribers: 5 })).toEqual({ subscribers: 5 });
    expect(ScenarioPatch.parse({ startDate: '2026-01-01' })).toEqual({ startDate: '2026-01-01' });
  });

  test('a field follows the same rule as in the full input', () => {
    expect(problemsOf({ openRate: 1.5 })).toEqual(['openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)']);
    expect(problemsOf({ churnModel: 'linear' })).toEqual(['churnModel: must be "additive" or "compound"']);
  });

  test('an unknown field is an error', () => {
    expect(problemsOf({ opnRate: 0.4 })).toEqual(['opnRate: is not a known field (check the spelling)']);
  });

  test('changes are checked like the input’s changes', () => {
    expect(problemsOf({ changes: [{ fromMonth: 0, set: { openRate: 0.5 } }] })).toEqual([
      'changes[0].fromMonth: must be a whole month number, 1 or more (month 1 is the first month)',
    ]);
  });
});

describe('ScenarioPatch with segments, moves and retention', () => {
  test('a segment patch may give one field, no share needed; retention a part; moves a whole list', () => {
    const patch = {
      segments: { engaged: { emailsPerMonth: 10 } },
      retention: { beta: 2 },
      moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: 0.05 }],
    };
    expect(ScenarioPatch.parse(patch)).toEqual(patch);
    expect(ScenarioPatch.parse({ segments: {} })).toEqual({ segments: {} });
  });

  test("a segment's field follows its rule; scenario-wide fields are refused in a segment", () => {
    expect(problemsOf({ segments: { engaged: { openRate: 1.5 } } })).toEqual([
      'segments.engaged.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
    ]);
    expect(problemsOf({ segments: { engaged: { discountRateAnnual: 0.1 } } })[0]).toMatch(
      /^segments\.engaged\.discountRateAnnual: holds for the whole scenario, not per segment/,
    );
    expect(problemsOf({ segments: { '2nd': { openRate: 0.5 } } })[0]).toMatch(/^segments\.2nd: is not a valid name: it must start with a letter/);
  });

  test('retention and moves are checked', () => {
    expect(problemsOf({ retention: { alpha: -1 } })).toEqual(['retention.alpha: must be greater than 0 (α of the shifted-beta-geometric retention)']);
    expect(problemsOf({ moves: [{ from: 'a', to: 'b' }] })).toEqual(['moves[0].sharePerMonth: is required']);
  });
});
