import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { problemsFromZod } from '../../src/schema/problemsFromZod';
import { ChangeSet, ScenarioInput } from '../../src/schema/scenarioInput';

const problemsOf = (schema: z.ZodType, data: unknown, prefix: readonly PropertyKey[] = []) =>
  problemsFromZod(schema.safeParse(data, { reportInput: true }).error!, prefix); // as parseWith calls it

const minimal = { subscribers: 1000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 50, discountRateAnnual: 0.1 };

describe('problemsFromZod', () => {
  test('an unknown key asks to check the spelling', () => {
    expect(problemsOf(ChangeSet, { opnRate: 0.4 })).toEqual([{ path: 'opnRate', rule: 'is not a known field (check the spelling)' }]);
  });

  test('a missing field is required; a wrong container is named in words', () => {
    const Shape = z.strictObject({ a: z.number(), b: z.strictObject({ c: z.number() }), d: z.array(z.number()) });
    expect(problemsOf(Shape, { b: null, d: {} })).toEqual([
      { path: 'a', rule: 'is required' },
      { path: 'b', rule: 'must be an object' },
      { path: 'd', rule: 'must be a list' },
    ]);
  });

  test("the schema's own message otherwise, and paths prefixed", () => {
    const Rate = z.strictObject({ rates: z.array(z.number().max(1, { error: 'must be at most 1' })) });
    expect(problemsOf(Rate, { rates: [0.5, 2] }, ['hypotheses', 'H1'])).toEqual([{ path: 'hypotheses.H1.rates[1]', rule: 'must be at most 1' }]);
  });

  test('a field that cannot change over time, inside a change set, says so', () => {
    const problems = problemsOf(ScenarioInput, { subscribers: 100, changes: [{ fromMonth: 2, set: { churnModel: 'compound' } }] });
    const problem = problems.find((p) => p.path === 'changes[0].set.churnModel');
    expect(problem?.rule).toMatch(/^cannot change from a month on: .*churnModel.* hold for the whole forecast$/);
  });

  test('a scenario-wide field inside a segment says it holds for the whole scenario', () => {
    const problems = problemsOf(ScenarioInput, { ...minimal, segments: { a: { share: 1, subscribers: 5 } } });
    expect(problems).toEqual([
      {
        path: 'segments.a.subscribers',
        rule: expect.stringMatching(
          /^holds for the whole scenario, not per segment: write it outside segments \(a segment may set emailsPerMonth, .*churnPerEmail, retention\)$/,
        ),
      },
    ]);
    // In a change too.
    const inChange = problemsOf(ScenarioInput, {
      ...minimal,
      segments: { a: { share: 1 } },
      changes: [{ fromMonth: 2, set: { segments: { a: { budgetPerMonth: 5 } } } }],
    });
    expect(inChange.map((p) => p.path)).toEqual(['changes[0].set.segments.a.budgetPerMonth']);
    expect(inChange[0]!.rule).toMatch(/^holds for the whole scenario, not per segment/);
  });

  test('a key a record refuses is named, with the rule it breaks', () => {
    expect(problemsOf(ScenarioInput, { ...minimal, segments: { '1x': { share: 1 } } }, ['hypotheses', 'H1'])).toEqual([
      {
        path: 'hypotheses.H1.segments.1x',
        rule: 'is not a valid name: it must start with a letter and hold only letters, digits, _ or - (at most 40), e.g. "engaged"',
      },
    ]);
  });
});
