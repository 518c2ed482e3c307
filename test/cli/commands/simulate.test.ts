import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/analysis/uncertainty/simulate';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';
import { splitDistributions } from '../../../src/analysis/uncertainty/splitDistributions';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueExample } from '../../schema/segmentedExample';

// The CLI is tested as users run it: the built file.
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const file = 'examples/moller-uncertain.json';
const uncertain = JSON.parse(readFileSync(file, 'utf8'));

describe('email-npv simulate', () => {
  it('prints the uncertain inputs, then per horizon the percentiles and the chance of beating the baseline', () => {
    const out = run(['simulate', file, '--draws', '300']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('300 draws, seed 1');
    expect(out.stdout).toMatch(/^baseline\.openRate\s+beta\(α 40, β 60\)\s+0\.4\s+baseline, H2, H3, H4, H2\+H4$/m);
    expect(out.stdout).toMatch(/^hypotheses\.H4\.investment\s+.*H4, H2\+H4$/m);
    for (const title of ['1 year (12 months)', '3 years (36 months)', '5 years (60 months)']) expect(out.stdout).toContain(title);
    expect(out.stdout).toMatch(/^scenario\s+point NPV\s+mean\s+P5\s+P25\s+P50\s+P75\s+P95\s+P\(loss\)\s+P\(beats baseline\)$/m);
    // the point NPV is the article's (the file's point values are the calibrated inputs)
    expect(out.stdout).toMatch(/^baseline\s+\$9,485\s/m);
    expect(out.stdout).toMatch(/^H2\+H4\s+\$163,724\s.*\s\d+(\.\d)?%$/m);
  });

  it('prints exactly the simulate result as json, point NPVs as exact decimal strings', () => {
    const out = run(['simulate', file, '--draws', '200', '--seed', '3', '--horizons', '1,2', '--format', 'json']);
    expect(out.status).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(simulate(uncertain, { draws: 200, seed: 3, horizonsYears: [1, 2] }))));
    const exact = compareScenarios(splitDistributions(uncertain).file, { horizonsYears: [1, 2] });
    expect(printed.horizons[1].scenarios.map((s: { pointNpv: string }) => s.pointNpv)).toEqual(exact.horizons[1]!.results.map((r) => r.npv.toString()));
    expect(printed.monthly).toHaveLength(24);
  });

  it('prints markdown sections and one csv table of numbers', () => {
    const md = run(['simulate', file, '--draws', '100', '--format', 'md']).stdout;
    expect(md).toContain('### 5 years (60 months)');
    expect(md).toContain('| --- | ---: |');
    const csv = run(['simulate', file, '--draws', '100', '--horizons', '5', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('horizon (years),scenario,point NPV,mean,P5,P25,P50,P75,P95,P(loss),P(beats baseline)');
    expect(csv).toHaveLength(7);
    expect(csv[1]).toMatch(/^5,baseline,97796\.78,-?\d+\.\d\d,/);
  });

  it('reads standard input and takes draws and seed from the file', () => {
    const out = run(['simulate', '-', '--format', 'json'], JSON.stringify({ ...uncertain, simulation: { draws: 50, seed: 4 } }));
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ draws: 50, seed: 4 });
  });

  it('exits 2 with field: rule lines on bad options and bad distributions', () => {
    expect(run(['simulate', file, '--draws', 'many']).stderr).toContain('--draws: must be a number, got "many"');
    const zero = run(['simulate', file, '--draws', '0']);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toContain('draws: must be at least 1 draw');
    const bad = { ...uncertain, baseline: { ...uncertain.baseline, openRate: { dist: 'normal', mean: 0.4, sd: -1 } } };
    const out = run(['simulate', '-'], JSON.stringify(bad));
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('baseline.openRate.sd: must be more than 0');
    expect(out.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('reads distributions inside segments, retention and moves, and names a bad one by its path (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'email-npv-'));
    const engaged = { ...issueExample.segments.engaged, openRate: { dist: 'beta', alpha: 50, beta: 50 } };
    const good = join(dir, 'segments.json');
    const baseline = {
      ...issueExample,
      segments: { ...issueExample.segments, engaged },
      retention: { ...issueExample.retention, alpha: { dist: 'uniform', min: 0.6, max: 0.8 } },
    };
    writeFileSync(
      good,
      JSON.stringify({ baseline, hypotheses: { Sunset: { changes: [{ fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 } } } }] } } }),
    );
    const out = run(['simulate', good, '--draws', '100', '--horizons', '1']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^baseline\.segments\.engaged\.openRate\s+beta\(α 50, β 50\)\s+0\.5\s+baseline, Sunset$/m);
    expect(out.stdout).toMatch(/^baseline\.retention\.alpha\s+uniform\(0\.6, 0\.8\)\s+0\.7\s+baseline, Sunset$/m);
    const bad = join(dir, 'bad.json');
    const hypotheses = { H1: { segments: { dormant: { openRate: { dist: 'normal', mean: 0.08, sd: -0.01 } } } } };
    writeFileSync(bad, JSON.stringify({ baseline: issueExample, hypotheses }));
    const failed = run(['simulate', bad]);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('hypotheses.H1.segments.dormant.openRate.sd: must be more than 0');
  });
});
