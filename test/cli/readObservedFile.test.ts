import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readObservedFile } from '../../src/cli/readObservedFile';
import { readScenarioData } from '../../src/cli/readScenarioData';

const example = (name: string) => join(__dirname, '../../examples', name);
const folder = mkdtempSync(join(tmpdir(), 'email-npv-readObservedFile-'));

describe('readObservedFile', () => {
  test("the article's published table fits the article's file: 18 cells, no warning at 1, 3 and 5 years", () => {
    const { observed, warnings } = readObservedFile(example('moller-article.observed.json'), readScenarioData(example('moller-article.json')), [1, 3, 5]);
    expect(observed.observed).toHaveLength(18);
    expect(observed.observed[0]).toEqual({ hypothesis: 'baseline', years: 1, npv: 9485 });
    expect(warnings).toEqual([]);
  });

  test('horizons shown without an observation, or observed but not shown, come back as warnings', () => {
    const { warnings } = readObservedFile(example('moller-article.observed.json'), readScenarioData(example('moller-article.json')), [1, 2]);
    // Rows at 3 and 5 years are not shown; nothing is observed at 2 years.
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^observed NPVs at a horizon the comparison does not run are not shown: baseline \(3-year horizon\)/);
    expect(warnings[1]).toMatch(/^no observed NPV for: baseline \(2-year horizon\)/);
  });

  test('a row naming a scenario the file does not have is refused, naming the observed file', () => {
    const path = join(folder, 'observed.json');
    writeFileSync(path, JSON.stringify({ observed: [{ hypothesis: 'H9', years: 1, npv: 100 }] }));
    expect(() => readObservedFile(path, readScenarioData(example('moller-article.json')), [1])).toThrow(`in ${path}:`);
  });
});
