import { type FieldPath, parseFieldPath } from '../schema/fieldPaths';

/**
 * Splits the name of a calibration unknown into the scenario it belongs to and the field path of the
 * input: a path alone is the baseline's (`churnPerEmail`, `segments.engaged.openRate`, `retention.alpha`),
 * `scenario.path` a scenario's (`H4.investment`, `H1.segments.engaged.openRate`, `H1.moves[0].sharePerMonth`).
 * The path is the longest tail of the name, after a dot, that is a field path (`parseFieldPath`), and the
 * scenario's name is what comes before it, so a scenario's name may hold dots (`H2.v2.openRate`). A path
 * starts at a field's name, at `segments.`, at `retention.` or at `moves[`; where several tails are paths
 * (`H1.segments.engaged.openRate` also ends with `openRate`) the longest is the path, so each name has one
 * reading (the flat fields of a scenario whose own name ends in `segments.<segment>` cannot be named: rename
 * it). A name with no such tail splits at its last dot (its path then names no input, which the caller reports).
 *
 * @param key - the unknown's name as written, e.g. `openRate`, `H4.investment` or `H1.segments.engaged.openRate`
 * @returns the scenario's name (undefined for the baseline) and the field path, the scenario not checked here
 *
 * @example
 * unknownName('H4.investment') //=> { scenario: 'H4', path: 'investment' }
 * unknownName('openRate') //=> { scenario: undefined, path: 'openRate' }
 * unknownName('H1.segments.engaged.openRate') //=> { scenario: 'H1', path: 'segments.engaged.openRate' }
 * unknownName('retention.alpha') //=> { scenario: undefined, path: 'retention.alpha' }
 */
export function unknownName(key: string): { scenario: string | undefined; path: FieldPath } {
  if (parseFieldPath(key) !== undefined) return { scenario: undefined, path: key };
  for (let dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
    if (parseFieldPath(key.slice(dot + 1)) !== undefined) return { scenario: key.slice(0, dot), path: key.slice(dot + 1) };
  }
  const last = key.lastIndexOf('.');
  return { scenario: last < 0 ? undefined : key.slice(0, last), path: key.slice(last + 1) };
}
