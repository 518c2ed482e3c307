import { describe, expect, test } from 'vitest';
import { segmentFieldNames } from '../../src/schema/fields';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { MAX_MOVES, MAX_SEGMENTS, Move, Moves, Segment, SegmentChange, SegmentName, SegmentPatch, Segments } from '../../src/schema/segments';
import { issueExample, problemLines, unsegmented } from './segmentedExample';

const parseWithSegments =
  (segments: unknown, extra: Record<string, unknown> = {}) =>
  () =>
    parseScenarioInput({ ...unsegmented, segments, ...extra });
const two = { a: { share: 0.5 }, b: { share: 0.5 } };

describe('Segments in a scenario input', () => {
  test("the issue's example parses, segments in the order written, each with only what it wrote", () => {
    const input = parseScenarioInput(issueExample);
    expect(Object.keys(input.segments!)).toEqual(['engaged', 'dormant']);
    expect(input.segments).toEqual({
      engaged: { share: 0.3, newSubscriberShare: 0.5, openRate: 0.5, emailsPerMonth: 8 },
      dormant: { share: 0.7, openRate: 0.08, churnPerEmail: 0.004 },
    });
    expect(input.moves).toEqual([{ from: 'engaged', to: 'dormant', sharePerMonth: 0.03 }]);
    expect(input.retention).toEqual({ model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 6 });
  });

  test('the order written is kept, whatever it is', () => {
    const input = parseScenarioInput({ ...unsegmented, segments: { zeta: { share: 0.2 }, alpha: { share: 0.5 }, mid: { share: 0.3 } } });
    expect(Object.keys(input.segments!)).toEqual(['zeta', 'alpha', 'mid']);
  });

  test('a segment may set each per-subscriber field itself', () => {
    const own = { emailsPerMonth: 8, openRate: 0.5, clickRate: 0.2, conversionRate: 0.03, averageOrderValue: 80, grossMargin: 0.4 };
    const more = { offEmailMultiplier: 1.5, costPerThousandEmails: 2, churnPerMonth: 0.01, churnPerEmail: 0.001 };
    const segment = { share: 1, ...own, ...more };
    expect(Object.keys(segment).filter((k) => k !== 'share')).toEqual([...segmentFieldNames]);
    expect(parseScenarioInput({ ...unsegmented, segments: { all: segment } }).segments).toEqual({ all: segment });
  });

  test("a segment's own field follows the field's rule, with its path", () => {
    expect(problemLines(parseWithSegments({ a: { share: 0.5, openRate: 1.2 }, b: { share: 0.5, emailsPerMonth: -1 } }))).toEqual([
      'segments.a.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
      'segments.b.emailsPerMonth: must be 0 or more (emails per subscriber per month)',
    ]);
  });

  test('share is required; shares are fractions', () => {
    expect(problemLines(parseWithSegments({ a: { openRate: 0.3 }, b: { share: 1.5 } }))).toEqual([
      'segments.a.share: is required',
      'segments.b.share: must be a fraction from 0 to 1, e.g. 0.3 for 30 % (share of the list at the start in this segment)',
    ]);
  });

  test.each([
    ['subscribers', 100],
    ['newSubscribersPerMonth', 10],
    ['newSubscribersGrowthMonthly', 0.01],
    ['clickRateBasis', 'delivered'],
    ['churnModel', 'compound'],
    ['budgetPerMonth', 100],
    ['investment', 100],
    ['runningCostPerMonth', 10],
    ['inflationAnnual', 0.02],
    ['pricesFollowInflation', true],
    ['discountRateAnnual', 0.1],
    ['startDate', '2026-01-01'],
  ])('%s is scenario-wide: refused inside a segment with a message that says so', (field, value) => {
    const lines = problemLines(parseWithSegments({ a: { share: 0.5, [field]: value }, b: { share: 0.5 } }));
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^segments\\.a\\.${field}: holds for the whole scenario, not per segment: write it outside segments`)),
    ]);
  });

  test('a misspelt field inside a segment asks to check the spelling', () => {
    expect(problemLines(parseWithSegments({ a: { share: 1, opnRate: 0.3 } }))).toEqual(['segments.a.opnRate: is not a known field (check the spelling)']);
  });

  test('segments must be an object holding 1 to MAX_SEGMENTS segments', () => {
    expect(problemLines(parseWithSegments([{ share: 1 }]))).toEqual(['segments: must be an object of segments by name, e.g. { "engaged": { "share": 0.3 } }']);
    expect(problemLines(parseWithSegments({}))).toEqual(['segments: must hold at least one segment (leave segments out for one homogeneous list)']);
    const many = Object.fromEntries(Array.from({ length: MAX_SEGMENTS + 1 }, (_, i) => [`s${i}`, { share: i === 0 ? 1 : 0 }]));
    expect(problemLines(parseWithSegments(many))).toEqual([`segments: must hold at most ${MAX_SEGMENTS} segments`]);
    const most = Object.fromEntries(Array.from({ length: MAX_SEGMENTS }, (_, i) => [`s${i}`, { share: i === 0 ? 1 : 0 }]));
    expect(Object.keys(parseScenarioInput({ ...unsegmented, segments: most }).segments!)).toHaveLength(20);
  });
});

describe('SegmentName', () => {
  test.each(['engaged', 'A', 'dormant_2', 'vip-list', 'x'.repeat(40)])('%s is a name', (name) => {
    expect(SegmentName.safeParse(name).success).toBe(true);
  });

  test.each(['1x', '_a', '-a', 'a.b', 'a[0]', 'a b', 'é', '', 'x'.repeat(41), '__proto__'])('%j is refused: it must start with a letter …', (name) => {
    expect(SegmentName.safeParse(name).error?.issues[0]?.message).toBe(
      'must start with a letter and hold only letters, digits, _ or - (at most 40), e.g. "engaged"',
    );
  });

  test.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'])('%s is reserved by JavaScript objects', (name) => {
    expect(SegmentName.safeParse(name).error?.issues[0]?.message).toBe('is reserved by JavaScript objects: choose another segment name');
  });

  test('a bad name in a scenario file is reported at its path, with the rule', () => {
    expect(problemLines(parseWithSegments({ '1x': { share: 1 } }))).toEqual([
      'segments.1x: is not a valid name: it must start with a letter and hold only letters, digits, _ or - (at most 40), e.g. "engaged"',
    ]);
    expect(problemLines(parseWithSegments({ 'a.b': { share: 1 } }))[0]).toMatch(/^segments\.a\.b: is not a valid name: it must start with a letter/);
    expect(problemLines(parseWithSegments({ 'a[0]': { share: 1 } }))[0]).toMatch(/^segments\.a\[0\]: is not a valid name/);
    // zod drops a record's __proto__ key before its name is checked: it never reaches a prototype, and is not a segment.
    expect(problemLines(parseWithSegments(JSON.parse('{ "__proto__": { "share": 1 } }')))).toEqual([
      'segments: must hold at least one segment (leave segments out for one homogeneous list)',
    ]);
    const kept = parseScenarioInput({ ...unsegmented, segments: JSON.parse('{ "__proto__": { "share": 0.5 }, "a": { "share": 1 } }') as object });
    expect(Object.keys(kept.segments!)).toEqual(['a']);
    expect(Object.getPrototypeOf(kept.segments)).toBe(Object.prototype);
    expect(problemLines(parseWithSegments({ constructor: { share: 1 } }))).toEqual([
      'segments.constructor: is not a valid name: it is reserved by JavaScript objects: choose another segment name',
    ]);
  });
});

describe('Segment, SegmentPatch and SegmentChange', () => {
  test("a segment's retention takes the defaults: model sBG, periodMonths 1, existingTenureMonths 0", () => {
    expect(Segment.parse({ share: 1, retention: { alpha: 2, beta: 3 } })).toEqual({
      share: 1,
      retention: { model: 'sBG', alpha: 2, beta: 3, periodMonths: 1, existingTenureMonths: 0 },
    });
  });

  test('a patch may give any field alone (share too) and a part of the retention, without defaults', () => {
    expect(SegmentPatch.parse({ emailsPerMonth: 10 })).toEqual({ emailsPerMonth: 10 });
    expect(SegmentPatch.parse({ share: 0.4 })).toEqual({ share: 0.4 });
    expect(SegmentPatch.parse({ retention: { beta: 2 } })).toEqual({ retention: { beta: 2 } });
    expect(SegmentPatch.safeParse({ subscribers: 5 }).success).toBe(false);
  });

  test("a change may not set a segment's share nor its list's tenure at month 1", () => {
    expect(SegmentChange.parse({ emailsPerMonth: 0, newSubscriberShare: 0.2, retention: { alpha: 2 } })).toEqual({
      emailsPerMonth: 0,
      newSubscriberShare: 0.2,
      retention: { alpha: 2 },
    });
    expect(SegmentChange.safeParse({ share: 0.5 }).error?.issues[0]?.message).toBe(
      'splits the list at month 1 only: to move subscribers between segments later, use moves',
    );
    expect(SegmentChange.safeParse({ retention: { existingTenureMonths: 3 } }).error?.issues[0]?.message).toBe(
      'holds at month 1 only: set it in the scenario\u2019s retention',
    );
  });

  test('Segments refuses an empty object; a patch or change of segments may be empty', () => {
    expect(Segments.safeParse({}).success).toBe(false);
    expect(Segments.safeParse(two).success).toBe(true);
  });
});

describe('Move and Moves', () => {
  test('a move names two segments and a share of the first a month', () => {
    expect(Move.parse({ from: 'engaged', to: 'dormant', sharePerMonth: 0.03 })).toEqual({ from: 'engaged', to: 'dormant', sharePerMonth: 0.03 });
  });

  test('sharePerMonth is a fraction; from, to and sharePerMonth are required; nothing else', () => {
    const messages = (data: unknown) => Move.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages({ from: 'a', to: 'b', sharePerMonth: 1.2 })).toEqual([
      'sharePerMonth: must be a fraction from 0 to 1, e.g. 0.03 for 3 % a month (share of the segment that moves each month)',
    ]);
    expect(messages({ from: 'a', to: 'b', sharePerMonth: -0.1 })?.[0]).toMatch(/^sharePerMonth: must be a fraction from 0 to 1/);
    expect(Move.safeParse({ from: 'a', to: 'b' }).success).toBe(false);
    expect(Move.safeParse({ from: 'a', to: 'b', sharePerMonth: 0.1, when: 3 }).success).toBe(false);
    expect(Move.safeParse({ from: '1x', to: 'b', sharePerMonth: 0.1 }).success).toBe(false);
  });

  test('moves are a list of at most MAX_MOVES', () => {
    const move = { from: 'a', to: 'b', sharePerMonth: 0 };
    expect(Moves.safeParse(Array.from({ length: MAX_MOVES }, () => move)).success).toBe(true);
    expect(Moves.safeParse(Array.from({ length: MAX_MOVES + 1 }, () => move)).error?.issues[0]?.message).toBe(`must hold at most ${MAX_MOVES} moves`);
    expect(problemLines(() => parseScenarioInput({ ...unsegmented, segments: two, moves: { from: 'a' } }))).toEqual([
      'moves: must be a list of { from, to, sharePerMonth }',
    ]);
  });

  test("a move's error in a file names the move by its place", () => {
    expect(problemLines(() => parseScenarioInput({ ...unsegmented, segments: two, moves: [{ from: 'a', to: 'b', sharePerMonth: 2 }] }))).toEqual([
      'moves[0].sharePerMonth: must be a fraction from 0 to 1, e.g. 0.03 for 3 % a month (share of the segment that moves each month)',
    ]);
  });
});
