import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import { floatCalculator } from '../../calculator/floatCalculator';
import { InputError } from '../../errors/inputError';
import type { NumericFieldName } from '../../schema/fields';
import { monthlyLossShare } from '../../schema/monthlyLossShare';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { crossFieldProblems } from '../../schema/crossFieldProblems';
import type { ResolvedScenario } from '../../scenarios/resolveHypotheses';
import type { DrawnField } from './drawnFieldsOf';
import { drawnInput } from './drawnInput';
import type { DistributionSampler } from './distributionSampler';

/** A simulation gives up when it has thrown away more than this many draws per draw kept. */
const MAX_REDRAWS_PER_DRAW = 9;
/** Fields of the additive churn rule churnPerMonth + churnPerEmail × emailsPerMonth ≤ 1. */
const CHURN_FIELDS: ReadonlySet<string> = new Set(['churnPerMonth', 'churnPerEmail', 'emailsPerMonth']);

/** What {@link drawValues} needs: the stream, the samplers, and the scenarios with their drawn fields. */
export interface DrawRequest {
  readonly draws: number;
  readonly seed: number;
  /** One sampler per distribution, in the file's order. */
  readonly samplers: readonly DistributionSampler[];
  readonly scenarios: readonly ResolvedScenario[];
  /** Each scenario's drawn fields (see `drawnFieldsOf`). */
  readonly drawnFields: readonly (readonly DrawnField[])[];
  /** The path of a scenario in the file, for errors: `baseline` or `hypotheses.<name>`. */
  readonly pathOf: (name: string) => string;
}

/** The draws kept, one row of every distribution's value per draw, and how many were thrown away. */
export interface DrawnValues {
  /** `draws × distributions` values, row by row: draw k's value of distribution j at `k × distributions + j`. */
  readonly values: Float64Array;
  readonly redrawn: number;
}

/** The value of a field in one draw: drawn, or the scenario's own. */
function valueOf(base: ScenarioInput, fields: readonly DrawnField[], draws: Float64Array, offset: number, field: NumericFieldName): number {
  const use = fields.find((u) => u.field === field);
  return use === undefined ? (base[field] ?? 0) : draws[offset + use.index]!;
}

/**
 * True when the scenario, with the draw's values, loses more than the whole list in some month under additive
 * churn, or breaks another cross-field rule: the schema's rules (`crossFieldProblems`), after a quick float screen of month 1
 * when nothing changes later and the list is one segment with constant churn.
 */
function breaksAdditiveChurn(base: ScenarioInput, fields: readonly DrawnField[], draws: Float64Array, offset: number): boolean {
  if (base.changes.length === 0 && base.segments === undefined && base.retention === undefined) {
    const [churnPerMonth, churnPerEmail, emailsPerMonth] = (['churnPerMonth', 'churnPerEmail', 'emailsPerMonth'] as const).map((f) =>
      valueOf(base, fields, draws, offset, f),
    );
    if (monthlyLossShare(floatCalculator, { churnPerMonth: churnPerMonth!, churnPerEmail: churnPerEmail!, emailsPerMonth: emailsPerMonth! }) < 1 - 1e-9)
      return false;
  }
  return crossFieldProblems(drawnInput(base, fields, draws, offset)).length > 0;
}

/**
 * Draws every value of a simulation before any model runs. The stream (MT19937, pure-rand's `mersenne`
 * seeded with `seed`, read 53 bits per number by `uniformFloat64`) gives one number per distribution per
 * draw, row by row; each column is then turned into values by its sampler. A draw with which some
 * scenario breaks additive churn (churnPerMonth + churnPerEmail × emailsPerMonth > 1 in some month) is
 * thrown away and replaced by the next row of the stream, so the draws kept are the first `draws` valid
 * rows of the stream whatever the batches: the joint distribution conditioned on valid inputs.
 *
 * @param request - the draws, the seed, the samplers and the scenarios with their drawn fields
 * @returns the kept values and the number of draws thrown away
 * @throws {InputError} `hypotheses.<name>.churnPerEmail: the distributions make … exceed 1 … in most draws: narrow them`
 *   when more than 9 draws per kept draw are thrown away
 *
 * @example
 * const scenarios = resolveHypotheses(parseScenarioFile({ baseline: input, hypotheses: {} }));
 * drawValues({ draws: 2, seed: 1, samplers: [distributionSampler({ dist: 'uniform', min: 0, max: 1 }, 'openRate', 'openRate')],
 *   scenarios, drawnFields: [[{ field: 'openRate', index: 0 }]], pathOf: () => 'baseline' }).values.length //=> 2
 */
export function drawValues(request: DrawRequest): DrawnValues {
  const { draws, seed, samplers, scenarios, drawnFields, pathOf } = request;
  const count = samplers.length;
  const values = new Float64Array(draws * count);
  const checked = scenarios
    .map((s, i) => i)
    .filter((i) => scenarios[i]!.input.churnModel === 'additive' && drawnFields[i]!.some((u) => CHURN_FIELDS.has(u.field)));
  const stream = mersenne(seed | 0);
  let kept = 0;
  let redrawn = 0;
  let broken = 0;
  while (kept < draws) {
    const rows = draws - kept;
    const batch = new Float64Array(rows * count);
    for (let i = 0; i < batch.length; i++) batch[i] = uniformFloat64(stream);
    samplers.forEach(({ sample }, j) => {
      for (let i = j; i < batch.length; i += count) batch[i] = sample(batch[i]!);
    });
    for (let row = 0; row < rows; row++) {
      const offset = row * count;
      const breaking = checked.find((s) => breaksAdditiveChurn(scenarios[s]!.input, drawnFields[s]!, batch, offset));
      if (breaking === undefined) values.set(batch.subarray(offset, offset + count), count * kept++);
      else [broken, redrawn] = [breaking, redrawn + 1];
    }
    if (redrawn > MAX_REDRAWS_PER_DRAW * draws) {
      throw new InputError([
        {
          path: `${pathOf(scenarios[broken]!.name)}.churnPerEmail`,
          rule: `the distributions make churnPerMonth + churnPerEmail × emailsPerMonth exceed 1 (additive churn) in most draws: narrow them`,
        },
      ]);
    }
  }
  return { values, redrawn };
}
