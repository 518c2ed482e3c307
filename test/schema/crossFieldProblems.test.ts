import { describe, expect, test } from 'vitest';
import { formatPath } from '../../src/errors/formatPath';
import { crossFieldProblems } from '../../src/schema/crossFieldProblems';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import type { ScenarioInput } from '../../src/schema/scenarioInput';
import { issueExample, problemLines, unsegmented } from './segmentedExample';

const example = parseScenarioInput(issueExample);
const plain = parseScenarioInput(unsegmented);
/** The broken rules of `input`, as `path: rule` lines. */
const lines = (input: ScenarioInput) => crossFieldProblems(input).map((p) => `${formatPath(p.path)}: ${p.rule}`);
const retention = { model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 0 } as const;
const ab = { a: { share: 0.5 }, b: { share: 0.5 } };
const CONFLICT =
  'cannot be used with churnPerMonth above 0 (it is 0.01) in the same segment: retention by tenure replaces the constant monthly churn, so set churnPerMonth to 0';

describe('crossFieldProblems', () => {
  test("the issue's example and an unsegmented input break no rule", () => {
    expect(crossFieldProblems(example)).toEqual([]);
    expect(crossFieldProblems(plain)).toEqual([]);
  });

  describe('shares', () => {
    test('shares must sum to 1: the error names the segments and the sum', () => {
      expect(lines({ ...plain, segments: { a: { share: 0.3 }, b: { share: 0.6 } } })).toEqual([
        "segments: the segments' shares must sum to 1 (a 0.3 + b 0.6 = 0.9)",
      ]);
      expect(lines({ ...plain, segments: { a: { share: 0.7 }, b: { share: 0.6 }, c: { share: 0 } } })).toEqual([
        "segments: the segments' shares must sum to 1 (a 0.7 + b 0.6 + c 0 = 1.3)",
      ]);
    });

    test('fractions written with a few decimals that sum to 1 in floats up to rounding pass', () => {
      // 0.1 + 0.2 + 0.7 is 1.0000000000000002 in floats.
      expect(lines({ ...plain, segments: { a: { share: 0.1 }, b: { share: 0.2 }, c: { share: 0.7 } } })).toEqual([]);
    });

    test('newSubscriberShares that cannot sum to 1 are refused, naming each segment and the sum', () => {
      // All given: 0.5 + 0.4 = 0.9.
      expect(lines({ ...plain, segments: { a: { share: 0.5, newSubscriberShare: 0.5 }, b: { share: 0.5, newSubscriberShare: 0.4 } } })).toEqual([
        "segments: the segments' newSubscriberShare must sum to 1 (a 0.5 + b 0.4 = 0.9); a segment that gives none takes a part of what the others leave, by its share",
      ]);
      // Given 1.2: the others get nothing, the sum stays 1.2.
      expect(
        lines({ ...plain, segments: { a: { share: 0.5, newSubscriberShare: 1 }, b: { share: 0.2, newSubscriberShare: 0.2 }, c: { share: 0.3 } } })[0],
      ).toMatch(/^segments: the segments' newSubscriberShare must sum to 1 \(a 1 \+ b 0\.2 \+ c 0 = 1\.2\)/);
      // Given 0.6 but the one segment that gives none has share 0: it takes nothing, the sum is 0.6.
      expect(lines({ ...plain, segments: { a: { share: 1, newSubscriberShare: 0.6 }, b: { share: 0 } } })[0]).toMatch(/= 0\.6\)/);
    });

    test('a segment that gives none takes what the others leave: no error', () => {
      expect(lines({ ...plain, segments: { a: { share: 0.9, newSubscriberShare: 0.2 }, b: { share: 0.1 } } })).toEqual([]);
    });
  });

  describe('moves', () => {
    test('a move must name segments of the scenario', () => {
      expect(lines({ ...example, moves: [{ from: 'engaged', to: 'lapsed', sharePerMonth: 0.1 }] })).toEqual([
        'moves[0].to: names no segment of the scenario (engaged, dormant)',
      ]);
      expect(lines({ ...example, moves: [{ from: 'dormant', to: 'dormant', sharePerMonth: 0.1 }] })).toEqual([
        'moves[0].to: must differ from "from" (a move goes to another segment)',
      ]);
    });

    test('the shares moving out of one segment may not exceed 1 (the moves into it do not count)', () => {
      const moves = [
        { from: 'engaged', to: 'dormant', sharePerMonth: 0.6 },
        { from: 'dormant', to: 'engaged', sharePerMonth: 0.9 },
        { from: 'engaged', to: 'dormant', sharePerMonth: 0.5 },
      ];
      expect(lines({ ...example, moves })).toEqual([
        'moves[0].sharePerMonth: the shares moving out of "engaged" sum to 1.1: at most 1 of a segment can move in a month',
      ]);
      expect(lines({ ...example, moves: moves.slice(0, 2) })).toEqual([]);
    });

    test('moves without segments are refused; an empty list is no move', () => {
      expect(lines({ ...plain, moves: [{ from: 'a', to: 'b', sharePerMonth: 0.1 }] })).toEqual([
        'moves: needs segments to move subscribers between: add segments, or remove moves',
      ]);
      expect(lines({ ...plain, moves: [] })).toEqual([]);
    });
  });

  describe('retention and churn', () => {
    test('retention with churnPerMonth above 0 is refused where the clash is written', () => {
      expect(lines({ ...plain, churnPerMonth: 0.01, retention })).toEqual([`retention: ${CONFLICT}`]);
      // The segment inherits the scenario's retention and sets its own churnPerMonth.
      expect(lines({ ...plain, retention, segments: { a: { share: 0.5, churnPerMonth: 0.01 }, b: { share: 0.5 } } })).toEqual([
        `segments.a.churnPerMonth: ${CONFLICT}`,
      ]);
      // The segment sets its own retention and inherits the scenario's churnPerMonth.
      expect(lines({ ...plain, churnPerMonth: 0.01, segments: { a: { share: 0.5, retention }, b: { share: 0.5 } } })).toEqual([
        `segments.a.retention: ${CONFLICT}`,
      ]);
      // Both the scenario's: one problem, at the scenario's retention, not one per segment.
      expect(lines({ ...plain, churnPerMonth: 0.01, retention, segments: ab })).toEqual([`retention: ${CONFLICT}`]);
    });

    test('retention with churnPerMonth 0, or with churnPerEmail, is fine', () => {
      expect(lines({ ...plain, retention, churnPerEmail: 0.01 })).toEqual([]);
      expect(lines({ ...plain, churnPerMonth: 0.01, segments: { a: { share: 0.5, retention, churnPerMonth: 0 }, b: { share: 0.5 } } })).toEqual([]);
    });

    test('additive churn with retention: α/(α+β) + churnPerEmail × emailsPerMonth above 1 is refused', () => {
      // α 3, β 1: 0.75 in the first period; + 0.05 × 8 = 1.15.
      const strong = { ...retention, alpha: 3, beta: 1 };
      expect(lines({ ...plain, retention: strong, segments: { a: { share: 0.5, emailsPerMonth: 8, churnPerEmail: 0.05 }, b: { share: 0.5 } } })).toEqual([
        'segments.a.churnPerEmail: the first period\u2019s retention churn α / (α + β) + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is 1.15 from month 1)',
      ]);
      // Exactly 1 (0.75 + 0.05 × 5) is allowed; compound churn never exceeds 1.
      expect(lines({ ...plain, retention: strong, segments: { a: { share: 0.5, emailsPerMonth: 5, churnPerEmail: 0.05 }, b: { share: 0.5 } } })).toEqual([]);
      expect(
        lines({
          ...plain,
          churnModel: 'compound',
          retention: strong,
          segments: { a: { share: 0.5, emailsPerMonth: 8, churnPerEmail: 0.05 }, b: { share: 0.5 } },
        }),
      ).toEqual([]);
    });

    test('additive churn without retention, per segment: churnPerMonth + churnPerEmail × emailsPerMonth', () => {
      // dormant: 0.5 + 0.3 × 2 = 1.1; engaged sends 1: 0.5 + 0.3 = 0.8.
      expect(
        lines({ ...plain, churnPerMonth: 0.5, churnPerEmail: 0.3, segments: { engaged: { share: 0.3, emailsPerMonth: 1 }, dormant: { share: 0.7 } } }),
      ).toEqual([
        'segments.dormant.churnPerEmail: churnPerMonth + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is 1.1 from month 1)',
      ]);
    });

    test('openRate is required in every segment that has none while clickRateBasis is "opens"', () => {
      const noOpenRate = { ...plain, openRate: undefined };
      expect(lines({ ...noOpenRate, segments: { a: { share: 0.5, openRate: 0.3 }, b: { share: 0.5 } } })).toEqual([
        'segments.b.openRate: is required when clickRateBasis is "opens" (click rate per open, CTOR)',
      ]);
      expect(lines({ ...noOpenRate, clickRateBasis: 'delivered', segments: ab })).toEqual([]);
    });
  });

  describe('changes', () => {
    const withChanges = (changes: unknown[]) => ({ ...example, changes }) as ScenarioInput;

    test('a change naming an unknown segment, or moving from one, is refused', () => {
      expect(lines(withChanges([{ fromMonth: 7, set: { segments: { lapsed: { emailsPerMonth: 0 } } } }]))).toEqual([
        'changes[0].set.segments.lapsed: names no segment of the scenario (engaged, dormant)',
      ]);
      expect(lines(withChanges([{ fromMonth: 7, set: { moves: [{ from: 'dormant', to: 'vip', sharePerMonth: 0.1 }] } }]))).toEqual([
        'changes[0].set.moves[0].to: names no segment of the scenario (engaged, dormant)',
      ]);
      expect(lines({ ...plain, changes: [{ fromMonth: 2, set: { segments: { a: { emailsPerMonth: 1 } } } }] } as ScenarioInput)).toEqual([
        'changes[0].set.segments.a: the scenario has no segments',
      ]);
    });

    test('a change that breaks a rule from its month is named by its place', () => {
      // From month 7, engaged gets all new subscribers and dormant 0.5 more: 1.5.
      expect(
        lines(withChanges([{ fromMonth: 7, set: { segments: { engaged: { newSubscriberShare: 1 }, dormant: { newSubscriberShare: 0.5 } } } }]))[0],
      ).toMatch(/^changes\[0\]\.set\.segments: the segments' newSubscriberShare must sum to 1 \(engaged 1 \+ dormant 0\.5 = 1\.5\)/);
      expect(
        lines(
          withChanges([
            {
              fromMonth: 7,
              set: {
                moves: [
                  { from: 'dormant', to: 'engaged', sharePerMonth: 0.7 },
                  { from: 'dormant', to: 'engaged', sharePerMonth: 0.7 },
                ],
              },
            },
          ]),
        ),
      ).toEqual(['changes[0].set.moves[0].sharePerMonth: the shares moving out of "dormant" sum to 1.4: at most 1 of a segment can move in a month']);
      // A churnPerMonth from month 4 clashes with the retention every segment inherits.
      expect(lines(withChanges([{ fromMonth: 4, set: { churnPerMonth: 0.01 } }]))).toEqual([`changes[0].set.retention: ${CONFLICT}`]);
    });

    test('a rule broken from month 1 is reported once, not again for each later run of months', () => {
      const input = {
        ...plain,
        churnPerMonth: 0.5,
        churnPerEmail: 0.3,
        changes: [
          { fromMonth: 3, set: { budgetPerMonth: 1 } },
          { fromMonth: 5, set: { openRate: 0.2 } },
        ],
      };
      expect(lines(input)).toEqual([
        'churnPerEmail: churnPerMonth + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is 1.1 from month 1)',
      ]);
    });

    test('a retention a change brings in needs α and β', () => {
      expect(lines({ ...plain, changes: [{ fromMonth: 3, set: { retention: { alpha: 1 } } }] } as ScenarioInput)).toEqual([
        'changes[0].set.retention.beta: is required (no retention is in force to take it from)',
      ]);
      expect(lines({ ...plain, changes: [{ fromMonth: 3, set: { retention: { alpha: 1, beta: 2 } } }] } as ScenarioInput)).toEqual([]);
      // Inherited by two segments: once, where it is written.
      expect(lines({ ...plain, segments: ab, changes: [{ fromMonth: 3, set: { retention: { alpha: 1 } } }] } as ScenarioInput)).toEqual([
        'changes[0].set.retention.beta: is required (no retention is in force to take it from)',
      ]);
      // A segment's own part, with none in force to merge into.
      expect(lines({ ...plain, segments: ab, changes: [{ fromMonth: 3, set: { segments: { b: { retention: { beta: 1 } } } } }] } as ScenarioInput)).toEqual([
        'changes[0].set.segments.b.retention.alpha: is required (no retention is in force to take it from)',
      ]);
    });
  });

  test('through parseScenarioInput: the same lines, once every field is valid', () => {
    expect(problemLines(() => parseScenarioInput({ ...unsegmented, segments: { a: { share: 0.3 }, b: { share: 0.6 } } }))).toEqual([
      "segments: the segments' shares must sum to 1 (a 0.3 + b 0.6 = 0.9)",
    ]);
    // A share out of range is reported once, as a fraction, not again as a wrong sum.
    expect(problemLines(() => parseScenarioInput({ ...unsegmented, segments: { a: { share: 1.5 }, b: { share: 0.5 } } }))).toEqual([
      'segments.a.share: must be a fraction from 0 to 1, e.g. 0.3 for 30 % (share of the list at the start in this segment)',
    ]);
  });
});
