import { isPlainObject } from '../json/isPlainObject';
import { unknownName } from './unknownName';

/** A copy of `object` with `key` set to `value`: the other keys, and the key's place when it exists, kept. */
const withKey = (object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
};

/** A number, or a distribution (an object with `dist`) whose point `value` becomes the number. */
const fittedValue = (current: unknown, value: number): unknown =>
  isPlainObject(current) && Object.hasOwn(current, 'dist') ? withKey(current, 'value', value) : value;

/**
 * Writes fitted values into a scenario file as it was read, changing nothing else: every other key,
 * its order, notes, the `simulation` and `report` sections stay as they are. An unknown names a
 * baseline field (`churnPerEmail`, or `baseline.churnPerEmail` by the file's `baselineName`) or a
 * hypothesis' field (`H4.investment`; in a combination it goes to its `set`). A field holding a
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
 */
export function writeFittedValues(data: Readonly<Record<string, unknown>>, fitted: Readonly<Record<string, number>>): Record<string, unknown> {
  const baselineName = typeof data.baselineName === 'string' ? data.baselineName : 'baseline';
  let file: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(fitted)) {
    const { scenario: named, field } = unknownName(key);
    const scenario = named ?? baselineName;
    if (scenario === baselineName) {
      const baseline = file.baseline as Record<string, unknown>;
      file = withKey(file, 'baseline', withKey(baseline, field, fittedValue(baseline[field], value)));
      continue;
    }
    const hypotheses = file.hypotheses as Record<string, Record<string, unknown>>;
    const entry = hypotheses[scenario]!;
    const patched = Object.hasOwn(entry, 'combine')
      ? withKey(
          entry,
          'set',
          withKey((entry.set ?? {}) as Record<string, unknown>, field, fittedValue((entry.set as Record<string, unknown> | undefined)?.[field], value)),
        )
      : withKey(entry, field, fittedValue(entry[field], value));
    file = withKey(file, 'hypotheses', withKey(hypotheses, scenario, patched));
  }
  return file;
}
