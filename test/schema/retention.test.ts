import { describe, expect, test } from 'vitest';
import { MAX_MONTHS } from '../../src/schema/horizon';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { Retention, RetentionChange, RetentionPatch, retentionFieldRules } from '../../src/schema/retention';
import { problemLines, unsegmented } from './segmentedExample';

const messageOf = (data: unknown) => Retention.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('Retention', () => {
  test('defaults: model sBG, periodMonths 1, existingTenureMonths 0', () => {
    expect(Retention.parse({ alpha: 0.7, beta: 1.2 })).toEqual({ model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 0 });
  });

  test('what is written is kept', () => {
    const written = { model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 12, existingTenureMonths: 6 };
    expect(Retention.parse(written)).toEqual(written);
  });

  test('α and β are required and above 0, at most 1e9', () => {
    expect(messageOf({ beta: 1 })).toEqual(['alpha: must be a number (α of the shifted-beta-geometric retention)']);
    expect(messageOf({ alpha: 0, beta: 1 })).toEqual(['alpha: must be greater than 0 (α of the shifted-beta-geometric retention)']);
    expect(messageOf({ alpha: 1, beta: -2 })).toEqual(['beta: must be greater than 0 (β of the shifted-beta-geometric retention)']);
    expect(messageOf({ alpha: 1, beta: 2e9 })).toEqual(['beta: must be at most 1e9 (β of the shifted-beta-geometric retention)']);
    expect(messageOf({ alpha: 1e9, beta: 1e9 })).toBeUndefined();
  });

  test('the model is sBG only', () => {
    expect(messageOf({ model: 'BG', alpha: 1, beta: 2 })).toEqual(['model: must be "sBG" (shifted-beta-geometric retention)']);
  });

  test('periodMonths is a whole number from 1 to MAX_MONTHS', () => {
    for (const bad of [0, 1.5, -1])
      expect(messageOf({ alpha: 1, beta: 2, periodMonths: bad })).toEqual(['periodMonths: must be a whole number of months, 1 or more']);
    expect(messageOf({ alpha: 1, beta: 2, periodMonths: MAX_MONTHS + 1 })).toEqual([`periodMonths: must be at most ${MAX_MONTHS} months`]);
    expect(Retention.parse({ alpha: 1, beta: 2, periodMonths: 12 }).periodMonths).toBe(12);
  });

  test('existingTenureMonths is a whole number from 0 to MAX_MONTHS', () => {
    for (const bad of [-1, 2.5])
      expect(messageOf({ alpha: 1, beta: 2, existingTenureMonths: bad })).toEqual(['existingTenureMonths: must be a whole number of months, 0 or more']);
    expect(messageOf({ alpha: 1, beta: 2, existingTenureMonths: MAX_MONTHS + 1 })).toEqual([`existingTenureMonths: must be at most ${MAX_MONTHS} months`]);
  });

  test('unknown fields are refused', () => {
    expect(Retention.safeParse({ alpha: 1, beta: 2, gamma: 3 }).success).toBe(false);
  });

  test('in a scenario input: defaults filled, errors at retention.<field>', () => {
    expect(parseScenarioInput({ ...unsegmented, retention: { alpha: 2, beta: 3 } }).retention).toEqual({
      model: 'sBG',
      alpha: 2,
      beta: 3,
      periodMonths: 1,
      existingTenureMonths: 0,
    });
    expect(problemLines(() => parseScenarioInput({ ...unsegmented, retention: { alpha: 2 } }))).toEqual(['retention.beta: is required']);
    expect(problemLines(() => parseScenarioInput({ ...unsegmented, retention: { alpha: 2, beta: 3, periodMonths: 0 } }))).toEqual([
      'retention.periodMonths: must be a whole number of months, 1 or more',
    ]);
  });
});

describe('RetentionPatch, RetentionChange and retentionFieldRules', () => {
  test('a patch gives any part, no defaults added', () => {
    expect(RetentionPatch.parse({ beta: 2 })).toEqual({ beta: 2 });
    expect(RetentionPatch.parse({})).toEqual({});
    expect(RetentionPatch.safeParse({ alpha: 0 }).success).toBe(false);
  });

  test('a change may not set the tenure of the list at month 1', () => {
    expect(RetentionChange.parse({ alpha: 2, periodMonths: 12 })).toEqual({ alpha: 2, periodMonths: 12 });
    expect(RetentionChange.safeParse({ existingTenureMonths: 3 }).error?.issues[0]?.message).toBe(
      'holds at month 1 only: set it in the scenario\u2019s retention',
    );
  });

  test("the field rules are the retention's own", () => {
    expect(Object.keys(retentionFieldRules)).toEqual(['alpha', 'beta', 'periodMonths', 'existingTenureMonths']);
    expect(retentionFieldRules.alpha.safeParse(0).success).toBe(false);
    expect(retentionFieldRules.alpha.safeParse(0.1).success).toBe(true);
  });
});
