/**
 * Test oracle: the Gauss hypergeometric function by its series, independent of the library:
 *
 * ```
 * 2F1(a, b; c; x) = Σ_{k≥0} (a)_k (b)_k / ((c)_k k!) x^k        (|x| < 1; (q)_k the rising factorial)
 * ```
 * Summed term by term (term_{k+1} = term_k × (a + k)(b + k) / ((c + k)(k + 1)) × x) until a term no
 * longer changes the sum.
 */
export function hypergeometric2F1(a: number, b: number, c: number, x: number): number {
  if (!(Math.abs(x) < 1)) throw new Error(`hypergeometric2F1: the series needs |x| < 1, got ${x}`);
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 100_000; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * x;
    const next = sum + term;
    if (next === sum) return sum;
    sum = next;
  }
  throw new Error('hypergeometric2F1: the series did not converge');
}
