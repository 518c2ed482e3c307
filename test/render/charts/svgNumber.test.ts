import { describe, expect, test } from 'vitest';
import { svgNumber } from '../../../src/render/charts/svgNumber';

describe('svgNumber', () => {
  test('rounds to 0.1 px', () => {
    expect(svgNumber(12.3456)).toBe('12.3');
    expect(svgNumber(12.35)).toBe('12.4');
    expect(svgNumber(700)).toBe('700');
    expect(svgNumber(-3.26)).toBe('-3.3');
  });

  test('never writes -0', () => {
    expect(svgNumber(-0.04)).toBe('0');
    expect(svgNumber(-0)).toBe('0');
  });

  test('throws on a coordinate that is not finite', () => {
    expect(() => svgNumber(Number.NaN)).toThrow('svgNumber: a chart coordinate is not finite (NaN)');
    expect(() => svgNumber(Number.POSITIVE_INFINITY)).toThrow(/not finite \(Infinity\)/);
  });
});
