import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/numeric/studentTQuantile';

describe('studentTQuantile', () => {
  it('matches the printed t table and the closed forms for 1 and 2 degrees of freedom', () => {
    expect(studentTQuantile(0.95, 1)).toBeCloseTo(Math.tan(Math.PI * 0.45), 10); // Cauchy: tan(π(p − ½))
    expect(studentTQuantile(0.95, 2)).toBeCloseTo(0.9 / Math.sqrt(2 * 0.95 * 0.05), 10); // (2p − 1)/√(2p(1 − p))
    const table: [number, number, number][] = [
      [0.95, 5, 2.015],
      [0.95, 30, 1.697],
      [0.975, 10, 2.228],
      [0.99, 20, 2.528],
    ];
    for (const [p, df, t] of table) expect(studentTQuantile(p, df)).toBeCloseTo(t, 3);
    expect(studentTQuantile(0.05, 4)).toBeCloseTo(-2.132, 3);
    expect(studentTQuantile(0.95, 1e6)).toBeCloseTo(1.6449, 4); // the normal's
  });

  it('refuses p outside (0, 1) and degrees of freedom ≤ 0', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(/^p: must be a probability strictly between 0 and 1/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/^degreesOfFreedom: must be a positive finite number/);
  });
});
