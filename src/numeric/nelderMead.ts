import { requireArgument } from '../errors/argument';
import { optionsArgument } from '../errors/optionsArgument';

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** The first simplex's step from the start along each coordinate (default 0.5, in the coordinates' unit). */
  readonly step?: number;
  /** Stop when the simplex's values differ by less than this (default 1e-12, in f's unit) … */
  readonly valueTolerance?: number;
  /** … and its points by less than this in every coordinate (default 1e-10). */
  readonly pointTolerance?: number;
  /** Most iterations (default 2,000). */
  readonly maxIterations?: number;
}

/** The result of {@link nelderMead}. */
export interface NelderMeadResult {
  /** The best point found. */
  readonly point: number[];
  /** f at that point. */
  readonly value: number;
  readonly iterations: number;
  /** True when the tolerances were met before `maxIterations`. */
  readonly converged: boolean;
}

/**
 * The minimum of a function of n numbers, by the Nelder–Mead simplex method (Nelder & Mead 1965,
 * with the usual coefficients: reflection 1, expansion 2, contraction ½, shrink ½). It needs no
 * derivatives; a non-finite value counts as +∞ (a point to move away from), so f may refuse points
 * outside its domain. Unconstrained: give bounded quantities on a log or logit scale.
 *
 * ```
 * minimise f(x), x ∈ ℝⁿ, starting from the simplex x₀, x₀ + step·e₁, …, x₀ + step·eₙ
 * ```
 *
 * @param f - the function (any unit)
 * @param start - the starting point, finite numbers
 * @returns the best point, its value, the iterations and whether the tolerances were met
 *
 * @example
 * nelderMead(([x, y]) => (x - 1) ** 2 + 10 * (y + 2) ** 2, [0, 0]).point.map((v) => Math.round(v * 1e6) / 1e6) //=> [1, -2]
 */
export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  requireArgument('f', f, typeof f === 'function', 'a function of a list of numbers');
  requireArgument('start', start, Array.isArray(start) && start.length > 0 && start.every(Number.isFinite), 'a non-empty list of finite numbers');
  options = optionsArgument(options);
  const { step = 0.5, valueTolerance = 1e-12, pointTolerance = 1e-10, maxIterations = 2000 } = options;
  const n = start.length;
  const value = (x: readonly number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const vertex = (x: number[]) => ({ x, v: value(x) });
  let simplex = [vertex([...start]), ...start.map((_, j) => vertex(start.map((s, k) => (k === j ? s + step : s))))];
  const along = (from: readonly number[], to: readonly number[], t: number) => from.map((a, k) => a + t * (to[k]! - a));

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    const spread = Math.max(...simplex.map((p) => Math.max(...p.x.map((c, k) => Math.abs(c - best.x[k]!)))));
    if (Number.isFinite(worst.v) && worst.v - best.v <= valueTolerance && spread <= pointTolerance) {
      converged = true;
      break;
    }
    iterations++;
    const centroid = best.x.map((_, k) => simplex.slice(0, n).reduce((s, p) => s + p.x[k]!, 0) / n);
    const reflected = vertex(along(centroid, worst.x, -1));
    if (reflected.v < best.v) {
      const expanded = vertex(along(centroid, worst.x, -2));
      simplex[n] = expanded.v < reflected.v ? expanded : reflected;
    } else if (reflected.v < simplex[n - 1]!.v) {
      simplex[n] = reflected;
    } else {
      const outside = reflected.v < worst.v;
      const contracted = vertex(along(centroid, outside ? reflected.x : worst.x, 0.5));
      if (contracted.v < (outside ? reflected.v : worst.v)) simplex[n] = contracted;
      else simplex = simplex.map((p, i) => (i === 0 ? p : vertex(along(best.x, p.x, 0.5))));
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return { point: simplex[0]!.x, value: simplex[0]!.v, iterations, converged };
}
