import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/report/readReportFile';
import { splitReportSettings } from '../../src/report/reportSettings';
import { inputErrorOf } from '../model/support';

const example = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as Record<string, unknown>;

describe('readReportFile', () => {
  it('keeps the data and splits it as splitReportSettings does', () => {
    const read = readReportFile(example);
    expect(read.data).toBe(example);
    expect(read.split).toEqual(splitReportSettings(example));
    expect(Object.isFrozen(read)).toBe(true);
  });

  it('hands back a file it read as it is, and reads a copy of one again', () => {
    const read = readReportFile(example);
    expect(readReportFile(read)).toBe(read);
    // a copy is not a file it read: it is checked as a scenario file, which it is not
    expect(inputErrorOf(() => readReportFile({ ...read })).problems.map((p) => p.path)).toContain('baseline');
  });

  it('reports the problems of the file and of its report section at once', () => {
    const bad = { ...example, report: { title: 7 }, simulation: { draws: 0 } };
    expect(inputErrorOf(() => readReportFile(bad)).problems.map((p) => p.path)).toEqual(['report.title', 'simulation.draws']);
  });
});
