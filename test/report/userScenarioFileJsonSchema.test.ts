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

  it('describes the history key: what fit writes passes, a rate above 1, a misspelt key or a fitted key naming no rate does not', () => {
    const history = {
      campaigns: [{ date: '2025-01-07', name: 'Sale', segment: 'VIP', delivered: 4000, openRate: 0.41, clickRate: 0.04 }],
      fitted: { 'segments.VIP.openRate': { mean: 0.4, meanBand: [0.38, 0.42], campaignBand: [0.35, 0.45] } },
      list: [{ date: '2025-01-31', subscribers: 4000, fitted: 3990 }],
      retention: [{ period: 0, observed: 1, fitted: 1, atRisk: 500 }],
    };
    expect({ valid: validate({ ...uncertain, history }), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    for (const bad of [
      { ...history, campaigns: [{ delivered: 10, openRate: 1.2 }] },
      { ...history, campaigns: [{ delivered: 10, opens: 3 }] },
      { ...history, fitted: { averageOrderValue: history.fitted['segments.VIP.openRate'] } },
      { ...history, retention: [{ period: 0, observed: 1, fitted: 1 }] },
    ])
      expect(validate({ ...uncertain, history: bad })).toBe(false);
    const schema = userScenarioFileJsonSchema() as { properties: { history: { description: string } } };
    expect(schema.properties.history.description).toContain('written by "email-npv fit"');
  });

  it('describes every input field and says that the library checks more', () => {
    const schema = userScenarioFileJsonSchema() as { description: string; properties: { baseline: { properties: Record<string, { description?: string }> } } };
    expect(schema.description).toContain('email-npv checks more');
    expect(schema.properties.baseline.properties.openRate!.description).toBe('Open rate (OR), of delivered emails: a number, or a distribution of it');
    expect(Object.entries(schema.properties.baseline.properties).filter(([field, part]) => field !== 'changes' && part.description === undefined)).toEqual([]);
  });

  it('describes segments, moves and retention, with a distribution allowed at each of their numeric places', () => {
    const segments = readJsonFile('examples/segments.json') as { baseline: Record<string, unknown> & { segments: Record<string, Record<string, unknown>> } };
    expect({ valid: validate(segments), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    const engaged = { ...segments.baseline.segments.engaged, openRate: { dist: 'beta', alpha: 45, beta: 55 }, share: { dist: 'uniform', min: 0.2, max: 0.3 } };
    const uncertainSegments = {
      ...segments,
      baseline: {
        ...segments.baseline,
        segments: { ...segments.baseline.segments, engaged },
        moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: { dist: 'triangular', min: 0.02, mode: 0.04, max: 0.06 } }],
        retention: { alpha: { dist: 'uniform', min: 0.05, max: 0.07 }, beta: 0.117 },
      },
      hypotheses: { H1: { segments: { dormant: { retention: { beta: { dist: 'normal', mean: 1, sd: 0.1 } } } } } },
    };
    expect({ valid: validate(uncertainSegments), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    for (const bad of [
      {
        ...uncertainSegments,
        baseline: { ...uncertainSegments.baseline, retention: { alpha: 0.06, beta: 0.1, periodMonths: { dist: 'uniform', min: 1, max: 2 } } },
      },
      { ...uncertainSegments, baseline: { ...uncertainSegments.baseline, segments: { engaged: { share: 1.3 } } } },
      { ...uncertainSegments, baseline: { ...uncertainSegments.baseline, moves: [{ from: 'engaged', to: 'dormant', share: 0.1 }] } },
    ])
      expect(validate(bad)).toBe(false);
    const schema = userScenarioFileJsonSchema() as { properties: { baseline: { properties: Record<string, Record<string, unknown>> } } };
    const {
      segments: segmentsPart,
      retention,
      moves,
    } = schema.properties.baseline.properties as Record<
      string,
      {
        additionalProperties?: { properties: Record<string, { description?: string }> };
        properties?: Record<string, { description?: string }>;
        items?: { properties: Record<string, { description?: string }> };
      }
    >;
    expect(segmentsPart!.additionalProperties!.properties.openRate!.description).toBe(
      'Open rate (OR), of delivered emails (this segment’s own; left out: the scenario’s): a number, or a distribution of it',
    );
    expect(segmentsPart!.additionalProperties!.properties.share!.description).toBe(
      'Share of the list, of subscribers at the start: a number, or a distribution of it',
    );
    expect(retention!.properties!.alpha!.description).toBe('Retention α (sBG), shape of churn across subscribers: a number, or a distribution of it');
    expect(moves!.items!.properties.sharePerMonth!.description).toBe('Share moving, of the segment per month: a number, or a distribution of it');
  });
});
