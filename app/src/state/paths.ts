// Immutable reads and writes at a key path inside plain JSON data (the scenario file): the old data is never changed.

/** A key path inside the file, e.g. ['hypotheses', 'H1', 'openRate']. */
export type KeyPath = readonly (string | number)[];

type Json = Record<string, unknown> | unknown[];

/** The value at `path` in `data`, or undefined when a step is missing. */
export function getAt(data: unknown, path: KeyPath): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A copy of a container with `key` set to `value` (plain objects keep their key order). */
function withKey(container: unknown, key: string | number, value: unknown): Json {
  if (Array.isArray(container)) {
    const copy = [...(container as unknown[])];
    copy[key as number] = value;
    return copy;
  }
  const base = typeof container === 'object' && container !== null ? (container as Record<string, unknown>) : {};
  return { ...base, [key]: value };
}

/** `data` with `value` at `path`; containers on the way are copied (and created as objects when missing). */
export function setAt<T>(data: T, path: KeyPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  return withKey(data, key, setAt(getAt(data, [key]), rest, value)) as T;
}

/** `data` without the key at `path` (an array item is spliced out); a container left empty by it is removed too, except at the top two levels. */
export function deleteAt<T>(data: T, path: KeyPath): T {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  const parent = getAt(data, parentPath);
  if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, key)) return data;
  let next: Json;
  if (Array.isArray(parent)) next = parent.filter((_, i) => i !== key);
  else next = Object.fromEntries(Object.entries(parent).filter(([k]) => k !== key));
  const empty = Array.isArray(next) ? next.length === 0 : Object.keys(next).length === 0;
  if (empty && parentPath.length > 2) return deleteAt(data, parentPath);
  return setAt(data, parentPath, next);
}
