import type { NumericFieldName } from '../../schema/fields';
import type { ResolvedScenario } from '../../scenarios/resolveHypotheses';
import type { LocatedDistribution } from './splitDistributions';

/** A drawn field of one scenario: which field, and which distribution's draw it takes (its index in the file's list). */
export interface DrawnField {
  readonly field: NumericFieldName;
  readonly index: number;
}

/**
 * Which fields of each scenario take a distribution's draw: the distribution at scenario X, field f, is
 * drawn for every scenario whose value of f comes from X (`provenance`, as `resolveHypotheses` applies
 * patches and `combine`): X itself, and the scenarios that inherit f from it.
 *
 * ```
 * drawn(s) = [{ field: f_j, index: j } for each distribution j with s.provenance[f_j] = scenario_j]   (in the order of the distributions)
 * ```
 *
 * @param scenarios - the resolved scenarios of the plain file (baseline first)
 * @param distributions - the file's distributions (see `splitDistributions`)
 * @returns one list per scenario, in the order of `scenarios`
 *
 * @example
 * const file = parseScenarioFile({ baseline: input, hypotheses: { H1: { emailsPerMonth: 3 }, H2: { openRate: 0.45 } } });
 * drawnFieldsOf(resolveHypotheses(file), [{ path: 'baseline.openRate', scenario: 'baseline', field: 'openRate',
 *   distribution: { dist: 'beta', alpha: 40, beta: 60 }, value: 0.4 }])
 * //=> [[{ field: 'openRate', index: 0 }], [{ field: 'openRate', index: 0 }], []]   (the last hypothesis sets its own openRate)
 */
export function drawnFieldsOf(scenarios: readonly ResolvedScenario[], distributions: readonly LocatedDistribution[]): DrawnField[][] {
  return scenarios.map((scenario) =>
    distributions.flatMap((at, index): DrawnField[] => (scenario.provenance[at.field] === at.scenario ? [{ field: at.field, index }] : [])),
  );
}
