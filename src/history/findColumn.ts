/** A header name as matched: lowercase, without spaces, underscores, hyphens or dots (`Unique_Opens` ≡ `unique opens`). */
const keyOf = (name: string) => name.toLowerCase().replace(/[\s_.-]+/g, '');

/**
 * The column of `header` named by the first of `names` it has, matched case- and space-insensitively
 * (spaces, underscores, hyphens and dots ignored), as the header writes it.
 *
 * @param header - the file's column names
 * @param names - the names to look for, the preferred first
 * @returns the header's name of the column, or undefined when none matches
 *
 * @example
 * findColumn(['Campaign Name', 'UNIQUE_OPENS'], ['unique opens', 'opens']) //=> 'UNIQUE_OPENS'
 * findColumn(['Campaign Name'], ['opens']) //=> undefined
 */
export function findColumn(header: readonly string[], names: readonly string[]): string | undefined {
  const byKey = new Map(header.map((name) => [keyOf(name), name]));
  for (const name of names) {
    const found = byKey.get(keyOf(name));
    if (found !== undefined) return found;
  }
  return undefined;
}
