import { isPlainObject } from '../json/isPlainObject';
import { parseFieldPath } from '../schema/fieldPaths';
import { unknownName } from './unknownName';

type Json = Record<string, unknown>;

/** A copy of `object` with `key` set to `value`: the other keys, and the key's place when it exists, kept. */
const withKey = (object: Json, key: string, value: unknown): Json => {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
};

/** A number, or a distribution (an object with `dist`) whose point `value` becomes the number. */
const fittedValue = (current: unknown, value: number): unknown =>
  isPlainObject(current) && Object.hasOwn(current, 'dist') ? withKey(current, 'value', value) : value;

/** A copy of `target` with the fitted `value` at `keys`, copying the objects and lists on the way and making the objects that are missing. */
function withValueAt(target: unknown, keys: readonly (string | number)[], value: number): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return fittedValue(target, value);
  if (Array.isArray(target)) return target.map((item, index) => (index === key ? withValueAt(item, rest, value) : item));
  const object = isPlainObject(target) ? target : {};
  return withKey(object, String(key), withValueAt(object[key], rest, value));
}

/**
 * A segment's retention parameter written in the baseline, where the segment has no retention of its own:
 * the segment first gets a copy of the baseline's retention (which it inherited), so that only the one parameter changes.
 */
function withOwnRetention(baseline: Json, keys: readonly (string | number)[]): Json {
  const [first, segment, third] = keys;
  if (first !== 'segments' || third !== 'retention' || !isPlainObject(baseline.retention)) return baseline;
  const segments = baseline.segments;
  if (!isPlainObject(segments) || !isPlainObject(segments[segment!]) || Object.hasOwn(segments[segment!] as Json, 'retention')) return baseline;
  return withKey(baseline, 'segments', withKey(segments, String(segment), withKey(segments[segment!] as Json, 'retention', baseline.retention)));
}

/**
 * Writes fitted values into a scenario file as it was read, changing nothing else: every other key,
 * its order, notes, the `simulation` and `report` sections stay as they are. An unknown names a
 * baseline input (`churnPerEmail`, `segments.engaged.openRate`, or `baseline.churnPerEmail` by the
 * file's `baselineName`) or a hypothesis' input (`H4.investment`, `H1.retention.alpha`; in a combination it
 * goes to its `set`), split by `unknownName`. The value is written at its field path: inside the segment's
 * object (made in a hypothesis' patch when missing), the retention, or the move of the list (the list is
 * copied with that one move changed); a baseline segment's retention parameter, when the segment inherits
 * the scenario's retention, gives it a copy of that retention with the one value set. A field holding a
 * distribution keeps it, with its point `value` set to the fitted number; any other field gets the number.
 *
 * Pure: `data` is not mutated (only the objects on the way to a fitted value are copied).
 *
 * @param data - the scenario file as read (parsed JSON; distributions allowed), already validated
 * @param fitted - unknown → fitted value, as `calibrate` returns them
 * @returns the file with the fitted values written in
 *
 * @example
 * writeFittedValues({ baseline: { churnPerEmail: { dist: 'triangular', min: 0, mode: 0.005, max: 0.01, note: '…' } }, hypotheses: {} },
 *   { churnPerEmail: 0.0049 }).baseline.churnPerEmail
 * //=> { dist: 'triangular', min: 0, mode: 0.005, max: 0.01, note: '…', value: 0.0049 }
 * writeFittedValues({ baseline: { segments: { engaged: { share: 0.3 }, dormant: { share: 0.7 } } }, hypotheses: { H1: {} } },
 *   { 'segments.engaged.openRate': 0.52, 'H1.segments.dormant.openRate': 0.1 })
 * //=> { baseline: { segments: { engaged: { share: 0.3, openRate: 0.52 }, dormant: { share: 0.7 } } }, hypotheses: { H1: { segments: { dormant: { openRate: 0.1 } } } } }
 */
export function writeFittedValues(data: Readonly<Record<string, unknown>>, fitted: Readonly<Record<string, number>>): Record<string, unknown> {
  const baselineName = typeof data.baselineName === 'string' ? data.baselineName : 'baseline';
  let file: Json = { ...data };
  for (const [key, value] of Object.entries(fitted)) {
    const { scenario: named, path } = unknownName(key);
    const keys = parseFieldPath(path)?.keys ?? [path];
    const scenario = named ?? baselineName;
    if (scenario === baselineName) {
      file = withKey(file, 'baseline', withValueAt(withOwnRetention(file.baseline as Json, keys), keys, value));
      continue;
    }
    const hypotheses = file.hypotheses as Record<string, Json>;
    const entry = hypotheses[scenario]!;
    const patched = Object.hasOwn(entry, 'combine') ? withKey(entry, 'set', withValueAt(entry.set, keys, value)) : withValueAt(entry, keys, value);
    file = withKey(file, 'hypotheses', withKey(hypotheses, scenario, patched));
  }
  return file;
}
