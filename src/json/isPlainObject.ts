/**
 * True for a plain object, as JSON gives (its prototype Object.prototype or null): not null, not a
 * list, not a Map, a Date or another class's instance. What a scenario file, a baseline or a
 * hypothesis must be before its keys are read.
 *
 * @example
 * isPlainObject({ openRate: 0.4 }) //=> true
 * isPlainObject([1, 2]) //=> false
 * isPlainObject(null) //=> false
 * isPlainObject(new Map()) //=> false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
