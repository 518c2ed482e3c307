import { describe, expect, test } from 'vitest';
import { fieldPathLabel } from '../../src/schema/fieldPathLabel';
import { numericFieldPaths } from '../../src/schema/fieldPaths';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { issueExample } from './segmentedExample';

describe('fieldPathLabel', () => {
  test("a scenario's field: its label from the input guide", () => {
    expect(fieldPathLabel('openRate')).toBe('Open rate (OR)');
    expect(fieldPathLabel('discountRateAnnual')).toBe('Discount rate (r)');
    expect(fieldPathLabel('averageOrderValue')).toBe('Average order value (AOV)');
  });

  test("a segment's field and shares: the label, then the segment", () => {
    expect(fieldPathLabel('segments.engaged.openRate')).toBe('Open rate (OR), segment engaged');
    expect(fieldPathLabel('segments.engaged.share')).toBe('Share of the list, segment engaged');
    expect(fieldPathLabel('segments.d.newSubscriberShare')).toBe('Share of new subscribers, segment d');
  });

  test('a segment named like a part of the label keeps the whole label', () => {
    expect(fieldPathLabel('segments.e.emailsPerMonth')).toBe('Emails per month (e), segment e');
  });

  test("retention's α and β, the scenario's and a segment's", () => {
    expect(fieldPathLabel('retention.alpha')).toBe('Retention α (sBG)');
    expect(fieldPathLabel('retention.beta')).toBe('Retention β (sBG)');
    expect(fieldPathLabel('segments.d.retention.beta')).toBe('Retention β (sBG), segment d');
  });

  test('a move: by its ends when the moves are given, else by its place counted from 1', () => {
    const moves = [
      { from: 'engaged', to: 'dormant' },
      { from: 'dormant', to: 'engaged' },
    ];
    expect(fieldPathLabel('moves[1].sharePerMonth', moves)).toBe('Move dormant → engaged, share per month');
    expect(fieldPathLabel('moves[0].sharePerMonth')).toBe('Move 1, share per month');
    expect(fieldPathLabel('moves[4].sharePerMonth', moves)).toBe('Move 5, share per month');
  });

  test('a path that names no numeric input is returned as given', () => {
    for (const path of ['nope', 'churnModel', 'segments.engaged.subscribers', 'retention.periodMonths', 'moves[-1].sharePerMonth', '']) {
      expect(fieldPathLabel(path)).toBe(path);
    }
  });

  test('every path of a segmented input gets a label that is no camelCase name and no path', () => {
    const labels = numericFieldPaths(parseScenarioInput(issueExample)).map((path) => fieldPathLabel(path));
    for (const label of labels) {
      expect(label).not.toMatch(/[a-z]{2,}[A-Z][a-z]|\.|\[/);
      expect(label).toMatch(/^[A-Z]/);
    }
    expect(new Set(labels).size).toBe(labels.length);
  });
});
