import { isPlainObject } from '../../json/isPlainObject';
import type { FieldPath } from '../../schema/fieldPaths';
import { parseFieldPath } from '../../schema/fieldPaths';
import type { ScenarioFile } from '../../scenarios/scenarioFile';

/**
 * True when `patch` writes the value at `keys`, as a patch applies (`mergeDeep`): it gives that value, or
 * replaces a part that holds it (a list, such as `moves`, is replaced whole).
 */
function writes(patch: unknown, keys: readonly (string | number)[]): boolean {
  let at = patch;
  for (const key of keys) {
    if (!isPlainObject(at) || !Object.hasOwn(at, key) || at[key] === undefined) return false;
    at = at[key];
    if (!isPlainObject(at)) return true;
  }
  return true;
}

/**
 * Which scenario of a file gives scenario `name` its value at a field path: the baseline (by its
 * `baselineName`), or the hypothesis whose patch, or whose `combine`'s `set`, writes that value last as
 * `resolveHypotheses` applies them — the same reading as its `provenance`, down to a value inside
 * `segments`, `retention` or `moves` (segments and retention merge key by key, `moves` is replaced whole):
 *
 * ```
 * source(baseline)                 = baseline
 * source(H = patch)                = H if the patch writes the path, else baseline
 * source(H = combine [A…Z], set)   = H if set writes the path, else the last of source(Z) … source(A) that is not the baseline, else baseline
 * ```
 *
 * @param file - a validated scenario file whose hypotheses resolve (no cycles, no unknown names: see `resolveHypotheses`)
 * @param name - the baseline's `baselineName` or a hypothesis' name
 * @param field - a field path, e.g. `segments.engaged.openRate`
 * @returns the name of the scenario that writes the value
 *
 * @example
 * const file = parseScenarioFile({ baseline: segmentedInput, hypotheses: {
 *   More: { segments: { engaged: { emailsPerMonth: 10 } } }, Open: { segments: { engaged: { openRate: 0.6 } } } } });
 * [valueSource(file, 'More', 'segments.engaged.openRate'), valueSource(file, 'Open', 'segments.engaged.openRate')] //=> ['baseline', 'Open']
 */
export function valueSource(file: ScenarioFile, name: string, field: FieldPath): string {
  const keys = parseFieldPath(field)?.keys ?? [field];
  const source = (scenario: string): string => {
    const hypothesis = scenario === file.baselineName ? undefined : file.hypotheses[scenario];
    if (hypothesis === undefined) return file.baselineName;
    if (!('combine' in hypothesis)) return writes(hypothesis, keys) ? scenario : file.baselineName;
    if (hypothesis.set !== undefined && writes(hypothesis.set, keys)) return scenario;
    for (const part of [...hypothesis.combine].reverse()) {
      const found = source(part);
      if (found !== file.baselineName) return found;
    }
    return file.baselineName;
  };
  return source(name);
}
