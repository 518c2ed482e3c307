import { describe, expect, test } from 'vitest';
import { forecast, InputError, parseScenarioInput, type ScenarioInputData } from '../../src/index';
import { deepFreeze, handExample, inputErrorOf } from '../model/support';

const LINE = /^[\w.[\]]+: .+/;

/** The error's message lines, each checked to read `field: rule` with no NaN. */
function messageLines(run: () => unknown): string[] {
  const error = inputErrorOf(run);
  expect(error.name).toBe('InputError');
  const lines = error.message.split('\n');
  for (const line of lines) expect(line).toMatch(LINE);
  expect(error.message).not.toMatch(/NaN/);
  expect(lines).toEqual(error.problems.map((p) => `${p.path}: ${p.rule}`));
  return lines;
}

const parse = (overrides: Record<string, unknown>) => () => parseScenarioInput({ ...handExample, ...overrides });

describe('valid input', () => {
  test('the minimal input gets every default filled in', () => {
    const parsed = parseScenarioInput({
      subscribers: 10000,
      emailsPerMonth: 2,
      openRate: 0.4,
      clickRate: 0.1,
      conversionRate: 0.05,
      averageOrderValue: 40,
      discountRateAnnual: 0.1,
    });
    expect(parsed).toEqual({
      subscribers: 10000,
      newSubscribersPerMonth: 0,
      newSubscribersGrowthMonthly: 0,
      churnPerMonth: 0,
      churnPerEmail: 0,
      churnModel: 'additive',
      emailsPerMonth: 2,
      openRate: 0.4,
      clickRate: 0.1,
      clickRateBasis: 'opens',
      conversionRate: 0.05,
      averageOrderValue: 40,
      grossMargin: 1,
      offEmailMultiplier: 1,
      budgetPerMonth: 0,
      costPerThousandEmails: 0,
      investment: 0,
      runningCostPerMonth: 0,
      inflationAnnual: 0,
      pricesFollowInflation: false,
      discountRateAnnual: 0.1,
      changes: [],
    });
  });

  test('parsing returns a new object', () => {
    const data = { ...handExample };
    expect(parseScenarioInput(data)).not.toBe(data);
  });

  test('parsing an already parsed input gives the same input', () => {
    const once = parseScenarioInput(handExample);
    expect(parseScenarioInput(once)).toEqual(once);
  });

  test('parseScenarioInput does not mutate a deep-frozen input', () => {
    const input = deepFreeze({ ...handExample, startDate: '2026-01-31', changes: [{ fromMonth: 2, set: { budgetPerMonth: 300 } }] });
    const copy = structuredClone(input);
    parseScenarioInput(input);
    expect(input).toEqual(copy);
  });

  test('the result of parsing shares no mutable state with the input changes list', () => {
    const changes = [{ fromMonth: 2, set: { budgetPerMonth: 300 } }];
    const parsed = parseScenarioInput({ ...handExample, changes });
    expect(parsed.changes).not.toBe(changes);
  });

  test('an open rate may be left out when the click rate is per delivered email', () => {
    const rest = { ...handExample };
    delete rest.openRate;
    expect(parseScenarioInput({ ...rest, clickRateBasis: 'delivered' }).openRate).toBeUndefined();
  });

  test('additive churn that sums to exactly 1 is accepted', () => {
    expect(() => parseScenarioInput({ ...handExample, churnPerMonth: 0.7, churnPerEmail: 0.1, emailsPerMonth: 3 })).not.toThrow();
  });

  test('compound churn may combine to more than 1 in additive terms', () => {
    expect(() => parseScenarioInput({ ...handExample, churnModel: 'compound', churnPerMonth: 0.9, churnPerEmail: 0.9 })).not.toThrow();
  });

  test('boundary values of every range are accepted', () => {
    const input: ScenarioInputData = {
      ...handExample,
      subscribers: 1e12,
      openRate: 1,
      clickRate: 0,
      emailsPerMonth: 1000,
      churnPerMonth: 0,
      churnPerEmail: 0.001,
      newSubscribersGrowthMonthly: 10,
      offEmailMultiplier: 100,
      discountRateAnnual: -0.999,
      inflationAnnual: 10,
    };
    expect(() => parseScenarioInput(input)).not.toThrow();
  });

  test('a leap day that exists is accepted as a start date', () => {
    expect(parseScenarioInput({ ...handExample, startDate: '2024-02-29' }).startDate).toBe('2024-02-29');
  });
});

describe('bad input gives field: rule messages', () => {
  test('negative subscribers says subscribers must be 0 or more', () => {
    expect(messageLines(parse({ subscribers: -5 }))).toEqual(['subscribers: must be 0 or more (subscribers on the list at the start, people)']);
  });

  test('an open rate of 40 says openRate must be a fraction from 0 to 1', () => {
    const [line] = messageLines(parse({ openRate: 40 }));
    expect(line).toMatch(/^openRate: must be a fraction from 0 to 1/);
  });

  test('a number written as a string names the field and says number, not is required', () => {
    const lines = messageLines(parse({ emailsPerMonth: '2' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^emailsPerMonth: must be a number/);
    expect(lines[0]).not.toMatch(/is required/);
  });

  test('NaN says the field must be a number', () => {
    expect(messageLines(parse({ averageOrderValue: Number.NaN }))).toEqual(['averageOrderValue: must be a number (revenue per order, money)']);
  });

  test('Infinity is rejected with a rule naming the field', () => {
    const lines = messageLines(parse({ budgetPerMonth: Number.POSITIVE_INFINITY }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^budgetPerMonth: /);
  });

  test('negative Infinity is rejected for a growth rate', () => {
    expect(messageLines(parse({ discountRateAnnual: Number.NEGATIVE_INFINITY }))[0]).toMatch(/^discountRateAnnual: /);
  });

  test('an unknown key is named as not a known field', () => {
    expect(messageLines(parse({ subscriber: 5 }))).toEqual(['subscriber: is not a known field (check the spelling)']);
  });

  test('missing required fields each say is required', () => {
    const lines = messageLines(() => parseScenarioInput({ subscribers: 10 }));
    for (const field of ['emailsPerMonth', 'clickRate', 'conversionRate', 'averageOrderValue', 'discountRateAnnual']) {
      expect(lines).toContain(`${field}: is required`);
    }
  });

  test('an open rate is required while the click rate is per open', () => {
    const rest = { ...handExample };
    delete rest.openRate;
    expect(messageLines(() => parseScenarioInput(rest))).toEqual(['openRate: is required when clickRateBasis is "opens" (click rate per open, CTOR)']);
  });

  test('a date that does not exist says it must be a date that exists', () => {
    expect(messageLines(parse({ startDate: '2025-02-30' }))).toEqual(['startDate: must be a date that exists (YYYY-MM-DD)']);
  });

  test('a date in another format says it must be written YYYY-MM-DD', () => {
    expect(messageLines(parse({ startDate: '31/01/2026' }))).toContain('startDate: must be a date written YYYY-MM-DD');
  });

  test('additive churn above 1 names churnPerEmail and gives the combined loss', () => {
    const lines = messageLines(parse({ churnPerMonth: 0.5, churnPerEmail: 0.3, emailsPerMonth: 2 }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^churnPerEmail: churnPerMonth \+ churnPerEmail × emailsPerMonth must not exceed 1 .*it is 1\.1 from month 1/);
  });

  test('additive churn above 1 reached only after a change names that change', () => {
    const lines = messageLines(parse({ churnPerEmail: 0.1, changes: [{ fromMonth: 5, set: { emailsPerMonth: 10 } }] }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^changes\[0\]\.set\.churnPerEmail: .*it is 1\.1 from month 5/);
  });

  test('a change from month 0 says the month must be 1 or more', () => {
    expect(messageLines(parse({ changes: [{ fromMonth: 0, set: { budgetPerMonth: 1 } }] }))).toEqual([
      'changes[0].fromMonth: must be a whole month number, 1 or more (month 1 is the first month)',
    ]);
  });

  test('a change from a fractional month is rejected', () => {
    expect(messageLines(parse({ changes: [{ fromMonth: 2.5, set: { budgetPerMonth: 1 } }] }))[0]).toMatch(
      /^changes\[0\]\.fromMonth: must be a whole month number/,
    );
  });

  test('a change set with an unknown field names it', () => {
    expect(messageLines(parse({ changes: [{ fromMonth: 2, set: { budget: 1 } }] }))).toContain(
      'changes[0].set.budget: is not a known field (check the spelling)',
    );
  });

  test('a change set with a field that cannot change, the investment, names it', () => {
    expect(messageLines(parse({ changes: [{ fromMonth: 2, set: { investment: 1 } }] }))).toContain(
      'changes[0].set.investment: cannot change from a month on: subscribers, churnModel, clickRateBasis, investment, pricesFollowInflation, startDate hold for the whole forecast',
    );
  });

  test('an empty change set is accepted and changes nothing', () => {
    expect(parseScenarioInput({ ...handExample, changes: [{ fromMonth: 2, set: {} }] }).changes).toEqual([{ fromMonth: 2, set: {} }]);
  });

  test('a bad value inside a change set names its path', () => {
    expect(messageLines(parse({ changes: [{ budgetPerMonth: 1, fromMonth: 2, set: { openRate: 2 } }] }))).toContain(
      'changes[0].budgetPerMonth: is not a known field (check the spelling)',
    );
    expect(messageLines(parse({ changes: [{ fromMonth: 2, set: { openRate: 2 } }] }))[0]).toMatch(/^changes\[0\]\.set\.openRate: must be a fraction/);
  });

  test('an unknown churn model lists the allowed values', () => {
    expect(messageLines(parse({ churnModel: 'linear' }))).toEqual(['churnModel: must be "additive" or "compound"']);
  });

  test('a string for a boolean says it must be true or false', () => {
    expect(messageLines(parse({ pricesFollowInflation: 'yes' }))).toEqual(['pricesFollowInflation: must be true or false']);
  });

  test('several problems are all listed, one per line', () => {
    const lines = messageLines(parse({ subscribers: -1, openRate: 2, clickRate: '0.1' }));
    expect(lines.map((line) => line.split(':')[0])).toEqual(['subscribers', 'openRate', 'clickRate']);
  });

  test('a growth rate of −1 or less is rejected', () => {
    expect(messageLines(parse({ newSubscribersGrowthMonthly: -1 }))[0]).toMatch(/^newSubscribersGrowthMonthly: must be greater than -1/);
  });

  test('amounts above 1e12 are rejected', () => {
    expect(messageLines(parse({ investment: 1e13 }))[0]).toMatch(/^investment: must be at most 1000000000000/);
  });

  test('forecast reports bad input as an InputError too', () => {
    expect(() => forecast({ ...handExample, openRate: 40 }, { months: 3 })).toThrow(InputError);
  });

  test('a date in another format gives the format rule alone', () => {
    expect(messageLines(parse({ startDate: '31/01/2026' }))).toEqual(['startDate: must be a date written YYYY-MM-DD']);
  });

  test('a change set holding only an unknown field reports that field alone', () => {
    expect(messageLines(parse({ changes: [{ fromMonth: 2, set: { investment: 1 } }] }))).toEqual([
      'changes[0].set.investment: cannot change from a month on: subscribers, churnModel, clickRateBasis, investment, pricesFollowInflation, startDate hold for the whole forecast',
    ]);
  });
});
