import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readScenarioBlob, readScenarioText } from '../../app/src/files/readScenarioText';
import { InputError } from '../../src/errors/inputError';
import { plainScenarioData } from '../../src/cli/readScenarioData';
import { readInputFile } from '../../src/cli/readInputFile';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { resolveScenarioFile } from '../../src/scenarios/resolveScenarioFile';

vi.mock('email-npv', () => import('../../src/index'));

const articleText = readFileSync('examples/moller-article.json', 'utf8');
const article = JSON.parse(articleText) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'email-npv-app-open-'));

/** The CLI's own words for a file (its reader, then the resolution and comparison `compare` runs), as lines; [] when it reads it. */
function cliLines(name: string, text: string): string[] {
  const path = join(dir, name);
  writeFileSync(path, text);
  try {
    compareScenarios(resolveScenarioFile(plainScenarioData(readInputFile(path), path)));
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.message.replaceAll(path, name).split('\n');
  }
}

describe('opening a scenario file in the page', () => {
  it('opens the article and the uncertain article as they are', () => {
    expect(readScenarioText(articleText, 'moller-article.json')).toEqual({ ok: true, file: article });
    const uncertain = readFileSync('examples/moller-uncertain.json', 'utf8');
    expect(readScenarioText(uncertain, 'u.json').ok).toBe(true);
  });

  it.each([
    ['a rule broken', '{ "baseline": { "openRate": 2 }, "hypotheses": {} }'],
    ['two rules and a bad combination', articleText.replace('"openRate": 0.4', '"openRate": -1').replace('"H4"\n      ]', '"Nope"\n      ]')],
    ['bad JSON', '{ "baseline": {,} }'],
    ['a duplicate key', '{ "baseline": {}, "baseline": {} }'],
    ['a change beyond the horizon', JSON.stringify({ ...article, hypotheses: { H1: { changes: [{ fromMonth: 90, set: { openRate: 0.3 } }] } } })],
  ])('lists the problems of a file with %s in the CLI’s words', (_what, text) => {
    const opened = readScenarioText(text, 'bad.json');
    const expected = cliLines('bad.json', text);
    // The CLI names the file over the problems found while reading it; the page names it over every list.
    const rules = expected.filter((line) => line !== 'in bad.json:');
    expect(rules.length).toBeGreaterThan(0);
    expect(opened).toEqual({ ok: false, problems: ['in bad.json:', ...rules] });
  });

  it('refuses empty text, data that is not a scenario file, and bytes that are not UTF-8', async () => {
    expect(readScenarioText('  ', 'e.json')).toEqual({ ok: false, problems: ['in e.json:', expect.stringMatching(/^file: is empty/)] });
    expect(readScenarioText('[1]', 'a.json')).toEqual({ ok: false, problems: ['in a.json:', expect.stringMatching(/^file: is not a scenario file/)] });
    const latin1 = new Blob([Uint8Array.from([0x7b, 0xe9, 0x7d])]);
    expect(await readScenarioBlob(latin1, 'l.json')).toEqual({ ok: false, problems: ['in l.json:', 'file: is not UTF-8 text: save it as UTF-8 JSON'] });
    expect((await readScenarioBlob(new Blob([articleText]), 'moller.json')).ok).toBe(true);
  });
});
