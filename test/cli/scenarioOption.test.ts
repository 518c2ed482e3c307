import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioOption } from '../../src/cli/scenarioOption';
import { resolveHypotheses } from '../../src/scenarios/resolveHypotheses';
import { parseScenarioFile, type ScenarioFileData } from '../../src/scenarios/scenarioFile';
import { inputErrorOf } from '../model/support';

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as ScenarioFileData;
const resolved = resolveHypotheses(parseScenarioFile(article));

describe('scenarioOption', () => {
  it('picks the baseline of a file by default, named as a sentence says it', () => {
    const chosen = scenarioOption(article, {});
    expect(chosen.name).toBe('baseline');
    expect(chosen.label).toBe('the baseline');
    expect(chosen.input).toEqual(resolved[0]!.input);
  });

  it('picks the scenario of --scenario, resolved', () => {
    const chosen = scenarioOption(article, { scenario: 'H2+H4' });
    expect(chosen.name).toBe('H2+H4');
    expect(chosen.label).toBe('H2+H4');
    expect(chosen.input).toEqual(resolved.find((s) => s.name === 'H2+H4')!.input);
    expect(scenarioOption({ ...article, baselineName: 'today' }, { scenario: 'today' }).label).toBe('the today');
  });

  it('takes a single scenario input as "the scenario", and refuses names that are not in the file', () => {
    const single = scenarioOption(article.baseline, {});
    expect([single.name, single.label]).toEqual(['scenario', 'the scenario']);
    expect(inputErrorOf(() => scenarioOption(article, { scenario: 'H9' })).problems[0]!.path).toBe('scenario');
  });
});
