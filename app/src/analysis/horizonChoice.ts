/**
 * The horizons (years) the page's file compares, for a horizon picker: its `horizonsYears` when they are
 * positive numbers, else 1, 3 and 5 (the file format's default).
 *
 * @example
 * horizonsOf({ horizonsYears: [1, 3, 5] }) //=> [1, 3, 5]
 * horizonsOf({}) //=> [1, 3, 5]
 */
export function horizonsOf(file: unknown): number[] {
  const given = typeof file === 'object' && file !== null ? (file as { horizonsYears?: unknown }).horizonsYears : undefined;
  const valid = Array.isArray(given) ? given.filter((y): y is number => typeof y === 'number' && Number.isFinite(y) && y > 0) : [];
  return valid.length > 0 ? [...new Set(valid)] : [1, 3, 5];
}
