import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { parseScenarioFile } from '../../src/scenarios/scenarioFile';
import { resolveHypotheses } from '../../src/scenarios/resolveHypotheses';
import { baseline, deepFreeze } from './support';
import { issueExample } from '../schema/segmentedExample';

const resolve = (hypotheses: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  resolveHypotheses(parseScenarioFile({ ...extra, baseline, hypotheses }));
const inputOf = (hypotheses: Record<string, unknown>, name: string) => resolve(hypotheses).find((s) => s.name === name)!.input;
const problemsOf = (hypotheses: Record<string, unknown>): string[] => {
  try {
    resolve(hypotheses);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.rule}`);
    throw error;
  }
  return [];
};

describe('resolveHypotheses', () => {
  test('lists the baseline first, then the hypotheses in file order', () => {
    const names = resolve({ Zebra: {}, Apple: {}, Both: { combine: ['Zebra', 'Apple'] } }, { baselineName: 'Today' }).map((s) => s.name);
    expect(names).toEqual(['Today', 'Zebra', 'Apple', 'Both']);
  });

  test('the baseline is the validated baseline', () => {
    expect(resolve({}).map(({ name, input }) => ({ name, input }))).toEqual([{ name: 'baseline', input: parseScenarioInput(baseline) }]);
  });

  test('a plain patch applies to the baseline', () => {
    expect(inputOf({ H: { openRate: 0.45 } }, 'H')).toEqual(parseScenarioInput({ ...baseline, openRate: 0.45 }));
  });

  test('hypotheses inherit the top-level start date', () => {
    const scenarios = resolve({ H: {} }, { startDate: '2026-01-01' });
    expect(scenarios.map((s) => s.input.startDate)).toEqual(['2026-01-01', '2026-01-01']);
  });

  test('a combination applies its parts in order, later winning on conflicts, then set', () => {
    const hypotheses = {
      A: { openRate: 0.45, emailsPerMonth: 3 },
      B: { openRate: 0.5, averageOrderValue: 45 },
      AB: { combine: ['A', 'B'] },
      BA: { combine: ['B', 'A'] },
      ABset: { combine: ['A', 'B'], set: { openRate: 0.55 } },
    };
    expect(inputOf(hypotheses, 'AB')).toEqual(parseScenarioInput({ ...baseline, openRate: 0.5, emailsPerMonth: 3, averageOrderValue: 45 }));
    expect(inputOf(hypotheses, 'BA')).toEqual(parseScenarioInput({ ...baseline, openRate: 0.45, emailsPerMonth: 3, averageOrderValue: 45 }));
    expect(inputOf(hypotheses, 'ABset')).toEqual(parseScenarioInput({ ...baseline, openRate: 0.55, emailsPerMonth: 3, averageOrderValue: 45 }));
  });

  test('a combination appends the changes of its parts in order, then those of set', () => {
    const a = { fromMonth: 13, set: { emailsPerMonth: 3 } };
    const b = { fromMonth: 7, set: { averageOrderValue: 45 } };
    const s = { fromMonth: 13, set: { emailsPerMonth: 4 } };
    const hypotheses = { A: { changes: [a] }, B: { changes: [b] }, AB: { combine: ['A', 'B'], set: { changes: [s] } } };
    expect(inputOf(hypotheses, 'AB').changes).toEqual([a, b, s]);
  });

  test('a combination may combine combinations', () => {
    const hypotheses = {
      A: { openRate: 0.45 },
      B: { emailsPerMonth: 3 },
      C: { averageOrderValue: 45, openRate: 0.42 },
      AB: { combine: ['A', 'B'], set: { clickRate: 0.12 } },
      ABC: { combine: ['AB', 'C'] },
      CAB: { combine: ['C', 'AB'] },
    };
    const merged = { ...baseline, emailsPerMonth: 3, clickRate: 0.12, averageOrderValue: 45 };
    expect(inputOf(hypotheses, 'ABC')).toEqual(parseScenarioInput({ ...merged, openRate: 0.42 }));
    expect(inputOf(hypotheses, 'CAB')).toEqual(parseScenarioInput({ ...merged, openRate: 0.45 }));
  });

  test('a combination may name a hypothesis written after it', () => {
    expect(inputOf({ Both: { combine: ['Later'] }, Later: { openRate: 0.3 } }, 'Both').openRate).toBe(0.3);
  });

  test('an unknown name is reported where it is written', () => {
    expect(problemsOf({ A: {}, Both: { combine: ['A', 'Nope'] } })).toEqual(['hypotheses.Both.combine[1]: "Nope" is not a hypothesis of this file']);
  });

  test('naming the baseline in a combination is an error that says why', () => {
    expect(problemsOf({ A: {}, Both: { combine: ['baseline', 'A'] } })).toEqual([
      'hypotheses.Both.combine[0]: "baseline" is the baseline, which every hypothesis starts from: leave it out',
    ]);
  });

  test('a cycle of two is reported once, naming the cycle', () => {
    expect(problemsOf({ A: { combine: ['B'] }, B: { combine: ['A'] } })).toEqual(['hypotheses.A.combine: forms a cycle A → B → A']);
  });

  test('a hypothesis that combines itself is a cycle', () => {
    expect(problemsOf({ A: { combine: ['A'] } })).toEqual(['hypotheses.A.combine: forms a cycle A → A']);
  });

  test('a hypothesis leading into a cycle reports the cycle, not itself', () => {
    expect(problemsOf({ C: { combine: ['A'] }, A: { combine: ['B'] }, B: { combine: ['A'] } })).toEqual(['hypotheses.A.combine: forms a cycle A → B → A']);
  });

  test('each resolved scenario is checked with the cross-field rules, under its name', () => {
    // Heavy: 0.6 + 0.002 × 2 ≤ 1; More: 0.01 + 0.002 × 300 ≤ 1; together 0.6 + 0.002 × 300 = 1.2 > 1.
    const hypotheses = { Heavy: { churnPerMonth: 0.6 }, More: { emailsPerMonth: 300 }, Both: { combine: ['Heavy', 'More'] } };
    expect(problemsOf(hypotheses)).toEqual([
      'hypotheses.Both.churnPerEmail: churnPerMonth + churnPerEmail × emailsPerMonth must not exceed 1 with additive churn (it is 1.2 from month 1)',
    ]);
  });

  test('the parsed file is not mutated', () => {
    const file = deepFreeze(
      parseScenarioFile({
        baseline: { ...baseline, changes: [{ fromMonth: 2, set: { openRate: 0.3 } }] },
        hypotheses: { A: { changes: [{ fromMonth: 3, set: { openRate: 0.2 } }] }, B: { combine: ['A'] } },
      }),
    );
    const before = structuredClone(file);
    expect(resolveHypotheses(file).map((s) => s.input.changes.length)).toEqual([1, 2, 2]);
    expect(file).toEqual(before);
  });
});

describe('resolveHypotheses: provenance', () => {
  const provenanceOf = (hypotheses: Record<string, unknown>, name: string, extra: Record<string, unknown> = {}) =>
    resolve(hypotheses, extra).find((s) => s.name === name)!.provenance;

  test('the baseline gives every field of its own input, those it writes and those left to their defaults', () => {
    const provenance = provenanceOf({}, 'baseline');
    expect(Object.keys(provenance).sort()).toEqual(
      Object.keys(parseScenarioInput(baseline))
        .filter((f) => f !== 'changes')
        .sort(),
    );
    expect(Object.values(provenance).every((source) => source === 'baseline')).toBe(true);
    expect(provenance.openRate).toBe('baseline');
    expect(provenance.churnModel).toBe('baseline'); // a default
  });

  test("a patch gives the fields it writes; the others stay the baseline's", () => {
    const provenance = provenanceOf({ H: { openRate: 0.45, investment: 500 } }, 'H');
    expect(provenance.openRate).toBe('H');
    expect(provenance.investment).toBe('H');
    expect(provenance.clickRate).toBe('baseline');
    expect(provenance).not.toHaveProperty('changes');
  });

  test('a field only the baseline sets comes from the baseline in every scenario, under its baselineName', () => {
    const hypotheses = { A: { openRate: 0.45 }, B: { emailsPerMonth: 3 }, AB: { combine: ['A', 'B'], set: { clickRate: 0.12 } } };
    const scenarios = resolve(hypotheses, { baselineName: 'Today' });
    expect(scenarios.map((s) => s.provenance.averageOrderValue)).toEqual(['Today', 'Today', 'Today', 'Today']);
  });

  test('a combination of two takes each field from the part that gives it last', () => {
    const hypotheses = {
      A: { openRate: 0.45, emailsPerMonth: 3 },
      B: { openRate: 0.5, averageOrderValue: 45 },
      AB: { combine: ['A', 'B'] },
      BA: { combine: ['B', 'A'] },
    };
    expect(provenanceOf(hypotheses, 'AB')).toMatchObject({ openRate: 'B', emailsPerMonth: 'A', averageOrderValue: 'B', clickRate: 'baseline' });
    expect(provenanceOf(hypotheses, 'BA')).toMatchObject({ openRate: 'A', emailsPerMonth: 'A', averageOrderValue: 'B', clickRate: 'baseline' });
  });

  test("a combination's set gives its fields over its parts'", () => {
    const hypotheses = { A: { openRate: 0.45 }, B: { emailsPerMonth: 3 }, ABset: { combine: ['A', 'B'], set: { openRate: 0.55, investment: 100 } } };
    expect(provenanceOf(hypotheses, 'ABset')).toMatchObject({ openRate: 'ABset', investment: 'ABset', emailsPerMonth: 'B', clickRate: 'baseline' });
  });

  test('nested combinations name the hypothesis that wrote the value, and a patch reached twice counts at its last place', () => {
    const hypotheses = {
      A: { openRate: 0.45 },
      C: { openRate: 0.42, averageOrderValue: 45 },
      AB: { combine: ['A'], set: { clickRate: 0.12 } },
      ABC: { combine: ['AB', 'C'] },
      CAB: { combine: ['C', 'AB'] },
      ACA: { combine: ['A', 'C', 'A'] },
    };
    expect(provenanceOf(hypotheses, 'ABC')).toMatchObject({ openRate: 'C', clickRate: 'AB', averageOrderValue: 'C' });
    expect(provenanceOf(hypotheses, 'CAB')).toMatchObject({ openRate: 'A', clickRate: 'AB', averageOrderValue: 'C' });
    expect(provenanceOf(hypotheses, 'ACA')).toMatchObject({ openRate: 'A', averageOrderValue: 'C' });
  });

  test('a field a patch adds that the baseline leaves out comes from the patch', () => {
    const delivered: Record<string, unknown> = { ...baseline, clickRateBasis: 'delivered' };
    delete delivered.openRate;
    const file = parseScenarioFile({ baseline: delivered, hypotheses: { Opens: { clickRateBasis: 'opens', openRate: 0.4 } } });
    const [base, opens] = resolveHypotheses(file);
    expect(base!.provenance).not.toHaveProperty('openRate');
    expect(opens!.provenance).toMatchObject({ openRate: 'Opens', clickRateBasis: 'Opens' });
  });

  test('changing a value where provenance says it comes from changes it in that scenario, and nowhere else', () => {
    const hypotheses = { A: { openRate: 0.45 }, B: { emailsPerMonth: 3 }, AB: { combine: ['A', 'B'], set: { clickRate: 0.12 } } };
    const before = resolve(hypotheses);
    const after = resolve({ ...hypotheses, A: { openRate: 0.46 } });
    before.forEach((scenario, s) => {
      expect(after[s]!.input.openRate !== scenario.input.openRate).toBe(scenario.provenance.openRate === 'A');
    });
  });
});

describe('resolveHypotheses with segments', () => {
  const resolveSegmented = (hypotheses: Record<string, unknown>, base: object = issueExample) =>
    resolveHypotheses(parseScenarioFile({ baseline: base, hypotheses }));
  const segmentedProblems = (hypotheses: Record<string, unknown>, base: object = issueExample): string[] => {
    try {
      resolveSegmented(hypotheses, base);
    } catch (error) {
      if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.rule}`);
      throw error;
    }
    return [];
  };

  test("a hypothesis on one segment's field changes only that field", () => {
    const [, more] = resolveSegmented({ More: { segments: { engaged: { emailsPerMonth: 10 } } } });
    const expected = { ...issueExample, segments: { ...issueExample.segments, engaged: { ...issueExample.segments.engaged, emailsPerMonth: 10 } } };
    expect(more!.input).toEqual(parseScenarioInput(expected));
  });

  test("a combination merges its parts' segment fields; the later wins on the same field", () => {
    const hypotheses = {
      A: { segments: { engaged: { emailsPerMonth: 10 } } },
      B: { segments: { engaged: { emailsPerMonth: 12 }, dormant: { openRate: 0.1 } } },
      AB: { combine: ['A', 'B'] },
    };
    const ab = resolveSegmented(hypotheses).find((s) => s.name === 'AB')!.input;
    expect(ab.segments).toEqual({
      engaged: { share: 0.3, newSubscriberShare: 0.5, openRate: 0.5, emailsPerMonth: 12 },
      dormant: { share: 0.7, openRate: 0.1, churnPerEmail: 0.004 },
    });
  });

  test('a sunset policy from month 7 in a hypothesis is appended to the changes', () => {
    const sunset = { fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 } } } };
    const [, h] = resolveSegmented({ Sunset: { changes: [sunset] } });
    expect(h!.input.changes).toEqual([sunset]);
  });

  test("a segment field's error carries the hypothesis' path", () => {
    expect(segmentedProblems({ H1: { segments: { engaged: { openRate: 1.4 } } } })).toEqual([
      'hypotheses.H1.segments.engaged.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
    ]);
    expect(segmentedProblems({ H1: { changes: [{ fromMonth: 7, set: { segments: { dormant: { share: 0.5 } } } }] } })).toEqual([
      'hypotheses.H1.changes[0].set.segments.dormant.share: splits the list at month 1 only: to move subscribers between segments later, use moves',
    ]);
  });

  test('a rule broken once the hypothesis is applied is named under it', () => {
    expect(segmentedProblems({ H1: { segments: { engaged: { share: 0.4 } } } })).toEqual([
      "hypotheses.H1.segments: the segments' shares must sum to 1 (engaged 0.4 + dormant 0.7 = 1.1)",
    ]);
    expect(segmentedProblems({ H1: { moves: [{ from: 'dormant', to: 'lapsed', sharePerMonth: 0.1 }] } })).toEqual([
      'hypotheses.H1.moves[0].to: names no segment of the scenario (engaged, dormant)',
    ]);
    expect(segmentedProblems({ H1: { segments: { vip: { openRate: 0.6 } } } })).toEqual(['hypotheses.H1.segments.vip.share: is required']);
    expect(segmentedProblems({ H1: { changes: [{ fromMonth: 7, set: { segments: { lapsed: { emailsPerMonth: 0 } } } }] } })).toEqual([
      'hypotheses.H1.changes[0].set.segments.lapsed: names no segment of the scenario (engaged, dormant)',
    ]);
    expect(segmentedProblems({ H1: { retention: { alpha: 2 } } }, baseline)).toEqual(['hypotheses.H1.retention.beta: is required']);
  });

  test('segments written beside combine are asked to go inside its set', () => {
    const problems = segmentedProblems({ A: {}, AB: { combine: ['A'], segments: { engaged: { emailsPerMonth: 10 } } } });
    expect(problems).toEqual([expect.stringMatching(/^hypotheses\.AB\.segments: goes inside "set" in a combination/)]);
  });

  test("a baseline's segment error carries the baseline's path", () => {
    const bad = { ...issueExample, segments: { ...issueExample.segments, dormant: { share: 0.7, clickRate: -0.1 } } };
    expect(segmentedProblems({}, bad)).toEqual([
      'baseline.segments.dormant.clickRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (clicks per open (CTOR) or per delivered email (CTR))',
    ]);
  });
});
