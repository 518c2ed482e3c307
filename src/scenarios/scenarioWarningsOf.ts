import { isPlainObject } from '../json/isPlainObject';
import { plausibilityWarnings } from '../schema/plausibilityWarnings';
import { resolveHypotheses } from './resolveHypotheses';
import { parseScenarioFile } from './scenarioFile';
import { scenarioFileWarnings } from './scenarioFileWarnings';
import { scenarioInputOf } from './scenarioInputOf';
import type { ScenarioData } from './scenarioInputOf';

/**
 * The warnings of an analysis of one scenario, said where the user wrote the values: for data that
 * is a scenario file, the file's plausibility warnings about the scenario `name` (the baseline when
 * left out) with their place in the file (`baseline.discountRateAnnual: …`, see
 * {@link scenarioFileWarnings}); for a single scenario input, its own (`discountRateAnnual: …`).
 * Then the analysis' other warnings (`analysisWarnings`, e.g. optimise's "no fatigue"), leaving out
 * those that only repeat a plausibility warning of the resolved input without its place.
 *
 * @param data - a scenario input or a scenario file, as `scenarioInputOf` takes it; not mutated
 * @param name - the scenario of the file analysed (default: its baseline)
 * @param analysisWarnings - the `warnings` of the analysis' result
 * @throws {InputError} for bad data or an unknown name, as `scenarioInputOf`
 *
 * @example
 * scenarioWarningsOf({ baseline: { ...input, inflationAnnual: 3 }, hypotheses: {} }, undefined,
 *   ['inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?'])
 * //=> ['baseline.inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?']
 */
export function scenarioWarningsOf(data: ScenarioData, name?: string, analysisWarnings: readonly string[] = []): string[] {
  const repeated = new Set(plausibilityWarnings(scenarioInputOf(data, name)));
  const others = analysisWarnings.filter((warning) => !repeated.has(warning));
  if (!(isPlainObject(data) && 'baseline' in data)) return [...repeated, ...others];
  const file = parseScenarioFile(data);
  return [...scenarioFileWarnings(file, resolveHypotheses(file), name ?? file.baselineName), ...others];
}
