import { describe, expect, test } from 'vitest';
import { floatCalculator } from '../../src/index';

describe('floatCalculator', () => {
  const c = floatCalculator;

  test('works on plain doubles, so 0.4 × 0.1 is 0.04000000000000001', () => {
    expect(c.mul(c.from(0.4), c.from(0.1))).toBe(0.04000000000000001);
  });

  test('from parses decimal strings', () => {
    expect(c.from('0.25')).toBe(0.25);
  });

  test('add, sub, mul, div and pow are the plain operators', () => {
    expect(c.add(1, 2)).toBe(3);
    expect(c.sub(1, 2)).toBe(-1);
    expect(c.mul(3, 4)).toBe(12);
    expect(c.div(1, 4)).toBe(0.25);
    expect(c.pow(4, 0.5)).toBe(2);
  });

  test('compare returns −1, 0 or 1', () => {
    expect([c.compare(1, 2), c.compare(2, 2), c.compare(3, 2)]).toEqual([-1, 0, 1]);
  });

  test('isFinite is false for infinities and NaN', () => {
    expect([c.isFinite(1), c.isFinite(Number.POSITIVE_INFINITY), c.isFinite(Number.NaN)]).toEqual([true, false, false]);
  });

  test('toNumber is the identity and zero and one are 0 and 1', () => {
    expect([c.toNumber(7.5), c.zero, c.one]).toEqual([7.5, 0, 1]);
  });
});
