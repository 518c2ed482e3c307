import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import { floatCalculator } from '../../calculator/floatCalculator';
import { InputError } from '../../errors/inputError';
import type { NumericFieldName } from '../../schema/fields';
import { monthlyLossShare } from '../../schema/monthlyLossShare';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { crossFieldProblems, type RuleBreak } from '../../schema/crossFieldProblems';
import { formatPath } from '../../errors/formatPath';
import type { ResolvedScenario } from '../../scenarios/resolveHypotheses';
import type { DrawnField } from './drawnFieldsOf';
import { drawnInput } from './drawnInput';
import type { DistributionSampler } from './distributionSampler';

/** A simulation gives up when it has thrown away more than this many draws per draw kept. */
const MAX_REDRAWS_PER_DRAW = 9;
/** Fields of the additive churn rule churnPerMonth + churnPerEmail × emailsPerMonth ≤ 1. */
const CHURN_FIELDS: ReadonlySet<string> = new Set(['churnPerMonth', 'churnPerEmail', 'emailsPerMonth']);
/** Inputs of a segmented scenario that a cross-field rule reads whatever the churn model: shares that sum to 1, moves out at most 1, retention without churnPerMonth. */
const SHARE_FIELDS: ReadonlySet<string> = new Set(['share', 'newSubscriberShare', 'sharePerMonth', 'churnPerMonth']);
/** Inputs of a segmented scenario that the additive churn rule reads: the first period's retention churn α / (α + β) + churnPerEmail × emailsPerMonth ≤ 1. */
const ADDITIVE_FIELDS: ReadonlySet<string> = new Set(['churnPerEmail', 'emailsPerMonth', 'alpha', 'beta']);

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

/** True when the scenario has segments, moves or retention: its draws are screened by every cross-field rule. */
const isPopulation = (base: ScenarioInput) => base.segments !== undefined || base.moves !== undefined || base.retention !== undefined;

/**
 * The first cross-field rule the scenario breaks with the draw's values (`crossFieldProblems`: additive churn above the
 * whole list in some month, segments' shares that no longer sum to 1 …), or undefined; a one-list scenario with constant
 * churn and no changes is first screened by a quick float check of month 1.
 */
function brokenRule(base: ScenarioInput, fields: readonly DrawnField[], draws: Float64Array, offset: number): RuleBreak | undefined {
  if (base.changes.length === 0 && !isPopulation(base)) {
    const [churnPerMonth, churnPerEmail, emailsPerMonth] = (['churnPerMonth', 'churnPerEmail', 'emailsPerMonth'] as const).map((f) =>
      valueOf(base, fields, draws, offset, f),
    );
    if (monthlyLossShare(floatCalculator, { churnPerMonth: churnPerMonth!, churnPerEmail: churnPerEmail!, emailsPerMonth: emailsPerMonth! }) < 1 - 1e-9)
      return undefined;
  }
  return crossFieldProblems(drawnInput(base, fields, draws, offset))[0];
}

/** The error when most draws break a rule of scenario `base` at `path` (its path in the file). */
function tooManyRedraws(base: ScenarioInput, path: string, broken: RuleBreak): InputError {
  if (!isPopulation(base)) {
    return new InputError([
      {
        path: `${path}.churnPerEmail`,
        rule: `the distributions make churnPerMonth + churnPerEmail × emailsPerMonth exceed 1 (additive churn) in most draws: narrow them`,
      },
    ]);
  }
  return new InputError([
    { path: `${path}.${formatPath(broken.path)}`, rule: `the distributions break this rule in most draws: narrow them (${broken.rule})` },
  ]);
}

/**
 * Draws every value of a simulation before any model runs. The stream (MT19937, pure-rand's `mersenne`
 * seeded with `seed`, read 53 bits per number by `uniformFloat64`) gives one number per distribution per
 * draw, row by row, the distributions in file order (baseline, then hypotheses; within one, as written, a
 * segment's fields in the segment's place): reordering them in the file changes which number each takes. Each
 * column is then turned into values by its sampler. A draw with which some scenario breaks a cross-field rule
 * (`crossFieldProblems`) is thrown away and replaced by the next row of the stream, so the draws kept are
 * the first `draws` valid rows of the stream whatever the batches: the joint distribution conditioned on
 * valid inputs. The rules screened: for a one-list scenario that draws churnPerMonth, churnPerEmail or
 * emailsPerMonth under additive churn, churnPerMonth + churnPerEmail × emailsPerMonth ≤ 1 in every month;
 * for a scenario with segments, moves or retention that draws an input some rule reads (a share, a move's share,
 * churnPerMonth; under additive churn also churnPerEmail, emailsPerMonth, retention's α or β), every rule
 * (segments' shares that sum to 1, shares moving out of a segment at most 1, each segment's churn at most 1 a month …).
 *
 * @param request - the draws, the seed, the samplers and the scenarios with their drawn fields
 * @returns the kept values and the number of draws thrown away
 * @throws {InputError} when more than 9 draws per kept draw are thrown away: `hypotheses.<name>.churnPerEmail: the distributions
 *   make … exceed 1 … in most draws: narrow them` (one list), or `baseline.segments: the distributions break this rule in most draws: narrow them (…)`
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
    .filter((i) => {
      const { input } = scenarios[i]!;
      const drawn = drawnFields[i]!;
      if (!isPopulation(input)) return input.churnModel === 'additive' && drawn.some((u) => CHURN_FIELDS.has(u.field));
      const additive = input.churnModel === 'additive';
      return drawn.some(({ field }) => {
        const name = field.slice(field.lastIndexOf('.') + 1);
        return SHARE_FIELDS.has(name) || (additive && ADDITIVE_FIELDS.has(name));
      });
    });
  const stream = mersenne(seed | 0);
  let kept = 0;
  let redrawn = 0;
  let broken: [number, RuleBreak] | undefined;
  while (kept < draws) {
    const rows = draws - kept;
    const batch = new Float64Array(rows * count);
    for (let i = 0; i < batch.length; i++) batch[i] = uniformFloat64(stream);
    samplers.forEach(({ sample }, j) => {
      for (let i = j; i < batch.length; i += count) batch[i] = sample(batch[i]!);
    });
    for (let row = 0; row < rows; row++) {
      const offset = row * count;
      let breaking: [number, RuleBreak] | undefined;
      for (const s of checked) {
        const rule = brokenRule(scenarios[s]!.input, drawnFields[s]!, batch, offset);
        if (rule !== undefined) {
          breaking = [s, rule];
          break;
        }
      }
      if (breaking === undefined) values.set(batch.subarray(offset, offset + count), count * kept++);
      else [broken, redrawn] = [breaking, redrawn + 1];
    }
    if (redrawn > MAX_REDRAWS_PER_DRAW * draws) {
      const [s, rule] = broken!;
      throw tooManyRedraws(scenarios[s]!.input, pathOf(scenarios[s]!.name), rule);
    }
  }
  return { values, redrawn };
}
