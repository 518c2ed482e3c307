import { describe, expect, it } from 'vitest';
import { deleteAt, getAt, setAt } from '../../app/src/state/paths';

/** A deep-frozen copy: a write into it throws, so a function that mutates its input fails the test. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) frozen(v);
  return Object.freeze(value);
}

const file = frozen({
  baseline: { openRate: 0.4, segments: { a: { share: 1, openRate: 0.5 } } },
  hypotheses: { H1: { openRate: 0.3 }, H2: { moves: [{ sharePerMonth: 0.1 }] } },
});

describe('reads and writes at a key path of the file', () => {
  it('reads a value, or undefined for a missing step', () => {
    expect(getAt(file, ['baseline', 'segments', 'a', 'share'])).toBe(1);
    expect(getAt(file, ['hypotheses', 'H2', 'moves', 0, 'sharePerMonth'])).toBe(0.1);
    expect(getAt(file, ['hypotheses', 'H3', 'openRate'])).toBeUndefined();
    expect(getAt(file, ['baseline', 'openRate', 'x'])).toBeUndefined();
  });

  it('sets a value in a copy, keeping key order, creating missing objects, never changing the input', () => {
    const next = setAt(file, ['baseline', 'openRate'], 0.45);
    expect(next.baseline.openRate).toBe(0.45);
    expect(file.baseline.openRate).toBe(0.4);
    expect(Object.keys(next.baseline)).toEqual(['openRate', 'segments']);
    expect(next.hypotheses).toBe(file.hypotheses); // untouched branches are shared
    expect(setAt(file, ['hypotheses', 'H3', 'set', 'emailsPerMonth'], 4).hypotheses).toEqual({ ...file.hypotheses, H3: { set: { emailsPerMonth: 4 } } });
    expect(setAt(file, ['hypotheses', 'H2', 'moves', 0, 'sharePerMonth'], 0.2).hypotheses.H2.moves).toEqual([{ sharePerMonth: 0.2 }]);
  });

  it('deletes a key in a copy; a container it leaves empty goes too, below a hypothesis', () => {
    expect(deleteAt(file, ['hypotheses', 'H1', 'openRate']).hypotheses.H1).toEqual({});
    expect(deleteAt(file, ['baseline', 'segments', 'a', 'openRate']).baseline.segments).toEqual({ a: { share: 1 } });
    const noMove = deleteAt(file, ['hypotheses', 'H2', 'moves', 0, 'sharePerMonth']);
    expect(noMove.hypotheses.H2).toEqual({});
    expect(deleteAt(file, ['hypotheses', 'H9', 'openRate'])).toBe(file);
  });
});
