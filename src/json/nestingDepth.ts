/** Most levels of objects and lists a JSON text, or data handed to the library, may nest. */
export const MAX_NESTING_DEPTH = 200;

/**
 * True when `value` nests objects and lists more than `max` levels deep (a plain value is 0 levels,
 * `{}` or `[]` is 1, `{ "a": [] }` is 2). Walks without recursion and stops as soon as it finds the
 * answer, so data nested 100,000 deep or holding a cycle (which nests without end) cannot exhaust the stack.
 * An object met again at the same depth or less is not walked again.
 *
 * @param value - anything, typically parsed JSON or an object literal
 * @param max - most levels allowed (default {@link MAX_NESTING_DEPTH}, 200)
 *
 * @example
 * nestsDeeperThan({ a: [1, { b: 2 }] }, 2) //=> true (3 levels)
 * nestsDeeperThan({ a: [1, { b: 2 }] }, 3) //=> false
 */
export function nestsDeeperThan(value: unknown, max: number = MAX_NESTING_DEPTH): boolean {
  const seen = new Map<object, number>();
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth + 1 > max) return true;
    if ((seen.get(item) ?? -1) >= depth) continue;
    seen.set(item, depth);
    for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
  }
  return false;
}
