/**
 * Quickselect (Hoare's partition, median-of-three pivot): reorders `a[left…right]` so that `a[k]` holds
 * the value it would hold if that range were sorted ascending, with no larger value before it and no
 * smaller value after it (within the range). Expected time linear in the range's length, no allocation.
 *
 * ```
 * after:  a[left…k−1] ≤ a[k] ≤ a[k+1…right],   a[k] = (k − left)-th smallest of the range (0-based)
 * ```
 * Values outside `left…right` are not touched. NaN is not ordered: leave it out.
 *
 * @param a - the numbers, reordered in place
 * @param k - the index to settle, from `left` to `right`
 * @param left - first index of the range
 * @param right - last index of the range (inclusive)
 *
 * @example
 * const a = new Float64Array([5, 1, 4, 2, 3]);
 * selectNth(a, 2, 0, 4);
 * a[2] //=> 3
 */
export function selectNth(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const [x, y, z] = [a[left]!, a[(left + right) >>> 1]!, a[right]!];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const swap = a[i]!;
        a[i++] = a[j]!;
        a[j--] = swap;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}
