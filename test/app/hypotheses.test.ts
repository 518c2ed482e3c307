import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UserScenarioFileData } from '../../src/report/userScenarioFile';
import { resolveScenarioFile } from '../../src/scenarios/resolveScenarioFile';
import {
  addHypothesis,
  combineHypotheses,
  deleteHypothesis,
  duplicateHypothesis,
  freeName,
  isCombination,
  renameHypothesis,
} from '../../app/src/state/hypotheses';

function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) frozen(v);
  return Object.freeze(value);
}
const article = frozen(JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as UserScenarioFileData);
const names = (file: UserScenarioFileData) => Object.keys(file.hypotheses);

describe('the hypotheses cards’ edits', () => {
  it('adds an empty hypothesis under a free name', () => {
    const { file, name } = addHypothesis(article);
    expect(name).toBe('New hypothesis');
    expect(file.hypotheses[name]).toEqual({});
    expect(addHypothesis(file).name).toBe('New hypothesis 2');
    expect(freeName(article, 'baseline')).toBe('baseline 2');
  });

  it('duplicates a hypothesis right after it, as a deep copy', () => {
    const { file, name } = duplicateHypothesis(article, 'H2');
    expect(name).toBe('H2 copy');
    expect(names(file)).toEqual(['H1', 'H2', 'H2 copy', 'H3', 'H4', 'H2+H4']);
    expect(file.hypotheses['H2 copy']).toEqual(article.hypotheses.H2);
    expect(file.hypotheses['H2 copy']).not.toBe(article.hypotheses.H2);
  });

  it('renames in place, and every combination follows: the file still resolves to the same scenarios', () => {
    const file = renameHypothesis(article, 'H2', 'Weekly + budget');
    expect(names(file)).toEqual(['H1', 'Weekly + budget', 'H3', 'H4', 'H2+H4']);
    expect(file.hypotheses['H2+H4']).toEqual({ combine: ['Weekly + budget', 'H4'], set: { emailsPerMonth: 4 } });
    const before = resolveScenarioFile(article).scenarios.map((s) => s.input);
    expect(resolveScenarioFile(file).scenarios.map((s) => s.input)).toEqual(before);
    expect(renameHypothesis(article, 'H1', 'H1')).toBe(article);
  });

  it('deletes a hypothesis, and combinations drop it (one left with no part goes too)', () => {
    const file = deleteHypothesis(article, 'H4');
    expect(names(file)).toEqual(['H1', 'H2', 'H3', 'H2+H4']);
    expect(file.hypotheses['H2+H4']).toEqual({ combine: ['H2'], set: { emailsPerMonth: 4 } });
    expect(names(deleteHypothesis(file, 'H2'))).toEqual(['H1', 'H3']);
  });

  it('combines the picked hypotheses in file order, named by joining them', () => {
    const { file, name } = combineHypotheses(article, ['H3', 'H1']);
    expect(name).toBe('H1+H3');
    expect(file.hypotheses[name]).toEqual({ combine: ['H1', 'H3'] });
    expect(isCombination(file.hypotheses[name])).toBe(true);
    expect(isCombination(article.hypotheses.H1)).toBe(false);
    expect(combineHypotheses(article, ['H2', 'H4']).name).toBe('H2+H4 2');
    expect(resolveScenarioFile(file).scenarios.map((s) => s.name)).toContain('H1+H3');
  });
});
