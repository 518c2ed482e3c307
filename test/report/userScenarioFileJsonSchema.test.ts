import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { USER_SCENARIO_FILE_SCHEMA_PATH, userScenarioFileJsonSchema } from '../../src/report/userScenarioFileJsonSchema';

const readJsonFile = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const committed = readJsonFile(USER_SCENARIO_FILE_SCHEMA_PATH);
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(committed);
const uncertain = readJsonFile('examples/moller-uncertain.json') as { baseline: Record<string, unknown>; hypotheses: Record<string, unknown> };

describe('userScenarioFileJsonSchema', () => {
  it('is the committed schema file (run `npm run schema` after changing the zod schema)', () => {
    expect(userScenarioFileJsonSchema()).toEqual(committed);
  });

  it('accepts every example scenario file, each of which points to it with "$schema"', () => {
    for (const path of ['examples/moller-article.json', 'examples/moller-uncertain.json']) {
      const file = readJsonFile(path);
      expect(file.$schema).toBe(`../${USER_SCENARIO_FILE_SCHEMA_PATH}`);
      expect({ path, valid: validate(file), errors: validate.errors ?? null }).toEqual({ path, valid: true, errors: null });
    }
  });

  it('rejects bad files: a rate above 1, an unknown field, an unknown distribution, a bad report section, hypotheses as a list', () => {
    const bad = [
      { ...uncertain, baseline: { ...uncertain.baseline, clickRate: 1.4 } },
      { ...uncertain, baseline: { ...uncertain.baseline, opnRate: 0.4 } },
      { ...uncertain, baseline: { ...uncertain.baseline, openRate: { dist: 'gamma', shape: 2 } } },
      { ...uncertain, report: { monteCarlo: { draws: 0 } } },
      { ...uncertain, simulation: { seed: 1.5 } },
      { ...uncertain, hypotheses: [] },
      { baseline: uncertain.baseline },
    ];
    for (const file of bad) expect(validate(file)).toBe(false);
  });

  it('describes every input field and says that the library checks more', () => {
    const schema = userScenarioFileJsonSchema() as { description: string; properties: { baseline: { properties: Record<string, { description?: string }> } } };
    expect(schema.description).toContain('email-npv checks more');
    expect(schema.properties.baseline.properties.openRate!.description).toBe('Open rate (OR), of delivered emails: a number, or a distribution of it');
    expect(Object.entries(schema.properties.baseline.properties).filter(([field, part]) => field !== 'changes' && part.description === undefined)).toEqual([]);
  });
});
