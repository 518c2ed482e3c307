import { decimalCalculator } from '../calculator/decimalCalculator';
import { inputPeriods, type InputPeriod } from './inputPeriods';
import { monthlyLossShare } from './monthlyLossShare';
import { sbgChurn } from './sbgChurn';
import { segmentValues, type SegmentedValues, type SegmentValues } from './segmentValues';
import type { Move } from './segments';

/** A cross-field rule broken: where (a path into the input) and the rule. */
export interface RuleBreak {
  readonly path: readonly (string | number)[];
  readonly rule: string;
}

/** What the cross-field rules read: a parsed scenario input (`ScenarioInput`), numbers in place of any distributions. */
export interface CrossFieldInput extends SegmentedValues {
  readonly clickRateBasis: 'opens' | 'delivered';
  readonly churnModel: 'additive' | 'compound';
  readonly changes: readonly {
    readonly fromMonth: number;
    readonly set: { readonly segments?: Readonly<Record<string, object>> | undefined; readonly moves?: readonly Move[] | undefined };
  }[];
}

/** Shares that sum to 1 within this (the sum of twenty fractions written with a few decimals is 1 to about 1e-15). */
const SHARE_TOLERANCE = 1e-9;

const listOf = (names: readonly string[]) => names.join(', ');

/** Segment names a change or a move uses that the scenario does not have. */
function unknownSegmentNames(input: CrossFieldInput): RuleBreak[] {
  const names = input.segments === undefined ? [] : Object.keys(input.segments);
  const problems: RuleBreak[] = [];
  const known = names.length === 0 ? 'the scenario has no segments' : `names no segment of the scenario (${listOf(names)})`;
  const checkMoves = (moves: CrossFieldInput['moves'], where: readonly (string | number)[]) => {
    if (moves === undefined || moves.length === 0) return;
    if (names.length === 0)
      return void problems.push({ path: [...where, 'moves'], rule: 'needs segments to move subscribers between: add segments, or remove moves' });
    moves.forEach((move, index) => {
      for (const end of ['from', 'to'] as const) if (!names.includes(move[end])) problems.push({ path: [...where, 'moves', index, end], rule: known });
      if (move.from === move.to) problems.push({ path: [...where, 'moves', index, 'to'], rule: 'must differ from "from" (a move goes to another segment)' });
    });
  };
  checkMoves(input.moves, []);
  input.changes.forEach((change, index) => {
    const where = ['changes', index, 'set'];
    for (const name of Object.keys(change.set.segments ?? {})) if (!names.includes(name)) problems.push({ path: [...where, 'segments', name], rule: known });
    checkMoves(change.set.moves, where);
  });
  return problems;
}

/** The rules of one run of months: acquisition shares, moves' totals, each segment's retention and churn. */
function periodProblems(period: InputPeriod<CrossFieldInput>, segmented: boolean): RuleBreak[] {
  const where = period.changeIndex === undefined ? [] : ['changes', period.changeIndex, 'set'];
  const segments = segmentValues(period.values);
  const problems: RuleBreak[] = [];
  // Without any newSubscriberShare the acquisition shares are the shares, whose sum is checked at month 1.
  if (segmented && Object.values(period.values.segments ?? {}).some((own) => own.newSubscriberShare !== undefined)) {
    const shares = segments.map((s) => s.newSubscriberShare);
    if (Math.abs(shares.reduce((a, b) => a + b, 0) - 1) > SHARE_TOLERANCE) {
      const terms = segments.map((s) => `${s.name} ${s.newSubscriberShare}`).join(' + ');
      problems.push({
        path: [...where, 'segments'],
        rule: `the segments' newSubscriberShare must sum to 1 (${terms} = ${Number(shares.reduce((a, b) => a + b, 0).toPrecision(12))}); a segment that gives none takes a part of what the others leave, by its share`,
      });
    }
  }
  if (segmented) {
    const leaving = new Map<string, number>();
    for (const move of period.values.moves ?? []) leaving.set(move.from, (leaving.get(move.from) ?? 0) + move.sharePerMonth);
    for (const [from, total] of leaving) {
      if (total > 1 + SHARE_TOLERANCE)
        problems.push({
          path: [...where, 'moves', (period.values.moves ?? []).findIndex((move) => move.from === from), 'sharePerMonth'],
          rule: `the shares moving out of "${from}" sum to ${Number(total.toPrecision(12))}: at most 1 of a segment can move in a month`,
        });
    }
  }
  for (const segment of segments) problems.push(...segmentProblems(segment, period, where));
  return problems;
}

/** The churn rules of one segment over one run of months. */
function segmentProblems(segment: SegmentValues, period: InputPeriod<CrossFieldInput>, where: readonly (string | number)[]): RuleBreak[] {
  const { retention } = segment;
  if (retention !== undefined) {
    // Where the segment writes it itself, else the scenario's retention (which every segment inherits).
    const own = segment.name === undefined ? undefined : period.values.segments?.[segment.name];
    const retentionPath = own?.retention !== undefined ? [...segment.path, 'retention'] : ['retention'];
    for (const field of ['alpha', 'beta'] as const) {
      if (typeof retention[field] !== 'number')
        return [{ path: [...where, ...retentionPath, field], rule: 'is required (no retention is in force to take it from)' }];
    }
    if (segment.churnPerMonth > 0) {
      const at = own?.retention === undefined && own?.churnPerMonth !== undefined ? [...segment.path, 'churnPerMonth'] : retentionPath;
      return [
        {
          path: [...where, ...at],
          rule: `cannot be used with churnPerMonth above 0 (it is ${segment.churnPerMonth}) in the same segment: retention by tenure replaces the constant monthly churn, so set churnPerMonth to 0`,
        },
      ];
    }
  }
  if (period.values.churnModel !== 'additive') return [];
  // The largest share lost in a month: the churn of the first period of tenure (it falls after), plus the per-email churn.
  const loss =
    retention === undefined
      ? monthlyLossShare(decimalCalculator, segment)
      : sbgChurn(decimalCalculator, retention.alpha, retention.beta, 1).add(monthlyLossShare(decimalCalculator, { ...segment, churnPerMonth: 0 }));
  if (!loss.greaterThan(1)) return [];
  const churn = retention === undefined ? 'churnPerMonth' : 'the first period\u2019s retention churn α / (α + β)';
  return [
    {
      path: [...where, ...segment.path, 'churnPerEmail'],
      rule: `${churn} + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is ${loss} from month ${period.fromMonth})`,
    },
  ];
}

/**
 * The cross-field rules of a scenario input whose fields are each valid, as the list of rules broken
 * (empty when none):
 * - `openRate` is required while `clickRateBasis` is "opens" (in every segment);
 * - `segments`: their `share`s sum to 1, their `newSubscriberShare`s (default: `share`) sum to 1 in every month;
 * - `moves` and `changes[].set.segments` name segments the scenario has; a move goes to another segment;
 *   the shares moving out of one segment sum to at most 1;
 * - `retention` is not used with `churnPerMonth` above 0 in the same segment;
 * - with additive churn, the share lost in a month — `churnPerMonth` (or the first period's retention
 *   churn) + `churnPerEmail × emailsPerMonth` — is at most 1 in every segment and month.
 *
 * A rule broken from some month on is reported once, at the first run of months (see `inputPeriods`) that breaks it.
 *
 * @param input - the parsed fields, numbers in place of any distributions
 *
 * @example
 * crossFieldProblems({ ...parseScenarioInput(input), churnPerMonth: 0.5, churnPerEmail: 0.3 })
 * //=> [{ path: ['churnPerEmail'], rule: 'churnPerMonth + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is 1.1 from month 1)' }]
 */
export function crossFieldProblems(input: CrossFieldInput): RuleBreak[] {
  const problems = unknownSegmentNames(input);
  if (problems.length > 0) return problems;
  const segmented = input.segments !== undefined;
  if (input.clickRateBasis === 'opens') {
    for (const segment of segmentValues(input)) {
      if (segment.openRate !== undefined) continue;
      problems.push({
        path: segmented ? [...segment.path, 'openRate'] : ['openRate'],
        rule: 'is required when clickRateBasis is "opens" (click rate per open, CTOR)',
      });
    }
  }
  if (segmented) {
    const segments = segmentValues(input);
    const total = segments.reduce((sum, s) => sum + s.share, 0);
    if (Math.abs(total - 1) > SHARE_TOLERANCE) {
      problems.push({
        path: ['segments'],
        rule: `the segments' shares must sum to 1 (${segments.map((s) => `${s.name} ${s.share}`).join(' + ')} = ${Number(total.toPrecision(12))})`,
      });
    }
  }
  // A rule broken in one run of months is reported once, in the first run that breaks it (later runs inherit the break).
  const reported = new Set<string>();
  for (const period of inputPeriods(input)) {
    for (const problem of periodProblems(period, segmented)) {
      const key = (period.changeIndex === undefined ? problem.path : problem.path.slice(3)).join('.');
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push(problem);
    }
  }
  return problems;
}
