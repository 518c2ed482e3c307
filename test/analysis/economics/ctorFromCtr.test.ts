import { describe, expect, it } from 'vitest';
import { ctorFromCtr } from '../../../src/analysis/economics/ctorFromCtr';
import { ctrFromCtor } from '../../../src/analysis/economics/ctrFromCtor';
import { inputErrorOf } from '../../model/support';

describe('ctorFromCtr', () => {
  it('divides the click-through rate by the open rate', () => {
    expect(ctorFromCtr(0.4, 0.04)).toBe(0.1);
    expect(ctorFromCtr(0.25, 0.05)).toBe(0.2);
  });

  it('undoes ctrFromCtor', () => {
    for (const [or, ctor] of [
      [0.4, 0.1],
      [0.35, 0.08],
      [0.9, 1],
      [0.123, 0.456],
    ] as const)
      expect(ctorFromCtr(or, ctrFromCtor(or, ctor))).toBeCloseTo(ctor, 15);
  });

  it('refuses an open rate of 0 and a CTR above the open rate', () => {
    expect(inputErrorOf(() => ctorFromCtr(0, 0)).message).toMatch(/^openRate: must be more than 0 to turn a CTR into a CTOR/);
    expect(inputErrorOf(() => ctorFromCtr(0.2, 0.3)).message).toBe('ctr: must not exceed the open rate (0.2): clicks per open would be above 1');
  });
});
