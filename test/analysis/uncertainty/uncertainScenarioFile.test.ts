import { describe, expect, it } from 'vitest';
import {
  isDistributionLike,
  isDistributionProblem,
  UncertainScenarioFile,
  uncertainScenarioFile,
} from '../../../src/analysis/uncertainty/uncertainScenarioFile';
import { parseScenarioFile } from '../../../src/scenarios/scenarioFile';
import { baseline } from '../../scenarios/support';
import { z } from 'zod';

const openRate = { dist: 'beta', alpha: 40, beta: 60 } as const;
const issuesOf = (data: unknown) => UncertainScenarioFile.safeParse(data).error?.issues ?? [];

describe('UncertainScenarioFile', () => {
  it('parses a file with distributions to the plain file parseScenarioFile gives for the point values', () => {
    const data = { baseline: { ...baseline, openRate }, hypotheses: { H: { emailsPerMonth: { dist: 'uniform', min: 3, max: 5 } } }, simulation: { draws: 10 } };
    const { simulation, report, ...parsed } = UncertainScenarioFile.parse(data);
    expect(parsed).toEqual(parseScenarioFile({ baseline: { ...baseline, openRate: 0.4 }, hypotheses: { H: { emailsPerMonth: 4 } } }));
    expect(simulation).toEqual({ draws: 10 });
    expect(report).toBeUndefined();
  });

  it('reports a bad spec at its path inside the distribution, marked as a problem of a distribution', () => {
    const [issue] = issuesOf({ baseline: { ...baseline, openRate: { dist: 'normal', mean: 0.4, sd: -1 } }, hypotheses: {} });
    expect(issue?.path).toEqual(['baseline', 'openRate', 'sd']);
    expect(isDistributionProblem(issue!)).toBe(true);
  });

  it('reports a distribution inside changes or for a field that is not a number once, in place of what the field says', () => {
    const issues = issuesOf({
      baseline: { ...baseline, changes: [{ fromMonth: 2, set: { openRate } }] },
      hypotheses: { H: { churnModel: openRate, opnRate: openRate } },
    });
    expect(issues.map((issue) => [issue.path.join('.'), isDistributionProblem(issue)])).toEqual([
      ['baseline.changes.0.set.openRate', true],
      ['hypotheses.H.churnModel', true],
      ['hypotheses.H.opnRate', true],
    ]);
  });

  it('checks the report section with the schema it is given', () => {
    const withReport = uncertainScenarioFile(z.strictObject({ title: z.string() }));
    expect(withReport.safeParse({ baseline, hypotheses: {}, report: { title: 1 } }).error?.issues[0]?.path).toEqual(['report', 'title']);
    expect(UncertainScenarioFile.parse({ baseline, hypotheses: {}, report: { anything: 1 } }).report).toEqual({ anything: 1 });
  });
});

describe('isDistributionLike', () => {
  it('is true of a plain object with a dist key only', () => {
    expect(isDistributionLike(openRate)).toBe(true);
    expect(isDistributionLike({ alpha: 1 })).toBe(false);
    expect(isDistributionLike(0.4)).toBe(false);
  });
});
