import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import { plainScenarioData, readScenarioData } from '../../src/cli/readScenarioData';
import type { ScenarioFileData } from '../../src/scenarios/scenarioFile';

const example = (name: string) => join(__dirname, '../../examples', name);
const folder = mkdtempSync(join(tmpdir(), 'email-npv-readScenarioData-'));

describe('readScenarioData', () => {
  test('an uncertain file comes back plain: point values, without its simulation and report sections', () => {
    const data = readScenarioData(example('moller-uncertain.json')) as ScenarioFileData;
    const written = JSON.parse(readFileSync(example('moller-uncertain.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    // The file gives the open rate as a distribution whose point value is 0.4 (the article's open rate).
    expect(typeof written.baseline!.openRate).toBe('object');
    expect(data.baseline!.openRate).toBe(0.4);
    expect(data).not.toHaveProperty('simulation');
    expect(data).not.toHaveProperty('report');
  });

  test('a single scenario input comes back as read', () => {
    const path = join(folder, 'single.json');
    writeFileSync(path, '{"subscribers": 1000, "emailsPerMonth": 2}');
    expect(readScenarioData(path)).toEqual({ subscribers: 1000, emailsPerMonth: 2 });
  });

  test('a bad scenario file is refused, naming the file and the field', () => {
    const path = join(folder, 'bad.json');
    writeFileSync(path, JSON.stringify({ baseline: { subscribers: 1000 }, hypotheses: {}, report: { sensitivity: { fields: ['nope'] } } }));
    expect(() => readScenarioData(path)).toThrow(InputError);
    expect(() => readScenarioData(path)).toThrow(`in ${path}:`);
  });
});

describe('plainScenarioData', () => {
  test('data that is not a scenario file is returned as it is', () => {
    const data = { subscribers: 5 };
    expect(plainScenarioData(data, 'x.json')).toBe(data);
    expect(plainScenarioData([1], 'x.json')).toEqual([1]);
  });

  test('problems name standard input for -', () => {
    expect(() => plainScenarioData({ baseline: null }, '-')).toThrow(/^in standard input:\n/);
  });
});
