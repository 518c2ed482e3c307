import { requireArgument } from '../errors/argument';

/** Below this, ψ₁ is moved up by its recurrence before the asymptotic series is used. */
const SERIES_FROM = 10;

/**
 * The trigamma function ψ₁(x) = d² ln Γ(x) / dx² for x > 0: the recurrence ψ₁(x) = ψ₁(x + 1) + 1/x² lifts
 * x to 10 or more, where the asymptotic series is good to about 1e-13:
 *
 * ```
 * ψ₁(x) ≈ 1/x + 1/(2x²) + 1/(6x³) − 1/(30x⁵) + 1/(42x⁷) − 1/(30x⁹) + 5/(66x¹¹)
 * ```
 *
 * @param x - a positive finite number
 * @returns ψ₁(x)
 * @throws {InputError} when x is not a positive finite number
 *
 * @example
 * trigamma(1) //=> 1.6449340668… (π²/6)
 * trigamma(0.5) //=> 4.9348022005… (π²/2)
 */
export function trigamma(x: number): number {
  requireArgument('x', x, Number.isFinite(x) && x > 0, 'a positive finite number');
  let shift = 0;
  while (x < SERIES_FROM) {
    shift += 1 / (x * x);
    x += 1;
  }
  const r = 1 / (x * x);
  const series = (1 / x) * r * (1 / 6 - r * (1 / 30 - r * (1 / 42 - r * (1 / 30 - (5 / 66) * r))));
  return shift + 1 / x + 0.5 * r + series;
}
