import { describe, expect, test } from 'vitest';
import { forecast, parseScenarioInput, withFieldValues } from '../../src/index';
import { deepFreeze, handExample, inputErrorOf } from '../model/support';

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
