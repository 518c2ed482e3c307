import { requireArgument } from '../errors/argument';
import { logGamma } from './logGamma';

/**
 * The natural logarithm of the beta function, from {@link logGamma}:
 *
 * ```
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)      (a, b > 0)
 * ```
 *
 * @param a - a positive finite number
 * @param b - a positive finite number
 * @returns ln B(a, b)
 * @throws {InputError} when a or b is not a positive finite number
 *
 * @example
 * logBeta(2, 3) //=> -2.48490664978… (ln 1/12)
 * Math.exp(logBeta(0.5, 0.5)) //=> 3.14159265358… (π)
 */
export function logBeta(a: number, b: number): number {
  requireArgument('a', a, Number.isFinite(a) && a > 0, 'a positive finite number');
  requireArgument('b', b, Number.isFinite(b) && b > 0, 'a positive finite number');
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
