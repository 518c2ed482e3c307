import { describe, expect, it } from 'vitest';
import { atScenarioPath } from '../../../src/analysis/uncertainty/atScenarioPath';
import { InputError } from '../../../src/errors/inputError';
import { inputErrorOf } from '../../model/support';

describe('atScenarioPath', () => {
  it('returns what the work returns', () => {
    expect(atScenarioPath(() => 42, 'baseline')).toBe(42);
  });

  it("puts each problem of an InputError under the scenario's path (a problem without a path at the path itself)", () => {
    const error = inputErrorOf(() =>
      atScenarioPath(() => {
        throw new InputError([
          { path: 'horizon', rule: 'overflows' },
          { path: '', rule: 'is wrong' },
        ]);
      }, 'hypotheses.H1'),
    );
    expect(error.problems).toEqual([
      { path: 'hypotheses.H1.horizon', rule: 'overflows' },
      { path: 'hypotheses.H1', rule: 'is wrong' },
    ]);
  });

  it('lets any other error through unchanged', () => {
    const bug = new TypeError('a bug');
    expect(() =>
      atScenarioPath(() => {
        throw bug;
      }, 'baseline'),
    ).toThrow(bug);
  });
});
