import { isPlainObject } from './isPlainObject';

/**
 * Merges `patch` into `base`, the way a hypothesis or a change applies to what it changes: where both
 * hold a plain object under the same key the two are merged key by key, at any depth; anything else
 * the patch gives (a number, a string, a list) replaces the base's value; a key the patch gives as
 * `undefined` keeps the base's value. Keys keep the base's order, new keys follow in the patch's order.
 *
 * Pure: returns new objects along the merged paths and shares the rest; neither argument is mutated.
 * Each key is defined as the result's own property, so no key (`__proto__` among them) reaches a prototype.
 *
 * @param base - the object patched (a plain object)
 * @param patch - the changes (a plain object)
 * @returns the merged object
 *
 * @example
 * mergeDeep({ segments: { engaged: { share: 0.3, openRate: 0.5 } }, moves: [1] }, { segments: { engaged: { openRate: 0.6 } }, moves: [] })
 * //=> { segments: { engaged: { share: 0.3, openRate: 0.6 } }, moves: [] }
 */
export function mergeDeep<T extends object>(base: T, patch: object): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = Object.hasOwn(result, key) ? result[key] : undefined;
    const merged = isPlainObject(current) && isPlainObject(value) ? mergeDeep(current, value) : value;
    Object.defineProperty(result, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return result as T;
}
