import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { parseScenarioFile } from '../../src/scenarios/scenarioFile';
import { baseline, deepFreeze } from './support';

const problemsOf = (data: unknown): string[] => {
  try {
    parseScenarioFile(data);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.rule}`);
    throw error;
  }
  return [];
};

describe('parseScenarioFile', () => {
  test('fills in the baseline name, the horizons and the baseline’s defaults', () => {
    const file = parseScenarioFile({ baseline, hypotheses: {} });
    expect(file.baselineName).toBe('baseline');
    expect(file.horizonsYears).toEqual([1, 3, 5]);
    expect(file.baseline).toEqual(parseScenarioInput(baseline));
  });

  test('keeps the hypotheses as written, a patch or a combination', () => {
    const hypotheses = { 'Better subject lines': { openRate: 0.45 }, Both: { combine: ['Better subject lines'], set: { emailsPerMonth: 3 } } };
    expect(parseScenarioFile({ baseline, hypotheses }).hypotheses).toEqual(hypotheses);
  });

  test('a top-level start date applies to a baseline that has none', () => {
    expect(parseScenarioFile({ startDate: '2026-01-01', baseline, hypotheses: {} }).baseline.startDate).toBe('2026-01-01');
  });

  test('the baseline’s own start date wins over the top-level one', () => {
    const file = parseScenarioFile({ startDate: '2026-01-01', baseline: { ...baseline, startDate: '2027-03-01' }, hypotheses: {} });
    expect(file.baseline.startDate).toBe('2027-03-01');
  });

  test('the file is not mutated', () => {
    const data = deepFreeze({ startDate: '2026-01-01', baseline, hypotheses: { H: { openRate: 0.5 } } });
    expect(() => parseScenarioFile(data)).not.toThrow();
  });

  describe('a bad file is reported as field: rule', () => {
    test('a missing baseline or hypotheses', () => {
      expect(problemsOf({})).toEqual(['baseline: is required', 'hypotheses: is required']);
    });

    test('an unknown top-level key', () => {
      expect(problemsOf({ baseline, hypotheses: {}, colour: 'red' })).toEqual(['colour: is not a known field (check the spelling)']);
    });

    test('a bad baseline field, with the baseline’s cross-field rules', () => {
      expect(problemsOf({ baseline: { ...baseline, subscribers: -1 }, hypotheses: {} })).toEqual([
        'baseline.subscribers: must be 0 or more (subscribers on the list at the start, people)',
      ]);
      expect(problemsOf({ baseline: { ...baseline, openRate: undefined }, hypotheses: {} })).toEqual([
        'baseline.openRate: is required when clickRateBasis is "opens" (click rate per open, CTOR)',
      ]);
    });

    test('a bad field in a hypothesis', () => {
      expect(problemsOf({ baseline, hypotheses: { H1: { openRate: 1.5 } } })).toEqual([
        'hypotheses.H1.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
      ]);
    });

    test('an unknown field in a hypothesis', () => {
      expect(problemsOf({ baseline, hypotheses: { H1: { opnRate: 0.5 } } })).toEqual(['hypotheses.H1.opnRate: is not a known field (check the spelling)']);
    });

    test('a bad combination', () => {
      expect(problemsOf({ baseline, hypotheses: { H: { combine: [] } } })).toEqual(['hypotheses.H.combine: must name at least one hypothesis']);
      expect(problemsOf({ baseline, hypotheses: { H: { combine: 'A' } } })).toEqual([
        'hypotheses.H.combine: must be a list of hypothesis names, e.g. ["Welcome series", "Weekly digest"]',
      ]);
      expect(problemsOf({ baseline, hypotheses: { A: {}, H: { combine: ['A'], set: { openRate: 2 } } } })).toEqual([
        'hypotheses.H.set.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
      ]);
      expect(problemsOf({ baseline, hypotheses: { A: {}, H: { combine: ['A'], openRate: 0.5 } } })).toEqual([
        'hypotheses.H.openRate: goes inside "set" in a combination: { "combine": [ … ], "set": { "openRate": … } }',
      ]);
    });

    test('hypotheses that are not an object', () => {
      expect(problemsOf({ baseline, hypotheses: [] })).toEqual(['hypotheses: must be an object: hypothesis name → patch or { combine, set }']);
    });

    test('a hypothesis named like the baseline', () => {
      expect(problemsOf({ baseline, hypotheses: { baseline: {} } })).toEqual([
        'hypotheses.baseline: has the name of the baseline ("baseline"): rename the hypothesis or set baselineName',
      ]);
      expect(problemsOf({ baselineName: 'Today', baseline, hypotheses: { baseline: {} } })).toEqual([]);
    });

    test('reserved, empty and overlong names', () => {
      expect(problemsOf(JSON.parse(`{ "baseline": ${JSON.stringify(baseline)}, "hypotheses": { "__proto__": { "openRate": 0.5 } } }`))).toEqual([
        'hypotheses.__proto__: "__proto__" is reserved: choose another scenario name',
      ]);
      expect(problemsOf({ baseline, hypotheses: { constructor: {}, prototype: {} } })).toEqual([
        'hypotheses.constructor: "constructor" is reserved: choose another scenario name',
        'hypotheses.prototype: "prototype" is reserved: choose another scenario name',
      ]);
      expect(problemsOf({ baseline, hypotheses: { '': {} } })).toEqual(['hypotheses: a scenario name must not be empty']);
      expect(problemsOf({ baseline, hypotheses: { ['x'.repeat(101)]: {} } })).toEqual([
        `hypotheses.${'x'.repeat(101)}: a scenario name must be at most 100 characters`,
      ]);
      expect(problemsOf({ baseline, hypotheses: { ['x'.repeat(100)]: {} } })).toEqual([]);
      expect(problemsOf({ baselineName: 'constructor', baseline, hypotheses: {} })).toEqual([
        'baselineName: "constructor" is reserved: choose another scenario name',
      ]);
    });

    test('more than 1000 hypotheses', () => {
      const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`H${i}`, {}]));
      expect(problemsOf({ baseline, hypotheses: many(1000) })).toEqual([]);
      expect(problemsOf({ baseline, hypotheses: many(1001) })).toEqual(['hypotheses: must hold at most 1000 hypotheses (it holds 1001)']);
    });

    test('bad horizons', () => {
      const file = { baseline, hypotheses: {} };
      expect(problemsOf({ ...file, horizonsYears: [] })).toEqual(['horizonsYears: must hold at least one horizon']);
      expect(problemsOf({ ...file, horizonsYears: [0] })).toEqual(['horizonsYears[0]: must be more than 0 years']);
      expect(problemsOf({ ...file, horizonsYears: [1, 101] })).toEqual(['horizonsYears[1]: must be at most 100 years']);
      expect(problemsOf({ ...file, horizonsYears: [0.1] })).toEqual(['horizonsYears[0]: must be a whole number of months (years × 12)']);
      expect(problemsOf({ ...file, horizonsYears: [1, 3, 1] })).toEqual(['horizonsYears[2]: repeats the 1-year horizon']);
      expect(problemsOf({ ...file, horizonsYears: Array.from({ length: 21 }, (_, i) => i + 1) })).toEqual(['horizonsYears: must hold at most 20 horizons']);
      expect(problemsOf({ ...file, horizonsYears: [2.5, 0.25, 100] })).toEqual([]);
    });

    test('a bad start date', () => {
      expect(problemsOf({ startDate: '2025-02-30', baseline, hypotheses: {} })).toEqual(['startDate: must be a date that exists (YYYY-MM-DD)']);
    });
  });

  test('keeps a "history" key (what fit wrote) as it is, and locates its problems', () => {
    const history = { campaigns: [{ date: '2025-01-07', delivered: 4000, openRate: 0.41 }], list: [{ date: '2025-01-31', subscribers: 4000, fitted: 3990 }] };
    expect(parseScenarioFile({ baseline, hypotheses: {}, history }).history).toEqual(history);
    expect(parseScenarioFile({ baseline, hypotheses: {} })).not.toHaveProperty('history');
    expect(problemsOf({ baseline, hypotheses: {}, history: { ...history, campaigns: [...history.campaigns, { delivered: 10, openRate: -0.1 }] } })).toEqual([
      'history.campaigns[1].openRate: must be a fraction from 0 to 1 (unique opens / delivered)',
    ]);
    expect(problemsOf({ baseline, hypotheses: {}, history: { list: [{ date: '31/01/2025', subscribers: 4000, fitted: 3990 }] } })).toEqual([
      'history.list[0].date: must be a date written YYYY-MM-DD',
    ]);
  });

  test('accepts a "$schema" key (the address of the JSON Schema, for editors) and leaves it out of the result', () => {
    const file = { $schema: '../schema/scenario-file.schema.json', baseline, hypotheses: { Faster: { emailsPerMonth: 3 } } };
    const parsed = parseScenarioFile(file);
    expect('$schema' in parsed).toBe(false);
    expect(parsed).toEqual(parseScenarioFile({ baseline, hypotheses: { Faster: { emailsPerMonth: 3 } } }));
    expect(problemsOf({ ...file, $schema: 1 })).toEqual(['$schema: must be text (the address of the file’s JSON Schema, for editors)']);
  });
});
