import { describe, expect, test } from 'vitest';
import { fieldRules, numericFieldNames } from '../../src/schema/fields';
import { numericFieldPaths, parseFieldPath, readFieldPath, setFieldPath } from '../../src/schema/fieldPaths';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { retentionFieldRules } from '../../src/schema/retention';
import { Move, segmentShareRules } from '../../src/schema/segments';
import { deepFreeze } from '../model/support';
import { issueExample, problemLines, unsegmented } from './segmentedExample';

const example = () => deepFreeze(parseScenarioInput(issueExample));
const retention = { model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 6 };

describe('parseFieldPath', () => {
  test('a numeric field by its name', () => {
    expect(parseFieldPath('openRate')).toEqual({ keys: ['openRate'], field: 'openRate', segment: undefined, rule: fieldRules.openRate });
    expect(parseFieldPath('subscribers')?.keys).toEqual(['subscribers']);
    for (const name of numericFieldNames) expect(parseFieldPath(name)?.rule).toBe(fieldRules[name]);
  });

  test("a segment's per-subscriber field and its shares", () => {
    expect(parseFieldPath('segments.engaged.openRate')).toEqual({
      keys: ['segments', 'engaged', 'openRate'],
      field: 'openRate',
      segment: 'engaged',
      rule: fieldRules.openRate,
    });
    expect(parseFieldPath('segments.dormant-2.churnPerEmail')?.rule).toBe(fieldRules.churnPerEmail);
    expect(parseFieldPath('segments.engaged.share')).toEqual({
      keys: ['segments', 'engaged', 'share'],
      field: 'share',
      segment: 'engaged',
      rule: segmentShareRules.share,
    });
    expect(parseFieldPath('segments.engaged.newSubscriberShare')?.rule).toBe(segmentShareRules.newSubscriberShare);
  });

  test("the retention's α and β, the scenario's and a segment's", () => {
    expect(parseFieldPath('retention.alpha')).toEqual({ keys: ['retention', 'alpha'], field: 'alpha', segment: undefined, rule: retentionFieldRules.alpha });
    expect(parseFieldPath('segments.dormant.retention.beta')).toEqual({
      keys: ['segments', 'dormant', 'retention', 'beta'],
      field: 'beta',
      segment: 'dormant',
      rule: retentionFieldRules.beta,
    });
  });

  test("a move's share by its place", () => {
    expect(parseFieldPath('moves[0].sharePerMonth')).toEqual({
      keys: ['moves', 0, 'sharePerMonth'],
      field: 'sharePerMonth',
      segment: undefined,
      rule: Move.shape.sharePerMonth,
    });
    expect(parseFieldPath('moves[12].sharePerMonth')?.keys).toEqual(['moves', 12, 'sharePerMonth']);
  });

  test.each([
    'segments.engaged.subscribers',
    'segments.engaged.budgetPerMonth',
    'segments.engaged.clickRateBasis',
    'segments.engaged.retention',
    'segments.engaged.constructor',
    'segments.engaged.toString',
    'segments.1x.openRate',
    'segments.a.b.openRate',
    'segments..openRate',
    'segments.engaged',
    'moves[-1].sharePerMonth',
    'moves[01].sharePerMonth',
    'moves[x].sharePerMonth',
    'moves[0].from',
    'moves.0.sharePerMonth',
    'retention.periodMonths',
    'retention.existingTenureMonths',
    'retention.model',
    'segments.engaged.retention.periodMonths',
    'churnModel',
    'pricesFollowInflation',
    'startDate',
    'OpenRate',
    'openRate ',
    '',
    '__proto__',
    'toString',
  ])('%j names no numeric input', (path) => {
    expect(parseFieldPath(path)).toBeUndefined();
  });

  test('a value that is not text names nothing', () => {
    expect(parseFieldPath(42 as unknown as string)).toBeUndefined();
  });
});

describe('numericFieldPaths', () => {
  test('an unsegmented input has the numeric fields only', () => {
    expect(numericFieldPaths(parseScenarioInput(unsegmented))).toEqual([...numericFieldNames]);
  });

  test("the issue's example: the fields, the retention, each segment's fields and shares, the move", () => {
    const perSegment = (name: string) =>
      [
        ...['emailsPerMonth', 'openRate', 'clickRate', 'conversionRate', 'averageOrderValue', 'grossMargin', 'offEmailMultiplier'],
        ...['costPerThousandEmails', 'churnPerMonth', 'churnPerEmail', 'share', 'newSubscriberShare'],
      ].map((field) => `segments.${name}.${field}`);
    expect(numericFieldPaths(example())).toEqual([
      ...numericFieldNames,
      'retention.alpha',
      'retention.beta',
      ...perSegment('engaged'),
      ...perSegment('dormant'),
      'moves[0].sharePerMonth',
    ]);
  });

  test("a segment's own retention adds its α and β", () => {
    const input = parseScenarioInput({ ...unsegmented, segments: { a: { share: 1, retention: { alpha: 1, beta: 2 } } } });
    const paths = numericFieldPaths(input);
    expect(paths).toContain('segments.a.retention.alpha');
    expect(paths).toContain('segments.a.retention.beta');
    expect(paths).not.toContain('retention.alpha');
  });

  test('every path listed is one parseFieldPath reads, and readFieldPath gives it a value (openRate aside)', () => {
    const input = example();
    for (const path of numericFieldPaths(input)) {
      expect(parseFieldPath(path), path).toBeDefined();
      expect(typeof readFieldPath(input, path), path).toBe('number');
    }
  });
});

describe('readFieldPath', () => {
  test("a segment's own value, else the scenario's", () => {
    const input = example();
    expect(readFieldPath(input, 'segments.engaged.openRate')).toBe(0.5);
    expect(readFieldPath(input, 'segments.engaged.clickRate')).toBe(0.1);
    expect(readFieldPath(input, 'segments.dormant.emailsPerMonth')).toBe(2);
    expect(readFieldPath(input, 'segments.dormant.churnPerEmail')).toBe(0.004);
    expect(readFieldPath(input, 'segments.engaged.churnPerEmail')).toBe(0);
    expect(readFieldPath(input, 'openRate')).toBe(0.25);
  });

  test('shares: as written; newSubscriberShare as new subscribers are split (dormant takes the 0.5 engaged leaves)', () => {
    const input = example();
    expect(readFieldPath(input, 'segments.engaged.share')).toBe(0.3);
    expect(readFieldPath(input, 'segments.dormant.share')).toBe(0.7);
    expect(readFieldPath(input, 'segments.engaged.newSubscriberShare')).toBe(0.5);
    expect(readFieldPath(input, 'segments.dormant.newSubscriberShare')).toBe(0.5);
  });

  test("retention: the scenario's, which a segment inherits; a move's share", () => {
    const input = example();
    expect(readFieldPath(input, 'retention.alpha')).toBe(0.7);
    expect(readFieldPath(input, 'segments.dormant.retention.beta')).toBe(1.2);
    expect(readFieldPath(input, 'moves[0].sharePerMonth')).toBe(0.03);
  });

  test('undefined where the input has no such place or value', () => {
    const input = example();
    expect(readFieldPath(input, 'segments.lapsed.openRate')).toBeUndefined();
    expect(readFieldPath(input, 'segments.constructor.openRate')).toBeUndefined();
    expect(readFieldPath(input, 'moves[1].sharePerMonth')).toBeUndefined();
    expect(readFieldPath(input, 'nonsense')).toBeUndefined();
    const plain = parseScenarioInput({ ...unsegmented, clickRateBasis: 'delivered', openRate: undefined });
    expect(readFieldPath(plain, 'retention.alpha')).toBeUndefined();
    expect(readFieldPath(plain, 'openRate')).toBeUndefined();
    expect(readFieldPath(plain, 'moves[0].sharePerMonth')).toBeUndefined();
  });
});

describe('setFieldPath', () => {
  test('a field of the scenario', () => {
    expect(setFieldPath(example(), 'openRate', 0.3).openRate).toBe(0.3);
  });

  test("a segment's field becomes its own; the other segments and the scenario keep theirs", () => {
    const input = example();
    const changed = setFieldPath(input, 'segments.dormant.clickRate', 0.05);
    expect(changed.segments).toEqual({ ...input.segments, dormant: { share: 0.7, openRate: 0.08, churnPerEmail: 0.004, clickRate: 0.05 } });
    expect(changed.clickRate).toBe(0.1);
    expect(input.segments!.dormant).toEqual({ share: 0.7, openRate: 0.08, churnPerEmail: 0.004 });
  });

  test("a segment's retention parameter gives it its own retention, a copy of the scenario's with that value", () => {
    const changed = setFieldPath(example(), 'segments.dormant.retention.beta', 3);
    expect(changed.segments!.dormant!.retention).toEqual({ ...retention, beta: 3 });
    expect(changed.retention).toEqual(retention);
    expect(changed.segments!.engaged!.retention).toBeUndefined();
  });

  test("the scenario's retention and a move's share", () => {
    expect(setFieldPath(example(), 'retention.alpha', 2).retention).toEqual({ ...retention, alpha: 2 });
    expect(setFieldPath(example(), 'moves[0].sharePerMonth', 0.1).moves).toEqual([{ from: 'engaged', to: 'dormant', sharePerMonth: 0.1 }]);
  });

  test('refuses, naming the path, a place the input does not have', () => {
    const input = example();
    expect(problemLines(() => setFieldPath(input, 'segments.lapsed.openRate', 0.1))).toEqual([
      'segments.lapsed.openRate: names no segment of the scenario (engaged, dormant)',
    ]);
    // A name every object has is no segment either: it does not create one.
    expect(problemLines(() => setFieldPath(input, 'segments.constructor.openRate', 0.1))).toEqual([
      'segments.constructor.openRate: names no segment of the scenario (engaged, dormant)',
    ]);
    expect(problemLines(() => setFieldPath(input, 'moves[3].sharePerMonth', 0.1))).toEqual([
      'moves[3].sharePerMonth: names no move of the scenario (it has 1)',
    ]);
    expect(problemLines(() => setFieldPath(input, 'retention.periodMonths', 2))).toEqual(['retention.periodMonths: is not a numeric input field']);
    const plain = parseScenarioInput(unsegmented);
    expect(problemLines(() => setFieldPath(plain, 'segments.a.openRate', 0.1))).toEqual(['segments.a.openRate: the scenario has no segments']);
    expect(problemLines(() => setFieldPath(plain, 'retention.alpha', 1))).toEqual([
      'retention.alpha: the scenario has no retention: add retention with alpha and beta',
    ]);
    const segmented = parseScenarioInput({ ...unsegmented, segments: { a: { share: 1 } } });
    expect(problemLines(() => setFieldPath(segmented, 'segments.a.retention.alpha', 1))).toEqual([
      'segments.a.retention.alpha: neither the segment nor the scenario has retention: add retention with alpha and beta',
    ]);
  });
});
