import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitDistributions } from '../../src/analysis/uncertainty/splitDistributions';

// The CLI is tested as users run it: the built file.
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const uncertainPath = 'examples/moller-uncertain.json';
const uncertain = JSON.parse(readFileSync(uncertainPath, 'utf8')) as Record<string, unknown>;
const plain = JSON.stringify(splitDistributions(uncertain).file);

describe('an uncertain scenario file in the other commands', () => {
  it('compares the point values: compare on the uncertain file prints what it prints for the split plain file', () => {
    const fromUncertain = run(['compare', uncertainPath, '--format', 'json']);
    expect(fromUncertain.status).toBe(0);
    expect(fromUncertain.stdout).toBe(run(['compare', '-', '--format', 'json'], plain).stdout);
  });

  it.each([
    ['sensitivity', '--years', '5'],
    ['solve', '--field', 'openRate'],
    ['payback', '--hypothesis', 'H4'],
    ['payback', '--scenario', 'H4'],
    ['optimise', '--scenario', 'H2', '--max', '4', '--open-elasticity=-0.33'],
    ['economics', '--scenario', 'H2'],
    ['forecast', '--scenario', 'H2+H4', '--years', '2'],
  ])('%s reads it as its point values', (command, ...options) => {
    const fromUncertain = run([command, uncertainPath, ...options, '--format', 'json']);
    expect(fromUncertain.stderr).toBe('');
    expect(fromUncertain.status).toBe(0);
    expect(fromUncertain.stdout).toBe(run([command, '-', ...options, '--format', 'json'], plain).stdout);
  });

  it('reports a bad report section in any command, and simulate reads the file with its report section', () => {
    const bad = run(['compare', '-'], JSON.stringify({ ...uncertain, report: { monteCarlo: { draws: 0 } } }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('report.monteCarlo.draws: must be at least 1 draw');
    expect(run(['simulate', uncertainPath, '--draws', '50']).status).toBe(0);
  });

  it('forecasts the baseline of a scenario file, and still a single input', () => {
    const baseline = run(['forecast', uncertainPath, '--years', '5']);
    expect(baseline.status).toBe(0);
    const npv = /NPV over 60 months .*: \$([\d,.]+)$/m.exec(baseline.stdout)?.[1];
    expect(Math.round(Number(npv?.replaceAll(',', '')))).toBe(97797); // the article's published baseline at 5 years
    expect(run(['forecast', 'examples/worked-example.json', '--scenario', 'H2']).stderr).toContain(
      'scenario: "H2" was asked for, but the data is a single scenario input',
    );
  });
});
