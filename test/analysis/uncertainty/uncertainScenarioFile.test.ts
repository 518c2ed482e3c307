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
import { issueExample } from '../../schema/segmentedExample';

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

  it('parses distributions inside segments, retention and moves to their point values, keeping the rules of those parts', () => {
    const engaged = { ...issueExample.segments.engaged, share: 0.3, clickRate: { dist: 'uniform', min: 0.1, max: 0.2 } };
    const parsed = UncertainScenarioFile.parse({
      baseline: { ...issueExample, segments: { ...issueExample.segments, engaged }, retention: { alpha: { dist: 'beta', alpha: 7, beta: 3 }, beta: 1.2 } },
      hypotheses: { H1: { moves: [{ from: 'dormant', to: 'engaged', sharePerMonth: { dist: 'triangular', min: 0, mode: 0.01, max: 0.02 } }] } },
    });
    expect(parsed.baseline.segments!.engaged!.clickRate).toBeCloseTo(0.15, 15);
    expect(parsed.baseline.retention).toEqual({ model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 0 });
    expect(parsed.hypotheses.H1).toEqual({ moves: [{ from: 'dormant', to: 'engaged', sharePerMonth: 0.01 }] });
    // the parts' own rules still hold: at least one segment, a share required
    expect(issuesOf({ baseline: { ...issueExample, segments: {} }, hypotheses: {} }).map((i) => i.message)).toContain(
      'must hold at least one segment (leave segments out for one homogeneous list)',
    );
    expect(
      issuesOf({ baseline: { ...issueExample, segments: { a: { openRate: { dist: 'beta', alpha: 2, beta: 2 } } } }, hypotheses: {} }).map((i) => i.path),
    ).toContainEqual(['baseline', 'segments', 'a', 'share']);
  });
});
