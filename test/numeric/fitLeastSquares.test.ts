import { describe, expect, it } from 'vitest';
import { fitLeastSquares } from '../../src/numeric/fitLeastSquares';

// y = a × exp(−b t) + c sampled at t = 0…19 with a = 5, b = 0.3, c = 1: the truth is known by construction.
const truth = [5, 0.3, 1];
const t = Array.from({ length: 20 }, (_, i) => i);
const observed = t.map((ti) => truth[0]! * Math.exp(-truth[1]! * ti) + truth[2]!);
const residuals = ([a, b, c]: readonly number[]) => t.map((ti, i) => a! * Math.exp(-b! * ti) + c! - observed[i]!);
const bounds = [
  { min: 0, max: 100 },
  { min: 0, max: 5 },
  { min: -50, max: 50 },
];

describe('fitLeastSquares', () => {
  it('recovers the parameters of a curve generated from known values, from a wide box', () => {
    const fit = fitLeastSquares({ bounds, residuals, seed: 7 });
    fit.params.forEach((p, j) => expect(p).toBeCloseTo(truth[j]!, 6));
    expect(Math.max(...fit.residuals.map(Math.abs))).toBeLessThan(1e-6);
  });

  it('gives the same answer for the same seed', () => {
    expect(fitLeastSquares({ bounds, residuals, seed: 3 }).params).toEqual(fitLeastSquares({ bounds, residuals, seed: 3 }).params);
  });

  it('evaluates the residuals once per parameter vector the optimiser tries', () => {
    const seen = new Map<string, number>();
    const counted = (p: readonly number[]) => {
      seen.set(p.join(), (seen.get(p.join()) ?? 0) + 1);
      return residuals(p);
    };
    const fit = fitLeastSquares({ bounds, residuals: counted, seed: 7 });
    const calls = [...seen.values()].reduce((a, b) => a + b, 0);
    expect(fit.evaluations).toBe(calls - 1); // the last call recomputes the residuals of the answer
    // A vector comes back only when the optimiser returns to it (a rejected step, a start): a handful of times,
    // not once per data point as when the two vectors of a central difference were read point by point.
    const repeated = [...seen.values()].filter((n) => n > 1).length;
    expect(repeated).toBeLessThan(0.02 * seen.size);
  });

  it('stays inside the bounds when the best fit lies outside', () => {
    const fit = fitLeastSquares({ bounds: [{ min: 0, max: 2 }], residuals: ([a]) => [a! - 3] });
    expect(fit.params[0]).toBeLessThanOrEqual(2);
    expect(fit.params[0]).toBeCloseTo(2, 6);
  });
});
