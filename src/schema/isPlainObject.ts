/**
 * True for a plain JSON object (not null, not a list): what a scenario file, a baseline or a
 * hypothesis must be before its keys are read.
 *
 * @example
 * isPlainObject({ openRate: 0.4 }) //=> true
 * isPlainObject([1, 2]) //=> false
 * isPlainObject(null) //=> false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
