import { plausibilityWarnings } from '../schema/plausibilityWarnings';
import type { ScenarioInput } from '../schema/scenarioInput';
import type { ResolvedScenario } from './resolveHypotheses';
import type { ScenarioFile } from './scenarioFile';
import type { ScenarioPatch } from './scenarioPatch';

/** Whether an open rate is given (in month 1 or by a change) although the click rate is per delivered email. */
const ignoresOpenRate = (input: ScenarioInput | ScenarioPatch, basis: string): boolean =>
  basis === 'delivered' && (input.openRate !== undefined || (input.changes ?? []).some((c) => c.set.openRate !== undefined));

/**
 * Plausibility warnings for a whole scenario file (see {@link plausibilityWarnings}), each said once,
 * where the value is written: `baseline.discountRateAnnual: …`, `hypotheses.H2.openRate: …`,
 * `hypotheses.Both.set.changes[0].set.inflationAnnual: …`. A value the hypotheses inherit from the
 * baseline is warned about once, for the baseline. An open rate ignored because a hypothesis (or a
 * combination) switches `clickRateBasis` to "delivered" is warned about where the switch is written,
 * or at `hypotheses.X.combine` when only the combination brings the two together.
 *
 * @param file - the output of `parseScenarioFile`; not mutated
 * @param scenarios - `resolveHypotheses(file)`: the baseline first, then every hypothesis
 * @param only - a scenario's name: only the warnings about what it is built from (the baseline,
 *   itself and, for a combination, its parts); default every warning of the file
 * @returns the warnings, the baseline's first, then the hypotheses' in file order
 *
 * @example
 * const file = parseScenarioFile({ baseline: { ...input, discountRateAnnual: 10 }, hypotheses: { H1: { openRate: 0.7 } } });
 * scenarioFileWarnings(file, resolveHypotheses(file))
 * //=> ['baseline.discountRateAnnual: 10 is 1000 % a year; … did you mean 0.1 (10 %)?',
 * //    'hypotheses.H1.openRate: 0.7 (70 %) is above 60 %, likely inflated by machine opens …']
 */
export function scenarioFileWarnings(file: ScenarioFile, scenarios: readonly ResolvedScenario[], only?: string): string[] {
  const resolved = new Map(scenarios.map((s) => [s.name, s.input]));
  const hasIgnoredOpenRate = (name: string) => {
    const input = resolved.get(name);
    return input !== undefined && ignoresOpenRate(input, input.clickRateBasis);
  };
  const partsOf = (name: string): string[] => {
    const hypothesis = file.hypotheses[name];
    return hypothesis !== undefined && 'combine' in hypothesis ? hypothesis.combine : [];
  };

  const ownWarnings = (name: string): string[] => {
    if (name === file.baselineName) return plausibilityWarnings(file.baseline).map((w) => `baseline.${w}`);
    const hypothesis = file.hypotheses[name];
    const input = resolved.get(name);
    if (hypothesis === undefined || input === undefined) return [];
    const combined = 'combine' in hypothesis;
    const where = combined ? `hypotheses.${name}.set.` : `hypotheses.${name}.`;
    const written = combined ? (hypothesis.set ?? {}) : hypothesis;
    const warnings = plausibilityWarnings(written, input.clickRateBasis).map((w) => `${where}${w}`);
    const inherited = hasIgnoredOpenRate(file.baselineName) || partsOf(name).some(hasIgnoredOpenRate);
    if (hasIgnoredOpenRate(name) && !ignoresOpenRate(written, input.clickRateBasis) && !inherited) {
      warnings.push(
        written.clickRateBasis === 'delivered'
          ? `${where}clickRateBasis: is "delivered", so the openRate this hypothesis inherits is ignored (clickRate is per delivered email)`
          : `hypotheses.${name}.combine: brings clickRateBasis "delivered" and an openRate together: the openRate is ignored (clickRate is per delivered email)`,
      );
    }
    return warnings;
  };

  const names = [file.baselineName, ...Object.keys(file.hypotheses)];
  if (only === undefined) return names.flatMap(ownWarnings);
  const wanted = new Set<string>([file.baselineName]);
  const visit = (name: string) => {
    if (wanted.has(name) && name !== file.baselineName) return;
    wanted.add(name);
    partsOf(name).forEach(visit);
  };
  visit(only);
  return names.filter((name) => wanted.has(name)).flatMap(ownWarnings);
}
