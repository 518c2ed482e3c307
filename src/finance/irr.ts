import { InputError } from '../schema/inputError';
import { toExact, type Numeric } from './numeric';

/**
 * Internal rate of return: the rate per period at which the net present value of the flows
 * (numpy-financial convention, `flows[0]` now) is zero.
 *
 * ```
 * Σ_{t=0}^{n−1} flows[t] / (1 + irr)^t = 0,   irr > −1
 * ```
 *
 * Units: the result is a fraction per period of the flows (per month for monthly flows;
 * convert with `monthlyToAnnualRate`). The flows are money in any one currency.
 *
 * - With exactly one sign change in the flows (zeros ignored) there is exactly one such rate
 *   (Descartes' rule of signs). It is found by bisection on a bracket that covers all rates
 *   above −1, then polished with Newton steps: the result does not depend on `guess`.
 * - With several sign changes there can be several rates; the one returned is found by Newton's
 *   method from `guess`, or else, scanning outward from `guess`, in the first interval where the
 *   net present value changes sign.
 *
 * Computed in floating point (IEEE-754 doubles). Never returns NaN or ±Infinity. The inputs are
 * not modified.
 *
 * @param flows - cash flows one period apart, `flows[0]` now.
 * @param guess - starting rate per period (fraction greater than −1), used only when the
 *   flows change sign more than once.
 * @returns the internal rate of return per period, a fraction.
 * @throws {InputError} when the flows never change sign, when no rate makes the net present value
 *   zero, when `guess` is not a finite number greater than −1, or a flow is not a finite number.
 *
 * @example
 * irr([-100, 55, 60.5])
 * //=> 0.1 (up to rounding of the last digit)
 */
export function irr(flows: readonly Numeric[], guess = 0.1): number {
  if (typeof guess !== 'number' || !Number.isFinite(guess) || guess <= -1) {
    throw new InputError([{ path: 'guess', rule: `must be a finite number greater than -1 (−100 % per period), got ${String(guess)}` }]);
  }
  const values = flows.map((f, t) => toExact(f, `flows[${t}]`).toNumber());
  // Leading zeros divide the polynomial by a power of (1 + r) and trailing zeros add nothing:
  // neither changes the roots above −1, so both are dropped.
  let start = 0;
  while (start < values.length && values[start] === 0) start++;
  let end = values.length;
  while (end > start && values[end - 1] === 0) end--;
  const cf = values.slice(start, end);
  if (!cf.every(Number.isFinite)) throw new InputError([{ path: 'flows', rule: 'must be finite numbers (too large to compute in floating point)' }]);

  let signChanges = 0;
  for (let i = 1, last = Math.sign(cf[0] ?? 0); i < cf.length; i++) {
    const s = Math.sign(cf[i] as number);
    if (s !== 0 && s !== last) {
      signChanges++;
      last = s;
    }
  }
  if (signChanges === 0) {
    throw new InputError([{ path: 'flows', rule: 'must change sign at least once (an IRR needs both costs and returns)' }]);
  }

  const root = signChanges === 1 ? uniqueRoot(cf) : rootNearGuess(cf, guess);
  if (root === undefined || !Number.isFinite(root) || root <= -1) {
    throw new InputError([{ path: 'flows', rule: 'have no internal rate of return (no rate above -1 makes the net present value zero)' }]);
  }
  return polish(cf, root);
}

/** p(x) = Σ cf[t]·x^t, x = 1/(1+r) ∈ [0, 1] for r ≥ 0 (Horner; no overflow). */
function inX(cf: readonly number[], x: number): number {
  let acc = 0;
  for (let t = cf.length - 1; t >= 0; t--) acc = acc * x + (cf[t] as number);
  return acc;
}

/** q(y) = Σ cf[t]·y^(n−1−t) = y^(n−1)·p(1/y), y = 1+r ∈ (0, 1] for r ≤ 0 (Horner; no overflow). */
function inY(cf: readonly number[], y: number): number {
  let acc = 0;
  for (let t = 0; t < cf.length; t++) acc = acc * y + (cf[t] as number);
  return acc;
}

/** A function with the sign (and zeros) of the NPV at `r` > −1 that never overflows. */
function signedNpv(cf: readonly number[], r: number): number {
  return r >= 0 ? inX(cf, 1 / (1 + r)) : inY(cf, 1 + r);
}

/** Bisects `f` on [lo, hi] (f(lo), f(hi) of opposite signs) down to adjacent doubles. */
function bisect(f: (v: number) => number, lo: number, hi: number): number {
  let flo = Math.sign(f(lo));
  for (let i = 0; i < 2200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const fm = Math.sign(f(mid));
    if (fm === 0) return mid;
    if (fm === flo) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return Math.abs(f(lo)) <= Math.abs(f(hi)) ? lo : hi;
}

/** The only root above −1 when the flows change sign exactly once (cf[0], cf[n−1] ≠ 0). */
function uniqueRoot(cf: readonly number[]): number {
  const atZero = inX(cf, 1); // NPV at r = 0: the plain sum
  if (atZero === 0) return 0;
  if (Math.sign(atZero) !== Math.sign(cf[0] as number)) {
    // p(0) = cf[0] and p(1) differ in sign: root x ∈ (0, 1), i.e. r > 0.
    const x = bisect((v) => inX(cf, v), 0, 1);
    return x > 0 ? 1 / x - 1 : Number.MAX_VALUE;
  }
  // q(0) = cf[n−1] and q(1) differ in sign: root y ∈ (0, 1), i.e. −1 < r < 0.
  const y = bisect((v) => inY(cf, v), 0, 1);
  return y > 0 ? y - 1 : -1 + Number.EPSILON;
}

/** NPV and its derivative with respect to r, directly in r (may overflow near r = −1). */
function npvAndSlope(cf: readonly number[], r: number): [number, number] {
  const v = 1 / (1 + r);
  let f = 0;
  let df = 0;
  let d = 1;
  for (let t = 0; t < cf.length; t++) {
    const c = cf[t] as number;
    f += c * d;
    df -= t * c * d * v;
    d *= v;
  }
  return [f, df];
}

/** A root near `guess`: Newton's method first, then the nearest sign change scanning outward. */
function rootNearGuess(cf: readonly number[], guess: number): number | undefined {
  const scale = cf.reduce((s, c) => s + Math.abs(c), 0);
  let r = guess;
  for (let i = 0; i < 100; i++) {
    const [f, df] = npvAndSlope(cf, r);
    if (!Number.isFinite(f) || !Number.isFinite(df) || df === 0) break;
    const next = r - f / df;
    if (!Number.isFinite(next) || next <= -1) break;
    if (Math.abs(next - r) <= 1e-14 * Math.max(1, Math.abs(next))) {
      if (Math.abs(signedNpv(cf, next)) <= 1e-9 * scale) return next;
      break;
    }
    r = next;
  }
  // Scan u = ln(1 + r) outward from the guess, alternating above and below, with growing steps.
  const u0 = Math.log1p(guess);
  const limit = 700 / Math.max(1, cf.length - 1); // keeps (1 + r)^±t finite
  const at = (u: number): number => signedNpv(cf, Math.expm1(u));
  let upU = u0;
  let downU = u0;
  let upF = at(u0);
  let downF = upF;
  if (upF === 0) return guess;
  for (let step = 1e-3; ; step *= 1.1) {
    const canUp = upU < u0 + limit;
    const canDown = downU > u0 - limit;
    if (!canUp && !canDown) return undefined;
    if (canUp) {
      const u = upU + step;
      const f = at(u);
      if (Math.sign(f) !== Math.sign(upF)) return Math.expm1(bisect(at, upU, u));
      upU = u;
      upF = f;
    }
    if (canDown) {
      const u = downU - step;
      const f = at(u);
      if (Math.sign(f) !== Math.sign(downF)) return Math.expm1(bisect(at, u, downU));
      downU = u;
      downF = f;
    }
  }
}

/** A few Newton steps in r, kept only while they reduce the NPV's size (relative accuracy near 0). */
function polish(cf: readonly number[], root: number): number {
  let r = root;
  let [f, df] = npvAndSlope(cf, r);
  for (let i = 0; i < 3 && Number.isFinite(f) && Number.isFinite(df) && df !== 0 && f !== 0; i++) {
    const next = r - f / df;
    if (!Number.isFinite(next) || next <= -1) break;
    const [fn, dfn] = npvAndSlope(cf, next);
    if (!(Math.abs(fn) < Math.abs(f))) break;
    r = next;
    f = fn;
    df = dfn;
  }
  return r;
}
