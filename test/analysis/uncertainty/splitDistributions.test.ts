import { describe, expect, it } from 'vitest';
import { splitDistributions } from '../../../src/analysis/uncertainty/splitDistributions';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';
import { parseScenarioFile } from '../../../src/scenarios/scenarioFile';
import { inputErrorOf } from '../../model/support';
import { baseline, deepFreeze } from '../../scenarios/support';
import { issueExample } from '../../schema/segmentedExample';

const openRate = { dist: 'beta', alpha: 40, beta: 60 } as const;
const investment = { dist: 'triangular', min: 10000, mode: 12000, max: 20000, value: 12500 } as const;
const emails = { dist: 'uniform', min: 3, max: 5 } as const;

const uncertain = {
  name: 'uncertain',
  baselineName: 'today',
  simulation: { draws: 500, seed: 7 },
  baseline: { ...baseline, openRate, averageOrderValue: { dist: 'lognormal', mean: 40, sd: 8 } },
  hypotheses: {
    Automation: { investment, emailsPerMonth: 3 },
    Both: { combine: ['Automation'], set: { emailsPerMonth: emails } },
  },
};

describe('splitDistributions', () => {
  it('replaces every distribution by its point value, giving the file one would write by hand', () => {
    const split = splitDistributions(uncertain);
    const byHand = {
      name: 'uncertain',
      baselineName: 'today',
      baseline: { ...baseline, openRate: 0.4, averageOrderValue: 40 },
      hypotheses: { Automation: { investment: 12500, emailsPerMonth: 3 }, Both: { combine: ['Automation'], set: { emailsPerMonth: 4 } } },
    };
    expect(split.file).toEqual(byHand);
    expect(compareScenarios(split.file)).toEqual(compareScenarios(byHand));
  });

  it('lists each distribution with where it sits, the baseline by its name, in file order', () => {
    const { distributions } = splitDistributions(uncertain);
    expect(distributions.map(({ path, scenario, field, value }) => ({ path, scenario, field, value }))).toEqual([
      { path: 'baseline.openRate', scenario: 'today', field: 'openRate', value: 0.4 },
      { path: 'baseline.averageOrderValue', scenario: 'today', field: 'averageOrderValue', value: 40 },
      { path: 'hypotheses.Automation.investment', scenario: 'Automation', field: 'investment', value: 12500 },
      { path: 'hypotheses.Both.set.emailsPerMonth', scenario: 'Both', field: 'emailsPerMonth', value: 4 },
    ]);
    expect(distributions[0]!.distribution).toEqual(openRate);
  });

  it('reads the simulation section, and gives an empty one when there is none', () => {
    expect(splitDistributions(uncertain).simulation).toEqual({ draws: 500, seed: 7 });
    expect(splitDistributions({ baseline, hypotheses: {} }).simulation).toEqual({});
  });

  it('takes the report section off the file and hands it back unchecked, for the report to read', () => {
    const report = { sensitivity: { years: 5 }, anything: ['the render layer checks it'] };
    const split = splitDistributions({ ...uncertain, report });
    expect(split.report).toBe(report);
    expect(split.file).toEqual(splitDistributions(uncertain).file);
    expect(splitDistributions(uncertain).report).toBeUndefined();
  });

  it('leaves a file without distributions as it is', () => {
    const plain = { baseline, hypotheses: { Faster: { emailsPerMonth: 3 } } };
    const split = splitDistributions(plain);
    expect(split.file).toEqual(plain);
    expect(split.distributions).toEqual([]);
    expect(parseScenarioFile(split.file)).toEqual(parseScenarioFile(plain));
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(uncertain));
    expect(() => splitDistributions(frozen)).not.toThrow();
    expect(frozen).toEqual(uncertain);
  });

  it('refuses a distribution inside changes, naming where it sits', () => {
    const error = inputErrorOf(() => splitDistributions({ baseline: { ...baseline, changes: [{ fromMonth: 13, set: { openRate } }] }, hypotheses: {} }));
    expect(error.message).toBe(
      'baseline.changes[0].set.openRate: a distribution is not allowed inside changes (a change sets a fixed value from its month on): give the field itself a distribution instead',
    );
  });

  it('refuses a distribution for a field that is not a number, or not a field', () => {
    const error = inputErrorOf(() => splitDistributions({ baseline, hypotheses: { H: { churnModel: openRate, opnRate: openRate } } }));
    expect(error.problems.map((p) => p.path)).toEqual(['hypotheses.H.churnModel', 'hypotheses.H.opnRate']);
    expect(error.problems[0]!.rule).toBe('a distribution can stand only for a numeric input field (check the spelling)');
  });

  it('reports a bad spec once, with the other problems of the file', () => {
    const error = inputErrorOf(() =>
      splitDistributions({
        baseline: { ...baseline, openRate: { dist: 'normal', mean: 0.4, sd: -0.1 }, clickRate: 2 },
        hypotheses: {},
        simulation: { draws: 0 },
      }),
    );
    expect(error.problems.map((p) => p.path).sort()).toEqual(['baseline.clickRate', 'baseline.openRate.sd', 'simulation.draws']);
  });

  it('keeps __proto__ keys as plain keys: reported, never reaching a prototype', () => {
    const data = JSON.parse(
      `{ "baseline": ${JSON.stringify(baseline).replace('{', '{ "__proto__": { "dist": "uniform", "min": 0, "max": 1 }, ')}, "hypotheses": {} }`,
    );
    const error = inputErrorOf(() => splitDistributions(data));
    expect(error.message).toContain('baseline.__proto__: a distribution can stand only for a numeric input field');
    expect(({} as Record<string, unknown>).dist).toBeUndefined();
    const named = JSON.parse(
      `{ "baseline": ${JSON.stringify(baseline)}, "hypotheses": { "__proto__": { "openRate": { "dist": "uniform", "min": 0, "max": 1 } } } }`,
    );
    expect(inputErrorOf(() => splitDistributions(named)).message).toContain('"__proto__" is reserved');
    expect(({} as Record<string, unknown>).openRate).toBeUndefined();
  });

  it('finds distributions inside segments, retention and moves, in file order, each with its field path', () => {
    const engaged = { ...issueExample.segments.engaged, openRate: { dist: 'beta', alpha: 50, beta: 50 } };
    const split = splitDistributions({
      baseline: {
        ...issueExample,
        segments: { ...issueExample.segments, engaged },
        moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: { dist: 'uniform', min: 0.02, max: 0.04 } }],
        retention: { ...issueExample.retention, alpha: { dist: 'uniform', min: 0.6, max: 0.8, value: 0.7 } },
      },
      hypotheses: { H1: { segments: { dormant: { retention: { alpha: 1, beta: { dist: 'uniform', min: 1, max: 3 } } } } } },
    });
    expect(split.distributions.map((d) => [d.path, d.scenario, d.field, d.value])).toEqual([
      ['baseline.segments.engaged.openRate', 'baseline', 'segments.engaged.openRate', 0.5],
      ['baseline.moves[0].sharePerMonth', 'baseline', 'moves[0].sharePerMonth', 0.03],
      ['baseline.retention.alpha', 'baseline', 'retention.alpha', 0.7],
      ['hypotheses.H1.segments.dormant.retention.beta', 'H1', 'segments.dormant.retention.beta', 2],
    ]);
    expect(split.file.baseline).toEqual({
      ...issueExample,
      segments: { ...issueExample.segments, engaged: { ...engaged, openRate: 0.5 } },
      retention: { ...issueExample.retention, alpha: 0.7 },
    });
    expect(split.parsed.hypotheses.H1).toEqual({ segments: { dormant: { retention: { alpha: 1, beta: 2 } } } });
  });

  it('reports bad distributions at nested paths as path: rule, in file order', () => {
    const engaged = { ...issueExample.segments.engaged, openRate: { dist: 'normal', mean: 0.5, sd: -1 } };
    const error = inputErrorOf(() =>
      splitDistributions({
        baseline: {
          ...issueExample,
          segments: { ...issueExample.segments, engaged },
          moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: { dist: 'uniform', min: 2, max: 3 } }],
          retention: { ...issueExample.retention, periodMonths: { dist: 'uniform', min: 1, max: 12 } },
          changes: [{ fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: { dist: 'uniform', min: 0, max: 1 } } } } }],
        },
        hypotheses: { H1: { segments: { engaged: { openRate: { dist: 'beta', alpha: -1, beta: 2 } } } } },
      }),
    );
    expect(error.problems.map((p) => p.path)).toEqual([
      'baseline.segments.engaged.openRate.sd',
      'baseline.moves[0].sharePerMonth',
      'baseline.moves[0].sharePerMonth',
      'baseline.retention.periodMonths',
      'baseline.changes[0].set.segments.dormant.emailsPerMonth',
      'hypotheses.H1.segments.engaged.openRate.alpha',
    ]);
    expect(error.problems[1]!.rule).toMatch(/^the uniform distribution has almost no probability \(0\.0\) inside the field's valid range 0 to 1/);
    expect(error.problems[2]!.rule).toMatch(/^the distribution's mean 2\.5, the point value deterministic runs use, must be a fraction from 0 to 1/);
    expect(error.problems[3]!.rule).toBe('a distribution can stand only for a numeric input field (check the spelling)');
    expect(error.problems[4]!.rule).toMatch(/^a distribution is not allowed inside changes/);
  });
});
