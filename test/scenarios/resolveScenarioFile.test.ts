import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { resolveHypotheses } from '../../src/scenarios/resolveHypotheses';
import { isResolvedScenarioFile, resolveParsedScenarioFile, resolveScenarioFile } from '../../src/scenarios/resolveScenarioFile';
import { parseScenarioFile, type ScenarioFileData } from '../../src/scenarios/scenarioFile';
import { scenarioInputOf } from '../../src/scenarios/scenarioInputOf';
import { inputErrorOf } from '../model/support';
import { issueExample } from '../schema/segmentedExample';

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as ScenarioFileData;

describe('resolveScenarioFile', () => {
  it('gives the validated file and its scenarios, as parseScenarioFile and resolveHypotheses give them', () => {
    const { file, scenarios } = resolveScenarioFile(article);
    expect(file).toEqual(parseScenarioFile(article));
    expect(scenarios).toEqual(resolveHypotheses(parseScenarioFile(article)));
    expect(scenarios.map((s) => s.name)).toEqual(['baseline', 'H1', 'H2', 'H3', 'H4', 'H2+H4']);
  });

  it('hands back a file it read as it is, and takes only what it made as read', () => {
    const resolved = resolveScenarioFile(article);
    expect(resolveScenarioFile(resolved)).toBe(resolved);
    expect(isResolvedScenarioFile(resolved)).toBe(true);
    expect(Object.isFrozen(resolved) && Object.isFrozen(resolved.scenarios)).toBe(true);
    expect(isResolvedScenarioFile({ ...resolved })).toBe(false);
    expect(isResolvedScenarioFile(article)).toBe(false);
    expect(isResolvedScenarioFile(null)).toBe(false);
  });

  it('reports the problems of the file and of its hypotheses as field: rule', () => {
    expect(inputErrorOf(() => resolveScenarioFile({ ...article, hypotheses: { H1: { openRate: 2 } } })).problems[0]!.path).toBe('hypotheses.H1.openRate');
    expect(inputErrorOf(() => resolveScenarioFile({ ...article, hypotheses: { Both: { combine: ['Nope'] } } })).problems).toEqual([
      { path: 'hypotheses.Both.combine[0]', rule: '"Nope" is not a hypothesis of this file' },
    ]);
  });

  it('is taken by compareScenarios and scenarioInputOf, which give what they give for the data', () => {
    const resolved = resolveScenarioFile(article);
    expect(JSON.stringify(compareScenarios(resolved, { horizonsYears: [2, 4] }))).toBe(JSON.stringify(compareScenarios(article, { horizonsYears: [2, 4] })));
    expect(scenarioInputOf(resolved, 'H2+H4')).toEqual(scenarioInputOf(article, 'H2+H4'));
    expect(scenarioInputOf(resolved)).toEqual(scenarioInputOf(article));
    expect(inputErrorOf(() => scenarioInputOf(resolved, 'H9')).message).toBe('scenario: "H9" is not in the file (names: baseline, H1, H2, H3, H4, H2+H4)');
  });

  it('resolves a file already parsed as it resolves the file as written, and takes the result as read', () => {
    const resolved = resolveParsedScenarioFile(parseScenarioFile(article));
    expect(resolved).toEqual(resolveScenarioFile(article));
    expect(isResolvedScenarioFile(resolved)).toBe(true);
    expect(resolveScenarioFile(resolved)).toBe(resolved);
  });
});

describe('resolveScenarioFile with segments', () => {
  it("resolves the issue's example with a sunset hypothesis, and names a nested problem by its full path", () => {
    const sunset = { fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 } } } };
    const { scenarios } = resolveScenarioFile({ baseline: issueExample, hypotheses: { Sunset: { changes: [sunset] } } });
    expect(scenarios.map((s) => [s.name, s.input.changes])).toEqual([
      ['baseline', []],
      ['Sunset', [sunset]],
    ]);
    const bad = { baseline: issueExample, hypotheses: { H1: { changes: [{ fromMonth: 7, set: { segments: { dormant: { retention: { alpha: 0 } } } } }] } } };
    expect(inputErrorOf(() => resolveScenarioFile(bad)).problems).toEqual([
      { path: 'hypotheses.H1.changes[0].set.segments.dormant.retention.alpha', rule: 'must be greater than 0 (α of the shifted-beta-geometric retention)' },
    ]);
  });
});
