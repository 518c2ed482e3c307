import { SegmentName } from '../schema/segments';

/** The name given to campaigns that carry no segment. */
export const NO_SEGMENT = 'unsegmented';

/**
 * Valid segment names (see `SegmentName`: a letter, then letters, digits, `_` or `-`, at most 40) for the
 * values of a `--segment-by` column, in order of first appearance: other characters become `-`, a name
 * that does not start with a letter gets `s-` before it, a name JavaScript objects reserve gets `-segment`
 * after it, and a name already taken gets `-2`, `-3` …; an empty value is {@link NO_SEGMENT}.
 *
 * @param values - the column's values (repeats allowed)
 * @returns each distinct value → its segment name
 *
 * @example
 * [...segmentNames(['VIP customers', '2024 leads', 'VIP customers', 'constructor'])]
 * //=> [['VIP customers', 'VIP-customers'], ['2024 leads', 's-2024-leads'], ['constructor', 'constructor-segment']]
 */
export function segmentNames(values: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const value of values) {
    if (names.has(value)) continue;
    let name = value.trim() === '' ? NO_SEGMENT : value.trim().replace(/[^A-Za-z0-9_-]+/g, '-');
    if (!/^[A-Za-z]/.test(name)) name = `s-${name}`;
    name = name.slice(0, 40);
    if (!SegmentName.safeParse(name).success) name = `${name.slice(0, 32)}-segment`;
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name.slice(0, 36)}-${n}`;
    taken.add(unique);
    names.set(value, unique);
  }
  return names;
}
