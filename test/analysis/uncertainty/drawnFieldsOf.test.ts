import { describe, expect, it } from 'vitest';
import { drawnFieldsOf } from '../../../src/analysis/uncertainty/drawnFieldsOf';
import { splitDistributions } from '../../../src/analysis/uncertainty/splitDistributions';
import { resolveHypotheses } from '../../../src/scenarios/resolveHypotheses';
import { parseScenarioFile } from '../../../src/scenarios/scenarioFile';
import { baseline } from '../../scenarios/support';
import { issueExample } from '../../schema/segmentedExample';

/** The drawn fields of each scenario of an uncertain file, by scenario name. */
function drawnOf(data: Record<string, unknown>): Record<string, string[]> {
  const split = splitDistributions(data);
  const scenarios = resolveHypotheses(parseScenarioFile(split.file));
  const drawn = drawnFieldsOf(scenarios, split.distributions, split.parsed);
  return Object.fromEntries(scenarios.map((s, i) => [s.name, drawn[i]!.map((d) => `${d.field}#${d.index}`)]));
}

const uniform = (min: number, max: number) => ({ dist: 'uniform', min, max });

describe('drawnFieldsOf', () => {
  it('gives a baseline distribution to every scenario that does not set the field itself', () => {
    const drawn = drawnOf({
      baseline: { ...baseline, openRate: uniform(0.3, 0.5) },
      hypotheses: { Same: {}, Own: { openRate: 0.45 }, Both: { combine: ['Same', 'Own'] } },
    });
    expect(drawn).toEqual({ baseline: ['openRate#0'], Same: ['openRate#0'], Own: [], Both: [] });
  });

  it("gives a hypothesis' distribution to itself and to the combinations that inherit it, not to those that set the field", () => {
    const drawn = drawnOf({
      baseline,
      hypotheses: {
        Automation: { investment: uniform(10000, 20000) },
        'Automation again': { combine: ['Automation'] },
        'Automation, paid': { combine: ['Automation'], set: { investment: 15000 } },
      },
    });
    expect(drawn).toEqual({ baseline: [], Automation: ['investment#0'], 'Automation again': ['investment#0'], 'Automation, paid': [] });
  });

  it("gives a combination's set distribution to the combination and to those that combine it", () => {
    const drawn = drawnOf({
      baseline: { ...baseline, emailsPerMonth: uniform(1, 3) },
      hypotheses: { A: { openRate: 0.45 }, AB: { combine: ['A'], set: { emailsPerMonth: uniform(3, 5) } }, ABC: { combine: ['AB'] } },
    });
    expect(drawn).toEqual({ baseline: ['emailsPerMonth#0'], A: ['emailsPerMonth#0'], AB: ['emailsPerMonth#1'], ABC: ['emailsPerMonth#1'] });
  });

  it('lists the drawn fields in the order of the distributions, under a custom baseline name', () => {
    const drawn = drawnOf({
      baselineName: 'Today',
      baseline: { ...baseline, clickRate: uniform(0.05, 0.15), openRate: uniform(0.3, 0.5) },
      hypotheses: { H: { investment: uniform(0, 100) } },
    });
    // the baseline support writes openRate before clickRate: the spread keeps that order
    expect(drawn).toEqual({ Today: ['openRate#0', 'clickRate#1'], H: ['openRate#0', 'clickRate#1', 'investment#2'] });
  });

  it('gives a distribution inside a segment to every scenario that does not write that very field', () => {
    const engaged = { ...issueExample.segments.engaged, openRate: uniform(0.4, 0.6) };
    const drawn = drawnOf({
      baseline: { ...issueExample, segments: { ...issueExample.segments, engaged } },
      hypotheses: {
        More: { segments: { engaged: { emailsPerMonth: 10 } } },
        Own: { segments: { engaged: { openRate: 0.55 } } },
        Scenario: { openRate: 0.3 },
      },
    });
    expect(drawn).toEqual({
      baseline: ['segments.engaged.openRate#0'],
      More: ['segments.engaged.openRate#0'],
      Own: [],
      Scenario: ['segments.engaged.openRate#0'],
    });
  });
});
