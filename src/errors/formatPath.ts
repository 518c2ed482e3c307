/**
 * Formats a zod path as `a.b[2].c`.
 *
 * @example
 * formatPath(['hypotheses', 'H1', 'changes', 0, 'set', 'openRate']) //=> 'hypotheses.H1.changes[0].set.openRate'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
