import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Distribution } from '../../src/schema/distribution';
import { UserScenarioFile, userScenarioFileMetadata, type UserScenarioFileData } from '../../src/report/userScenarioFile';
import { splitReportSettings } from '../../src/report/reportSettings';
import { baseline } from '../scenarios/support';

const openRate = { dist: 'beta', alpha: 40, beta: 60 } as const;
/** A file as a user writes it, typed with the schema's input type. */
const file: UserScenarioFileData = {
  $schema: '../schema/scenario-file.schema.json',
  baseline: { ...baseline, openRate },
  hypotheses: { Weekly: { emailsPerMonth: { dist: 'uniform', min: 3, max: 5 } }, Both: { combine: ['Weekly'], set: { investment: 5000 } } },
  simulation: { draws: 1000, seed: 7 },
  report: { title: 'Weekly or not', monteCarlo: { scenarios: ['baseline', 'Weekly'] } },
};
const accepts = (data: unknown) => UserScenarioFile.safeParse(data).success;

describe('UserScenarioFile', () => {
  it('accepts the example files and a file with distributions, simulation, report and $schema', () => {
    for (const path of ['examples/moller-article.json', 'examples/moller-uncertain.json']) expect(accepts(JSON.parse(readFileSync(path, 'utf8')))).toBe(true);
    expect(accepts(file)).toBe(true);
    expect(() => splitReportSettings(file)).not.toThrow();
  });

  it('says where a distribution may stand: a numeric field of the baseline, a patch or a set, never an option or a change', () => {
    expect(accepts({ ...file, hypotheses: { H: { churnModel: openRate } } })).toBe(false);
    expect(accepts({ ...file, baseline: { ...baseline, changes: [{ fromMonth: 2, set: { openRate } }] } })).toBe(false);
    expect(accepts({ ...file, hypotheses: { H: { combine: ['Weekly'], set: { clickRate: openRate } } } })).toBe(true);
  });

  it('holds the rules of the parts it is made of: field bounds, distributions, simulation and report', () => {
    expect(accepts({ ...file, baseline: { ...baseline, openRate: 1.2 } })).toBe(false);
    expect(accepts({ ...file, baseline: { ...baseline, openRate: { dist: 'normal', mean: 0.4, sd: -1 } } })).toBe(false);
    expect(accepts({ ...file, simulation: { draws: 0 } })).toBe(false);
    expect(accepts({ ...file, report: { sensitivity: { change: 2 } } })).toBe(false);
    expect(accepts({ ...file, extra: 1 })).toBe(false);
  });

  it('names the distribution as a shared definition of the JSON Schema', () => {
    expect(userScenarioFileMetadata.get(Distribution)?.id).toBe('Distribution');
  });
});
