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
