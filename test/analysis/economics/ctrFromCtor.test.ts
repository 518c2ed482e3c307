import { describe, expect, it } from 'vitest';
import { ctrFromCtor } from '../../../src/analysis/economics/ctrFromCtor';
import { inputErrorOf } from '../../model/support';

describe('ctrFromCtor', () => {
  it('multiplies the open rate by the click-to-open rate, without float noise', () => {
    expect(ctrFromCtor(0.4, 0.1)).toBe(0.04); // 0.4 × 0.1 in floats is 0.04000000000000001
    expect(ctrFromCtor(0.35, 0.08)).toBe(0.028);
    expect(ctrFromCtor(0, 0.5)).toBe(0);
  });

  it('rejects rates outside 0…1', () => {
    expect(inputErrorOf(() => ctrFromCtor(40, 0.1)).message).toMatch(/^openRate: must be a fraction from 0 to 1/);
    expect(inputErrorOf(() => ctrFromCtor(0.4, -0.1)).message).toMatch(/^ctor: must be a fraction from 0 to 1/);
  });
});
