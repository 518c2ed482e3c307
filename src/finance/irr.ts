import { InputError } from '../errors/inputError';
import { toExact, type Numeric } from './numeric';
import { requireArgument } from '../errors/argument';

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
 * - With several sign changes there can be several rates; the one returned is the one nearest
 *   `guess`, measured in ln(1 + rate): the net present value is scanned outward from `guess`, both
 *   ways by equal steps in ln(1 + rate) (0.001 growing by 10 %, at most 0.002 for rates from −99.3 %
 *   to +14,700 %), over every rate from −1 + 1e-308 to 1e308, and the first sign change met is
 *   bisected (the nearer of two met at the same step). To get another root, call again with a
 *   `guess` near it: flows [-100, 230, -132] give 0.1 from any guess below 0.1489 (where ln(1 + guess)
 *   is halfway between ln 1.1 and ln 1.2) and 0.2 from any guess above. Two roots within one step
 *   of each other are not seen by the scan; Newton's method from `guess` is then tried.
 *
 * Computed in floating point (IEEE-754 doubles). Never returns NaN or ±Infinity. The inputs are
 * not modified.
 *
 * @param flows - cash flows one period apart, `flows[0]` now.
 * @param guess - the rate per period (fraction greater than −1) near which to look, used only when
 *   the flows change sign more than once: the root nearest it is returned.
 * @returns the internal rate of return per period, a fraction.
 * @throws {InputError} when the flows never change sign, when no rate makes the net present value
 *   zero (said only when none can exist or none was found: an odd number of sign changes always has
 *   one), when the rate is too close to −1 to write as a number above −1 (1 + rate below about
 *   1.1e-16, e.g. flows [-1e20, 1]), when `guess` is not a finite number greater than −1, or a flow
 *   is not a finite number.
 *
 * @example
 * irr([-100, 55, 60.5])
 * //=> 0.1 (up to rounding of the last digit)
 */
export function irr(flows: readonly Numeric[], guess = 0.1): number {
  if (typeof guess !== 'number' || !Number.isFinite(guess) || guess <= -1) {
    throw new InputError([{ path: 'guess', rule: `must be a finite number greater than -1 (−100 % per period), got ${String(guess)}` }]);
  }
  requireArgument('flows', flows, Array.isArray(flows), 'a list of cash flows, e.g. [-100, 60, 60.5]');
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
  if (root === undefined) {
    // The NPV has the sign of the first flow for large rates and of the last one near −1: an odd number of sign changes means they differ, so a root exists.
    const rule =
      signChanges % 2 === 1
        ? `have an internal rate of return (the flows change sign ${signChanges} times), but it lies too close to -1 or too far above 1e308 to compute in floating point`
        : `have no internal rate of return found: the net present value changes sign at no rate tried from -1 + 1e-308 to 1e308 (with ${signChanges} sign changes in the flows there may be none, or two too close together to tell apart)`;
    throw new InputError([{ path: 'flows', rule }]);
  }
  if (root <= -1) {
    throw new InputError([
      { path: 'flows', rule: 'have an internal rate of return too close to -1 (−100 % per period) to write as a number above -1: 1 + rate is below 1.1e-16' },
    ]);
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
  return y - 1; // −1 when y is below the spacing of doubles near −1: the caller says the rate is too close to −1
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

/** Largest |ln(1 + r)| scanned: e^±709 is finite, so every rate from −1 + 1e-308 to 1e308 is covered. */
const MAX_LOG_GROWTH = 709;
/** Within |ln(1 + r)| < 5 (rates from −99.3 % to +14,700 % a period), where real rates lie, scan steps are at most this. */
const CENTRAL_LOG_GROWTH = 5;
const CENTRAL_STEP = 0.002;

/** A function with the sign (and zeros) of the NPV at r = e^u − 1, exact near r = −1 too (y = e^u is not rounded through r). */
function npvSignAtLog(cf: readonly number[], u: number): number {
  return u >= 0 ? inX(cf, Math.exp(-u)) : inY(cf, Math.exp(u));
}

/**
 * The root nearest `guess` in u = ln(1 + r): steps out from u₀ = ln(1 + guess) both ways, by the same
 * step (0.001 growing by 10 %, at most 0.002 while either side is within |u| < 5); at the first step
 * where the NPV changes sign on either side, that interval is bisected (both, when both sides change at
 * the same step, keeping the nearer root). When no sign change is met up to |u| = 709 (two roots within
 * one step), Newton's method from `guess` is tried; undefined when it does not converge either.
 */
function rootNearGuess(cf: readonly number[], guess: number): number | undefined {
  const at = (u: number) => npvSignAtLog(cf, u);
  const u0 = Math.log1p(guess);
  const f0 = at(u0);
  if (f0 === 0) return guess;
  let up = { u: u0, f: f0 };
  let down = { u: u0, f: f0 };
  for (let grown = 1e-3; up.u < MAX_LOG_GROWTH || down.u > -MAX_LOG_GROWTH; grown *= 1.1) {
    const central = Math.abs(up.u) < CENTRAL_LOG_GROWTH || Math.abs(down.u) < CENTRAL_LOG_GROWTH;
    const step = central ? Math.min(grown, CENTRAL_STEP) : grown;
    const found: number[] = [];
    if (up.u < MAX_LOG_GROWTH) {
      const next = { u: Math.min(up.u + step, MAX_LOG_GROWTH), f: 0 };
      next.f = at(next.u);
      if (Math.sign(next.f) !== Math.sign(up.f)) found.push(bisect(at, up.u, next.u));
      up = next;
    }
    if (down.u > -MAX_LOG_GROWTH) {
      const next = { u: Math.max(down.u - step, -MAX_LOG_GROWTH), f: 0 };
      next.f = at(next.u);
      if (Math.sign(next.f) !== Math.sign(down.f)) found.push(bisect(at, next.u, down.u));
      down = next;
    }
    if (found.length > 0) return Math.expm1(found.reduce((a, b) => (Math.abs(b - u0) < Math.abs(a - u0) ? b : a)));
  }
  return newtonRoot(cf, guess);
}

/** A root by Newton's method in r from `guess`, or undefined when it does not converge to one. */
function newtonRoot(cf: readonly number[], guess: number): number | undefined {
  const scale = cf.reduce((s, c) => s + Math.abs(c), 0);
  let r = guess;
  for (let i = 0; i < 100; i++) {
    const [f, df] = npvAndSlope(cf, r);
    if (!Number.isFinite(f) || !Number.isFinite(df) || df === 0) return undefined;
    const next = r - f / df;
    if (!Number.isFinite(next) || next <= -1) return undefined;
    if (Math.abs(next - r) <= 1e-14 * Math.max(1, Math.abs(next))) {
      return Math.abs(npvSignAtLog(cf, Math.log1p(next))) <= 1e-9 * scale ? next : undefined;
    }
    r = next;
  }
  return undefined;
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
