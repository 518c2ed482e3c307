import { describe, expect, test } from 'vitest';
import { forecast, parseScenarioInput, withFieldValues } from '../../src/index';
import { deepFreeze, handExample, inputErrorOf } from '../model/support';
import { issueExample, problemLines } from './segmentedExample';

const parsed = () => deepFreeze(parseScenarioInput(handExample));

describe('withFieldValues', () => {
  test('gives the same input as parsing the data with the field changed', () => {
    const fast = withFieldValues(parsed(), { openRate: 0.3, budgetPerMonth: 250 });
    expect(fast).toEqual(parseScenarioInput({ ...handExample, openRate: 0.3, budgetPerMonth: 250 }));
  });

  test('does not mutate the input', () => {
    const input = parsed();
    withFieldValues(input, { openRate: 0.3 });
    expect(input.openRate).toBe(0.5);
  });

  test('names the field and the rule when a value breaks it', () => {
    const error = inputErrorOf(() => withFieldValues(parsed(), { openRate: 1.2, subscribers: -1 }));
    expect(error.message.split('\n')).toEqual([
      expect.stringMatching(/^openRate: must be a fraction from 0 to 1/),
      expect.stringMatching(/^subscribers: must be 0 or more/),
    ]);
  });

  test('checks the additive churn rule again', () => {
    const error = inputErrorOf(() => withFieldValues(parsed(), { churnPerEmail: 0.5 }));
    expect(error.message).toMatch(/^churnPerEmail: churnPerMonth \+ churnPerEmail × emailsPerMonth must not exceed 1/);
  });

  test('keeps a change of the same field by default, and scales it on request', () => {
    const input = parseScenarioInput({ ...handExample, changes: [{ fromMonth: 2, set: { openRate: 0.4 } }] });
    expect(withFieldValues(input, { openRate: 0.25 }).changes[0]!.set.openRate).toBe(0.4);
    expect(withFieldValues(input, { openRate: 0.25 }, { changes: 'scale' }).changes[0]!.set.openRate).toBeCloseTo(0.2, 15);
  });

  test('reports a scaled change that leaves its range', () => {
    const input = parseScenarioInput({ ...handExample, changes: [{ fromMonth: 2, set: { openRate: 0.9 } }] });
    expect(inputErrorOf(() => withFieldValues(input, { openRate: 0.75 }, { changes: 'scale' })).message).toMatch(
      /^changes\[0\]\.set\.openRate: scaled to 1\.35/,
    );
  });

  test('a forecast of the result equals a forecast of the re-parsed data', () => {
    const fast = withFieldValues(parsed(), { averageOrderValue: 80 });
    expect(forecast(fast, { months: 6 }).npv.toString()).toBe(forecast({ ...handExample, averageOrderValue: 80 }, { months: 6 }).npv.toString());
  });
});

describe('withFieldValues with field paths', () => {
  const example = () => deepFreeze(parseScenarioInput(issueExample));
  const withSegments = (segments: object) => ({ ...issueExample, segments: { ...issueExample.segments, ...segments } });
  const retention = { model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 6 };

  test("a segment's field: the same input as parsing the data with it written in the segment", () => {
    expect(withFieldValues(example(), { 'segments.engaged.openRate': 0.6, 'segments.dormant.emailsPerMonth': 1 })).toEqual(
      parseScenarioInput(
        withSegments({
          engaged: { share: 0.3, newSubscriberShare: 0.5, openRate: 0.6, emailsPerMonth: 8 },
          dormant: { share: 0.7, openRate: 0.08, churnPerEmail: 0.004, emailsPerMonth: 1 },
        }),
      ),
    );
  });

  test("retention, a segment's retention and a move's share", () => {
    const changed = withFieldValues(example(), { 'retention.alpha': 0.9, 'segments.engaged.retention.beta': 2, 'moves[0].sharePerMonth': 0.05 });
    expect(changed.retention).toEqual({ ...retention, alpha: 0.9 });
    // engaged's own retention copies the scenario's as it then is (α already 0.9), with β 2.
    expect(changed.segments!.engaged!.retention).toEqual({ ...retention, alpha: 0.9, beta: 2 });
    expect(changed.moves).toEqual([{ from: 'engaged', to: 'dormant', sharePerMonth: 0.05 }]);
  });

  test('shares: one alone breaks the sum (named with the segments), both together keep it', () => {
    expect(problemLines(() => withFieldValues(example(), { 'segments.engaged.share': 0.4 }))).toEqual([
      "segments: the segments' shares must sum to 1 (engaged 0.4 + dormant 0.7 = 1.1)",
    ]);
    const moved = withFieldValues(example(), { 'segments.engaged.share': 0.4, 'segments.dormant.share': 0.6 });
    expect([moved.segments!.engaged!.share, moved.segments!.dormant!.share]).toEqual([0.4, 0.6]);
  });

  test('refusals name the path: a value out of its rule, a path that names nothing, a place the input lacks', () => {
    expect(
      problemLines(() =>
        withFieldValues(example(), {
          'segments.engaged.openRate': 1.2,
          'segments.engaged.subscribers': 5,
          'segments.lapsed.openRate': 0.1,
          'moves[2].sharePerMonth': 0.1,
          'retention.alpha': 0,
        }),
      ),
    ).toEqual([
      'segments.engaged.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
      expect.stringMatching(
        /^segments\.engaged\.subscribers: is not a numeric input field \(subscribers, .*; or a path such as segments\.engaged\.openRate, retention\.alpha, moves\[0\]\.sharePerMonth\)$/,
      ),
      'segments.lapsed.openRate: names no segment of the scenario (engaged, dormant)',
      'moves[2].sharePerMonth: names no move of the scenario (it has 1)',
      'retention.alpha: must be greater than 0 (α of the shifted-beta-geometric retention)',
    ]);
  });

  test('the cross-field rules are checked again, at the paths of the values set', () => {
    expect(problemLines(() => withFieldValues(example(), { 'segments.dormant.churnPerMonth': 0.01 }))).toEqual([
      'segments.dormant.churnPerMonth: cannot be used with churnPerMonth above 0 (it is 0.01) in the same segment: retention by tenure replaces the constant monthly churn, so set churnPerMonth to 0',
    ]);
    // All of engaged moves each month, all new subscribers join engaged (dormant then takes none): no rule broken.
    expect(() => withFieldValues(example(), { 'moves[0].sharePerMonth': 1, 'segments.engaged.newSubscriberShare': 1 })).not.toThrow();
  });

  test("changes: 'keep' leaves a change of the same path, 'scale' scales it by new / old", () => {
    const input = parseScenarioInput({ ...issueExample, changes: [{ fromMonth: 7, set: { segments: { dormant: { openRate: 0.04 } } } }] });
    const keep = withFieldValues(input, { 'segments.dormant.openRate': 0.12 });
    expect(keep.segments!.dormant!.openRate).toBe(0.12);
    expect(keep.changes).toEqual(input.changes);
    // 0.12 / 0.08 = 1.5: 0.04 becomes 0.06.
    const scaled = withFieldValues(input, { 'segments.dormant.openRate': 0.12 }, { changes: 'scale' });
    expect(scaled.changes[0]!.set.segments!.dormant!.openRate).toBeCloseTo(0.06, 15);
    expect(input.changes[0]!.set.segments!.dormant!.openRate).toBe(0.04);
  });

  test("'scale' on an inherited value scales by the ratio to the value inherited; a change of another path is left", () => {
    // dormant inherits clickRate 0.1; set to 0.05 (× 0.5): its change 0.2 → 0.1; the scenario-wide change of clickRate stays.
    const input = parseScenarioInput({
      ...issueExample,
      changes: [{ fromMonth: 4, set: { clickRate: 0.3, segments: { dormant: { clickRate: 0.2 } } } }],
    });
    const scaled = withFieldValues(input, { 'segments.dormant.clickRate': 0.05 }, { changes: 'scale' });
    expect(scaled.changes[0]!.set.segments!.dormant!.clickRate).toBeCloseTo(0.1, 15);
    expect(scaled.changes[0]!.set.clickRate).toBe(0.3);
  });

  test("'scale' on retention.alpha, and a scaled segment value that leaves its range is named by its path", () => {
    const withAlpha = parseScenarioInput({ ...issueExample, changes: [{ fromMonth: 13, set: { retention: { alpha: 1.4 } } }] });
    expect(withFieldValues(withAlpha, { 'retention.alpha': 0.35 }, { changes: 'scale' }).changes[0]!.set.retention!.alpha).toBeCloseTo(0.7, 15);
    const withOpen = parseScenarioInput({ ...issueExample, changes: [{ fromMonth: 2, set: { segments: { engaged: { openRate: 0.8 } } } }] });
    // 0.5 → 1 is × 2: 0.8 becomes 1.6.
    expect(problemLines(() => withFieldValues(withOpen, { 'segments.engaged.openRate': 1 }, { changes: 'scale' }))).toEqual([
      'changes[0].set.segments.engaged.openRate: scaled to 1.6: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
    ]);
  });
});
