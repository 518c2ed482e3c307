import { InputError } from '../errors/inputError';
import { requireArgument } from '../errors/argument';
import { optionsArgument } from '../errors/optionsArgument';

/** Options of {@link findRoot}. */
export interface FindRootOptions {
  /** f(low), when already known (saves one evaluation). */
  readonly fLow?: number;
  /** f(high), when already known. */
  readonly fHigh?: number;
  /** Stop when the bracket is narrower than this share of |root| (default 1e-12). */
  readonly relativeTolerance?: number;
  /** … or narrower than this, in x's unit (default 0: relative only, down to adjacent floats). */
  readonly absoluteTolerance?: number;
  /** Most iterations (default 200; Brent's method needs at most about (log₂ of the bracket in floats)² but far fewer in practice). */
  readonly maxIterations?: number;
}

/** The result of {@link findRoot}: the root and what it cost. */
export interface RootResult {
  /** x with f(x) = 0, within the tolerance. */
  readonly root: number;
  /** Iterations of the method. */
  readonly iterations: number;
  /** Evaluations of f, including the ends when they were not given. */
  readonly evaluations: number;
}

/**
 * A root of a continuous function inside a bracket, by Brent's method (Brent 1973, "zeroin"):
 * inverse quadratic interpolation or the secant step when they stay inside the bracket and shrink
 * it fast enough, bisection otherwise — so it never leaves the bracket and converges at least
 * as surely as bisection, usually in 5–15 steps.
 *
 * ```
 * find x in [low, high] with f(x) = 0,  given sign f(low) ≠ sign f(high)
 * stop when |bracket| / 2 ≤ 2·ε·|x| + (max(relativeTolerance·|x|, absoluteTolerance)) / 2
 * ```
 * Hand-written (about 40 lines) because no root-finding package is installed and the project
 * adds no dependency for it; the steps follow the published algorithm.
 *
 * @param f - the function (any unit); must be finite on the bracket
 * @param low - one end of the bracket
 * @param high - the other end
 * @returns the root, the iterations and the evaluations spent
 * @throws {InputError} when f has the same sign at both ends, or is not finite there
 *
 * @example
 * findRoot((x) => x * x - 2, 0, 2).root //=> 1.41421356237313… (√2 to 1e-12)
 */
export function findRoot(f: (x: number) => number, low: number, high: number, options: FindRootOptions = {}): RootResult {
  requireArgument('f', f, typeof f === 'function', 'a function of one number');
  requireArgument('low', low, Number.isFinite(low), 'a finite number');
  requireArgument('high', high, Number.isFinite(high), 'a finite number');
  options = optionsArgument(options);
  const { relativeTolerance = 1e-12, absoluteTolerance = 0, maxIterations = 200 } = options;
  let evaluations = 0;
  const at = (x: number) => {
    evaluations++;
    return f(x);
  };
  let a = low;
  let b = high;
  let fa = options.fLow ?? at(a);
  let fb = options.fHigh ?? at(b);
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || (fa !== 0 && fb !== 0 && Math.sign(fa) === Math.sign(fb))) {
    throw new InputError([{ path: 'bracket', rule: `must hold a sign change: f(${low}) = ${fa}, f(${high}) = ${fb}` }]);
  }
  if (fa === 0) return { root: a, iterations: 0, evaluations };
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iterations = 1; iterations <= maxIterations; iterations++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      // Keep the root between b and c.
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      // b is the best estimate so far.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * Math.max(relativeTolerance * Math.abs(b), absoluteTolerance);
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tol || fb === 0) return { root: b, iterations, evaluations };
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        // Secant step.
        p = 2 * half * s;
        q = 1 - s;
      } else {
        // Inverse quadratic interpolation.
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : tol * Math.sign(half);
    fb = at(b);
  }
  return { root: b, iterations: maxIterations, evaluations };
}
