import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../app/src/analysis/filePlace';
import { getAt, setAt } from '../../../app/src/state/paths';

const file = {
  baseline: { openRate: 0.4, segments: { 'a.b': { share: 0.5, openRate: 0.3 }, c: { share: 0.5 } } },
  hypotheses: { H1: { openRate: 0.35 }, 'H2+H4': { combine: ['H2', 'H4'] }, 'v1.5': { emailsPerMonth: 3 } },
};

describe('placeOf', () => {
  it('finds the baseline’s field, a hypothesis’s field, and a segment’s field', () => {
    expect(placeOf(file, 'baseline.openRate')).toEqual({ keys: ['baseline', 'openRate'], fieldKeys: ['openRate'], fieldPath: 'openRate' });
    expect(placeOf(file, 'hypotheses.H1.openRate')).toEqual({ keys: ['hypotheses', 'H1', 'openRate'], fieldKeys: ['openRate'], fieldPath: 'openRate' });
    expect(placeOf(file, 'baseline.segments.c.openRate')).toEqual({
      keys: ['baseline', 'segments', 'c', 'openRate'],
      fieldKeys: ['segments', 'c', 'openRate'],
      fieldPath: 'segments.c.openRate',
    });
    // A combined hypothesis writes its own values under `set`.
    expect(placeOf(file, 'hypotheses.H2+H4.set.emailsPerMonth')).toEqual({
      keys: ['hypotheses', 'H2+H4', 'set', 'emailsPerMonth'],
      fieldKeys: ['emailsPerMonth'],
      fieldPath: 'emailsPerMonth',
    });
  });

  it('reads names with dots and pluses by the keys the file has', () => {
    expect(placeOf(file, 'hypotheses.v1.5.emailsPerMonth')?.keys).toEqual(['hypotheses', 'v1.5', 'emailsPerMonth']);
    expect(placeOf(file, 'hypotheses.H2+H4.openRate')?.keys).toEqual(['hypotheses', 'H2+H4', 'openRate']);
    expect(placeOf(file, 'baseline.segments.a.b.openRate')).toMatchObject({
      keys: ['baseline', 'segments', 'a.b', 'openRate'],
      fieldKeys: ['segments', 'a.b', 'openRate'],
    });
  });

  it('names a place a hypothesis does not write yet by the baseline’s keys (a segment named with a dot)', () => {
    expect(placeOf(file, 'hypotheses.H1.segments.a.b.openRate')?.keys).toEqual(['hypotheses', 'H1', 'segments', 'a.b', 'openRate']);
    expect(placeOf(file, 'hypotheses.H2+H4.set.segments.a.b.openRate')?.fieldKeys).toEqual(['segments', 'a.b', 'openRate']);
  });

  it('accepts an input a scenario does not write yet, and refuses a place outside the scenarios', () => {
    expect(placeOf(file, 'hypotheses.H1.clickRate')?.keys).toEqual(['hypotheses', 'H1', 'clickRate']);
    expect(placeOf(file, 'hypotheses.H9.openRate')).toBeUndefined();
    expect(placeOf(file, 'name')).toBeUndefined();
    expect(placeOf(file, 'baseline')).toBeUndefined();
    expect(placeOf(file, 'hypotheses.H1')).toBeUndefined();
  });
});

describe('getAt and setAt at a place in the file', () => {
  it('reads a value, and undefined where there is none', () => {
    expect(getAt(file, ['baseline', 'segments', 'a.b', 'openRate'])).toBe(0.3);
    expect(getAt(file, ['baseline', 'nope', 'x'])).toBeUndefined();
  });

  it('writes a copy, sharing what it did not change, never mutating the file', () => {
    const before = structuredClone(file);
    const spec = { dist: 'beta', alpha: 40, beta: 60 };
    const next = setAt(file, ['hypotheses', 'H1', 'openRate'], spec);
    expect(next.hypotheses.H1).toEqual({ openRate: spec });
    expect(file).toEqual(before);
    expect(next.baseline).toBe(file.baseline);
    expect(next.hypotheses['H2+H4']).toBe(file.hypotheses['H2+H4']);
    expect(next).not.toBe(file);
    expect(setAt(file, ['hypotheses', 'H1', 'clickRate'], 0.1).hypotheses.H1).toEqual({ openRate: 0.35, clickRate: 0.1 });
  });
});
