import { type FieldPath, parseFieldPath, readFieldPath } from '../../schema/fieldPaths';
import type { ScenarioInput } from '../../schema/scenarioInput';

/**
 * The values to set (for `withFieldValues`) to move one input to `value`: the path and its value — and,
 * for a segment's `share` or `newSubscriberShare`, the same share of every other segment rescaled so that
 * the shares still sum to 1 (the others keep their proportions: moving the engaged share of a two-segment
 * list from 30 % to 33 % takes dormant from 70 % to 67 %):
 *
 * ```
 * s'_k = s_k × (1 − value) / (1 − s)      for each other segment k   (s: the segment's own share in force)
 *      = (1 − value) / (n − 1)            when the others hold nothing (s = 1)
 * ```
 * The shares in force are read with `readFieldPath` (a `newSubscriberShare` not written is the one the engine uses).
 *
 * @param input - a validated input (the output of `parseScenarioInput`)
 * @param path - the input's field path, e.g. `segments.engaged.share`
 * @param value - its new value, in its unit
 * @returns field path → value, the path first
 *
 * @example
 * fieldPathValues(parseScenarioInput(input), 'openRate', 0.44) //=> { openRate: 0.44 }
 * fieldPathValues(parseScenarioInput({ ...input, segments: { engaged: { share: 0.3 }, dormant: { share: 0.7 } } }), 'segments.engaged.share', 0.44)
 * //=> { 'segments.engaged.share': 0.44, 'segments.dormant.share': 0.56 }
 */
export function fieldPathValues(input: ScenarioInput, path: FieldPath, value: number): Record<FieldPath, number> {
  const parts = parseFieldPath(path);
  const values: Record<FieldPath, number> = { [path]: value };
  if (parts === undefined || parts.keys.length !== 3 || (parts.field !== 'share' && parts.field !== 'newSubscriberShare')) return values;
  const others = Object.keys(input.segments ?? {}).filter((name) => name !== parts.segment);
  const own = readFieldPath(input, path) ?? 0;
  for (const name of others) {
    const other = `segments.${name}.${parts.field}`;
    values[other] = own === 1 ? (1 - value) / others.length : ((readFieldPath(input, other) ?? 0) * (1 - value)) / (1 - own);
  }
  return values;
}
