import { parseFieldPath } from '../schema/fieldPaths';
import { isPlainObject } from '../json/isPlainObject';
import type { Estimate } from './historyTypes';

/** A copy of `object` with `value` at `keys`, objects made on the way; `object` is not changed. */
function setAt(object: Record<string, unknown>, keys: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = keys as [string, ...string[]];
  const inner = isPlainObject(object[key]) ? object[key] : {};
  return { ...object, [key]: rest.length === 0 ? value : setAt(inner, rest, value) };
}

/**
 * A copy of a baseline (a scenario input as written) with each estimate's distribution at its field path
 * (`openRate`, `segments.engaged.clickRate`, `retention.alpha`): the fitted fields replace what was there,
 * everything else is kept.
 *
 * @param baseline - the baseline as written (not changed)
 * @param estimates - the estimates
 * @returns the new baseline
 *
 * @example
 * const estimate = { path: 'segments.a.openRate', value: 0.3, interval: [0.28, 0.32], distribution: { dist: 'beta', alpha: 300, beta: 700 }, note: '' };
 * writeEstimates({ openRate: 0.2, segments: { a: { share: 1 } } }, [estimate])
 * //=> { openRate: 0.2, segments: { a: { share: 1, openRate: { dist: 'beta', alpha: 300, beta: 700 } } } }
 */
export function writeEstimates(baseline: Record<string, unknown>, estimates: readonly Estimate[]): Record<string, unknown> {
  let result = baseline;
  for (const estimate of estimates) result = setAt(result, parseFieldPath(estimate.path)!.keys, estimate.distribution);
  return result;
}
