import { requireArgument } from '../errors/argument';
import { percentile } from './percentile';
import { selectNth } from './selectNth';

/**
 * The type-7 percentiles of `values` at ascending probabilities (see {@link percentile}), by selection
 * rather than a full sort: each percentile reads two order statistics, ⌊h⌋ and ⌊h⌋ + 1 with
 * h = (n − 1) p, which {@link selectNth} puts at their sorted places before `percentile` reads them.
 * The same numbers as `percentile` of the sorted values, in expected linear time.
 *
 * ```
 * percentiles(x, [p₁ … p_k]) = [percentile(sort(x), p₁) … percentile(sort(x), p_k)]     (p₁ ≤ … ≤ p_k)
 * ```
 * Each selection works on the values after the last one settled (every value before it is no larger
 * than any value after it), so k percentiles cost about one pass over the values each, at most.
 *
 * @param values - the numbers (no NaN), reordered in place
 * @param probabilities - from 0 to 1, ascending (0.05 for P5)
 * @returns one percentile per probability, in the values' unit
 * @throws {InputError} `probabilities: must be … ascending`, `values: must hold at least one number`, `p: must be from 0 to 1`
 *
 * @example
 * percentiles(new Float64Array([5, 1, 4, 2, 3]), [0.25, 0.5, 1]) //=> [2, 3, 5]
 */
export function percentiles(values: Float64Array, probabilities: readonly number[]): number[] {
  const ascending = Array.isArray(probabilities) && probabilities.every((p, i) => i === 0 || p >= probabilities[i - 1]!);
  requireArgument('probabilities', probabilities, ascending, 'a list of probabilities from 0 to 1, ascending, e.g. [0.05, 0.5, 0.95]');
  const last = values.length - 1;
  let start = 0; // every value before `start` is no larger than any value from `start` on
  return probabilities.map((p) => {
    const below = Math.floor(last * p);
    for (let k = below; k <= Math.min(below + 1, last); k++) {
      if (k < start) continue;
      selectNth(values, k, start, last);
      start = k + 1;
    }
    return percentile(values, p);
  });
}
