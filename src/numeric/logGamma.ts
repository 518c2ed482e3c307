import { requireArgument } from '../errors/argument';

/** Lanczos coefficients for g = 7, n = 9 (Godfrey), good to about 15 significant digits. */
const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The natural logarithm of the gamma function for x > 0, by the Lanczos approximation (g = 7, n = 9),
 * with the reflection Γ(x)·Γ(1 − x) = π / sin(πx) below x = 0.5. Relative error about 1e-15.
 *
 * ```
 * ln Γ(x) = ½ ln 2π + (x − ½) ln(x + g − ½) − (x + g − ½) + ln A_g(x)      (x ≥ ½)
 * ln Γ(x) = ln π − ln sin(πx) − ln Γ(1 − x)                                  (0 < x < ½)
 * ```
 *
 * @param x - a positive finite number
 * @returns ln Γ(x)
 * @throws {InputError} when x is not a positive finite number
 *
 * @example
 * logGamma(5) //=> 3.178053830347… (ln 4! = ln 24)
 * logGamma(0.5) //=> 0.572364942924… (ln √π)
 */
export function logGamma(x: number): number {
  requireArgument('x', x, Number.isFinite(x) && x > 0, 'a positive finite number');
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = COEFFICIENTS[0]!;
  for (let i = 1; i < COEFFICIENTS.length; i++) sum += COEFFICIENTS[i]! / (z + i);
  const t = z + G + 0.5;
  return HALF_LN_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
