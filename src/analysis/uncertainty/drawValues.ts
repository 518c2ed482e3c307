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
  const draws = startDraws(request);
  for (let rows = draws.rowsWanted(); rows > 0; rows = draws.rowsWanted()) draws.take(screenDraws(request, draws.uniforms(rows), rows));
  return draws.result();
}

/** Rows of a draw batch screened (see {@link screenDraws}): the values, which rows are kept, the last rule broken. */
export interface ScreenedDraws {
  /** The rows' values, `distributions` a row: every uniform turned into its distribution's value. */
  readonly values: Float64Array;
  /** 1 for a row kept, 0 for a row thrown away. */
  readonly kept: Uint8Array;
  /** The last row thrown away: the scenario (its index) and the rule it breaks. */
  readonly broken: readonly [number, RuleBreak] | undefined;
}

/** The scenarios whose draws a cross-field rule may break (see {@link drawValues}): their indices. */
function checkedScenarios(scenarios: readonly ResolvedScenario[], drawnFields: readonly (readonly DrawnField[])[]): number[] {
  return scenarios
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
}

/**
 * Turns rows of uniforms into values (each column by its sampler) and screens each row against the cross-field
 * rules (see {@link drawValues}). Rows are independent: a batch may be screened in pieces, on several threads,
 * and the pieces put back in order give what one piece gives.
 *
 * @param request - the samplers and the scenarios with their drawn fields
 * @param uniforms - rows of uniforms, `samplers.length` a row; not mutated
 * @param rows - how many rows (the uniforms' length over the samplers', given apart for a file without distributions)
 *
 * @example
 * const scenarios = resolveHypotheses(parseScenarioFile({ baseline: input, hypotheses: {} }));
 * screenDraws({ samplers: [distributionSampler({ dist: 'uniform', min: 0, max: 1 }, 'openRate', 'openRate')],
 *   scenarios, drawnFields: [[{ field: 'openRate', index: 0 }]] }, new Float64Array([0.25, 0.5]), 2).kept.length //=> 2
 */
export function screenDraws(request: Pick<DrawRequest, 'samplers' | 'scenarios' | 'drawnFields'>, uniforms: Float64Array, rows: number): ScreenedDraws {
  const { samplers, scenarios, drawnFields } = request;
  const count = samplers.length;
  const values = Float64Array.from(uniforms);
  samplers.forEach(({ sample }, j) => {
    for (let i = j; i < values.length; i += count) values[i] = sample(values[i]!);
  });
  const checked = checkedScenarios(scenarios, drawnFields);
  const kept = new Uint8Array(rows).fill(1);
  let broken: [number, RuleBreak] | undefined;
  for (let row = 0; row < rows; row++) {
    for (const s of checked) {
      const rule = brokenRule(scenarios[s]!.input, drawnFields[s]!, values, row * count);
      if (rule !== undefined) {
        kept[row] = 0;
        broken = [s, rule];
        break;
      }
    }
  }
  return { values, kept, broken };
}

/** The state of a simulation's draws, batch after batch: see {@link startDraws}. */
export interface DrawState {
  /** Rows still wanted: the next batch's size (0 when done). */
  rowsWanted(): number;
  /** The next `rows` rows of uniforms from the stream. */
  uniforms(rows: number): Float64Array;
  /** Keeps a batch's rows in order (after `screenDraws`); throws when too many were thrown away. */
  take(screened: ScreenedDraws): void;
  /** The kept draws and the count thrown away. */
  result(): DrawnValues;
}

/**
 * The loop of {@link drawValues}, a step at a time, for a caller that screens the batches elsewhere (on threads):
 * the stream (MT19937 seeded with `seed`, 53 bits a number), the kept rows, the count thrown away.
 *
 * @param request - the draws, the seed, the samplers and the scenarios with their drawn fields
 * @throws {InputError} from `take`, when more than 9 draws per kept draw are thrown away (see {@link drawValues})
 *
 * @example
 * const scenarios = resolveHypotheses(parseScenarioFile({ baseline: input, hypotheses: {} }));
 * const request = { draws: 2, seed: 1, samplers: [distributionSampler({ dist: 'uniform', min: 0, max: 1 }, 'openRate', 'openRate')],
 *   scenarios, drawnFields: [[{ field: 'openRate', index: 0 }]], pathOf: () => 'baseline' };
 * const state = startDraws(request);
 * state.take(screenDraws(request, state.uniforms(2), 2));
 * state.rowsWanted() //=> 0
 */
export function startDraws(request: DrawRequest): DrawState {
  const { draws, seed, samplers, scenarios, pathOf } = request;
  const count = samplers.length;
  const values = new Float64Array(draws * count);
  const stream = mersenne(seed | 0);
  let kept = 0;
  let redrawn = 0;
  let broken: readonly [number, RuleBreak] | undefined;
  return {
    rowsWanted: () => draws - kept,
    uniforms(rows) {
      const batch = new Float64Array(rows * count);
      for (let i = 0; i < batch.length; i++) batch[i] = uniformFloat64(stream);
      return batch;
    },
    take(screened) {
      screened.kept.forEach((keep, row) => {
        if (keep === 1 && kept < draws) values.set(screened.values.subarray(row * count, (row + 1) * count), count * kept++);
        else if (keep === 0) redrawn++;
      });
      broken = screened.broken ?? broken;
      if (redrawn > MAX_REDRAWS_PER_DRAW * draws) {
        const [s, rule] = broken!;
        throw tooManyRedraws(scenarios[s]!.input, pathOf(scenarios[s]!.name), rule);
      }
    },
    result: () => ({ values, redrawn }),
  };
}
