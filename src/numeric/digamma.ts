import { requireArgument } from '../errors/argument';

/** Below this, ψ is moved up by its recurrence before the asymptotic series is used. */
const SERIES_FROM = 10;

/**
 * The digamma function ψ(x) = d ln Γ(x) / dx for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x lifts x
 * to 10 or more, where the asymptotic series is good to about 1e-13:
 *
 * ```
 * ψ(x) ≈ ln x − 1/(2x) − 1/(12x²) + 1/(120x⁴) − 1/(252x⁶) + 1/(240x⁸) − 1/(132x¹⁰)
 * ```
 *
 * @param x - a positive finite number
 * @returns ψ(x)
 * @throws {InputError} when x is not a positive finite number
 *
 * @example
 * digamma(1) //=> -0.5772156649… (−γ, Euler's constant)
 * digamma(0.5) //=> -1.9635100260… (−γ − 2 ln 2)
 */
export function digamma(x: number): number {
  requireArgument('x', x, Number.isFinite(x) && x > 0, 'a positive finite number');
  let shift = 0;
  while (x < SERIES_FROM) {
    shift -= 1 / x;
    x += 1;
  }
  const r = 1 / (x * x);
  const series = r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r / 132))));
  return shift + Math.log(x) - 0.5 / x - series;
}
