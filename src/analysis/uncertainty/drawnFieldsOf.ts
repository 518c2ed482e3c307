import type { FieldPath } from '../../schema/fieldPaths';
import type { ResolvedScenario } from '../../scenarios/resolveHypotheses';
import type { ScenarioFile } from '../../scenarios/scenarioFile';
import type { LocatedDistribution } from './splitDistributions';
import { valueSource } from './valueSource';

/** A drawn input of one scenario: which field path, and which distribution's draw it takes (its index in the file's list). */
export interface DrawnField {
  readonly field: FieldPath;
  readonly index: number;
}

/**
 * Which inputs of each scenario take a distribution's draw: the distribution at scenario X, field path p, is
 * drawn for every scenario whose value at p comes from X (`valueSource`, as `resolveHypotheses` applies
 * patches and `combine`): X itself, and the scenarios that inherit p from it. A hypothesis that writes one
 * field of a segment (`segments.engaged.emailsPerMonth`) still takes the baseline's draw of another
 * (`segments.engaged.openRate`).
 *
 * ```
 * drawn(s) = [{ field: p_j, index: j } for each distribution j with valueSource(file, s, p_j) = scenario_j]   (in the order of the distributions)
 * ```
 *
 * @param scenarios - the resolved scenarios of the plain file (baseline first)
 * @param distributions - the file's distributions (see `splitDistributions`)
 * @param file - the plain file the scenarios were resolved from
 * @returns one list per scenario, in the order of `scenarios`
 *
 * @example
 * const file = parseScenarioFile({ baseline: input, hypotheses: { H1: { emailsPerMonth: 3 }, H2: { openRate: 0.45 } } });
 * drawnFieldsOf(resolveHypotheses(file), [{ path: 'baseline.openRate', scenario: 'baseline', field: 'openRate',
 *   distribution: { dist: 'beta', alpha: 40, beta: 60 }, value: 0.4 }], file)
 * //=> [[{ field: 'openRate', index: 0 }], [{ field: 'openRate', index: 0 }], []]   (the last hypothesis sets its own openRate)
 */
export function drawnFieldsOf(scenarios: readonly ResolvedScenario[], distributions: readonly LocatedDistribution[], file: ScenarioFile): DrawnField[][] {
  return scenarios.map((scenario) =>
    distributions.flatMap((at, index): DrawnField[] => (valueSource(file, scenario.name, at.field) === at.scenario ? [{ field: at.field, index }] : [])),
  );
}
