import { describe, expect, test } from 'vitest';
import { fieldPathGuide } from '../../src/schema/fieldPathGuide';
import { inputGuide } from '../../src/schema/inputGuide';
import { numericFieldPaths } from '../../src/schema/fieldPaths';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { issueExample } from './segmentedExample';

const moves = [
  { from: 'engaged', to: 'dormant' },
  { from: 'dormant', to: 'engaged' },
];

describe('fieldPathGuide', () => {
  test("a scenario's field: its own guide, unchanged", () => {
    expect(fieldPathGuide('openRate')).toEqual(inputGuide.openRate);
    expect(fieldPathGuide('budgetPerMonth')).toEqual(inputGuide.budgetPerMonth);
  });

  test("a segment's field: the field's guide, the segment named after a middle dot", () => {
    expect(fieldPathGuide('segments.engaged.openRate')).toEqual({ ...inputGuide.openRate, label: 'Open rate (OR) · engaged' });
    expect(fieldPathGuide('segments.dormant.emailsPerMonth')?.label).toBe('Emails per month (e) · dormant');
  });

  test("a segment's shares", () => {
    expect(fieldPathGuide('segments.engaged.share')).toEqual({ label: 'Share of the list · engaged', unit: 'of subscribers at the start', kind: 'share' });
    expect(fieldPathGuide('segments.dormant.newSubscriberShare')).toEqual({
      label: 'Share of new subscribers · dormant',
      unit: 'of each month\u2019s new subscribers',
      kind: 'share',
    });
  });

  test("retention's α and β, the scenario's and a segment's", () => {
    expect(fieldPathGuide('retention.alpha')).toEqual({ label: 'Retention α (sBG)', unit: 'shape of churn across subscribers', kind: 'number' });
    expect(fieldPathGuide('segments.dormant.retention.beta')?.label).toBe('Retention β (sBG) · dormant');
  });

  test('a move: by its ends when the moves are given, else by its place counted from 1', () => {
    expect(fieldPathGuide('moves[0].sharePerMonth', moves)).toEqual({
      label: 'Share moving · engaged → dormant',
      unit: 'of the segment per month',
      kind: 'share',
    });
    expect(fieldPathGuide('moves[1].sharePerMonth', moves)?.label).toBe('Share moving · dormant → engaged');
    expect(fieldPathGuide('moves[0].sharePerMonth')?.label).toBe('Share moving · move 1');
    expect(fieldPathGuide('moves[5].sharePerMonth', moves)?.label).toBe('Share moving · move 6');
  });

  test('undefined for a path that names no numeric input', () => {
    for (const path of ['segments.engaged.subscribers', 'retention.periodMonths', 'moves[-1].sharePerMonth', 'churnModel', 'nope']) {
      expect(fieldPathGuide(path)).toBeUndefined();
    }
  });

  test('every path of an input has a guide with a label, a unit and a kind', () => {
    for (const path of numericFieldPaths(parseScenarioInput(issueExample))) {
      const guide = fieldPathGuide(path);
      expect(guide?.label, path).toMatch(/\S/);
      expect(guide?.unit, path).toMatch(/\S/);
      expect(guide?.kind, path).toMatch(/^(share|number|money|people)$/);
    }
  });
});
