import { describe, expect, it } from 'vitest';
import { numericHessian } from '../../src/numeric/numericHessian';

describe('numericHessian', () => {
  it('gives the second derivatives of a cubic and of exp(x)·sin(y) worked by hand', () => {
    // f = x³ + 2xy + y²: f_xx = 6x, f_xy = 2, f_yy = 2
    const cubic = numericHessian(([x, y]) => x! ** 3 + 2 * x! * y! + y! ** 2, [1.5, -2]);
    expect(cubic[0]![0]).toBeCloseTo(9, 6);
    expect(cubic[0]![1]).toBeCloseTo(2, 6);
    expect(cubic[1]![0]).toBe(cubic[0]![1]);
    expect(cubic[1]![1]).toBeCloseTo(2, 6);
    // f = eˣ sin y: f_xx = eˣ sin y, f_xy = eˣ cos y, f_yy = −eˣ sin y
    const [x, y] = [0.3, 1.1];
    const h = numericHessian(([a, b]) => Math.exp(a!) * Math.sin(b!), [x, y]);
    expect(h[0]![0]).toBeCloseTo(Math.exp(x) * Math.sin(y), 6);
    expect(h[0]![1]).toBeCloseTo(Math.exp(x) * Math.cos(y), 6);
    expect(h[1]![1]).toBeCloseTo(-Math.exp(x) * Math.sin(y), 6);
  });

  it('refuses a bad point or step', () => {
    expect(() => numericHessian(([a]) => a!, [Number.NaN])).toThrow(/^x: must be a non-empty list of finite numbers/);
    expect(() => numericHessian(([a]) => a!, [1], 0)).toThrow(/^stepScale: must be a positive finite number/);
  });
});
