import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitDistributions } from '../../src/analysis/uncertainty/splitDistributions';
import { splitReportSettings } from '../../src/report/reportSettings';
import { inputErrorOf } from '../model/support';

const uncertain = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as Record<string, unknown> & { baseline: Record<string, unknown> };
const withoutReport = Object.fromEntries(Object.entries(uncertain).filter(([key]) => key !== 'report'));

describe('splitReportSettings', () => {
  it('checks the report section and fills in its defaults', () => {
    expect(splitReportSettings({ ...withoutReport, report: { sensitivity: {}, monteCarlo: {} } }).report).toEqual({
      sensitivity: { change: 0.1 },
      monteCarlo: {},
    });
    expect(splitReportSettings(uncertain).report).toEqual({
      sensitivity: { scenario: 'baseline', years: 5, fields: (uncertain.report as { sensitivity: { fields: string[] } }).sensitivity.fields, change: 0.1 },
      monteCarlo: { scenarios: ['baseline', 'H2+H4'] },
    });
  });

  it('gives the plain file, the distributions and the simulation section as splitDistributions does for the file without its report section', () => {
    const split = splitReportSettings(uncertain);
    const { report, ...rest } = split;
    expect(report).toBeDefined();
    expect(rest).toEqual({ ...splitDistributions(withoutReport), report: undefined });
    expect('report' in split.file).toBe(false);
    expect(split.simulation).toEqual({ draws: 10000, seed: 1 });
  });

  it('gives no settings for a file without a report section', () => {
    expect(splitReportSettings(withoutReport).report).toBeUndefined();
  });

  it('reports every problem of the report section and of the file at once, each at its place', () => {
    const bad = {
      ...uncertain,
      baseline: { ...uncertain.baseline, openRate: { dist: 'beta', alpha: 0, beta: 60 } },
      report: { title: 'x'.repeat(301), sensitivity: { change: 2, fields: [] }, monteCarlo: { seed: -1, scenarios: 'H2' } },
    };
    expect(inputErrorOf(() => splitReportSettings(bad)).problems.map((p) => p.path)).toEqual([
      'report.title',
      'report.sensitivity.fields',
      'report.sensitivity.change',
      'report.monteCarlo.seed',
      'report.monteCarlo.scenarios',
      'baseline.openRate.alpha',
    ]);
    expect(inputErrorOf(() => splitReportSettings({ ...withoutReport, report: null })).message).toBe('report: must be an object');
  });

  it('does not mutate the file', () => {
    const copy = structuredClone(uncertain);
    splitReportSettings(copy);
    expect(copy).toEqual(uncertain);
  });

  it('accepts a "$schema" key and keeps it in the plain file, which every command reads', () => {
    const split = splitReportSettings({ $schema: '../schema/scenario-file.schema.json', ...uncertain });
    expect(split.file.$schema).toBe('../schema/scenario-file.schema.json');
    expect(split.distributions).toEqual(splitReportSettings(uncertain).distributions);
  });
});
