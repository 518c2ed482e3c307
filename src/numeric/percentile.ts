import { InputError } from '../errors/inputError';
import { requireArgument } from '../errors/argument';

/**
 * The p-quantile of numbers sorted in ascending order, by linear interpolation between order
 * statistics — Hyndman & Fan's type 7, the default of R's `quantile`, NumPy's `percentile` and
 * Excel's `PERCENTILE.INC`:
 *
 * ```
 * h = (n − 1) × p                 (0-based position, p from 0 to 1)
 * Q = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋])
 * ```
 * So p = 0 gives the smallest value, p = 1 the largest, and p = 0.5 the median.
 *
 * @param sorted - the values, sorted ascending (not checked, for speed; not mutated)
 * @param p - the probability, from 0 to 1 (0.05 for P5)
 * @returns the quantile, in the values' unit
 * @throws {InputError} `values: must hold at least one number`, `p: must be from 0 to 1`
 *
 * @example
 * percentile([1, 2, 3, 4], 0.5) //=> 2.5
 * percentile([10, 20, 30, 40, 50], 0.05) //=> 12
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  requireArgument('sorted', sorted, typeof sorted === 'object' && sorted !== null && Number.isInteger(sorted.length), 'a sorted list of numbers');
  const n = sorted.length;
  if (n === 0) throw new InputError([{ path: 'values', rule: 'must hold at least one number' }]);
  if (!(p >= 0 && p <= 1)) throw new InputError([{ path: 'p', rule: `must be from 0 to 1 (got ${p})` }]);
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below]!;
  if (below === n - 1) return low;
  return low + (h - below) * (sorted[below + 1]! - low);
}
