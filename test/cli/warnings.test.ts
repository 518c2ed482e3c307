import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseline } from '../scenarios/support';

// The built CLI, as users run it (rebuild with `npx tsup` first).
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const warningLines = (stderr: string) => stderr.split('\n').filter((line) => line !== '');

const percentFile = JSON.stringify({ baseline: { ...baseline, discountRateAnnual: 10 }, hypotheses: { H1: { openRate: 0.45 }, H2: { inflationAnnual: 3 } } });
const discountWarning = 'warning: baseline.discountRateAnnual: 10 is 1000 % a year; rates are fractions: did you mean 0.1 (10 %)?';
const inflationWarning = 'warning: hypotheses.H2.inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?';

describe('plausibility warnings in the CLI', () => {
  it('prints each warning of a file once, where it is written, on stderr, and exits 0', () => {
    const out = run(['compare', '-'], percentFile);
    expect(out.status).toBe(0);
    expect(warningLines(out.stderr)).toEqual([discountWarning, inflationWarning]);
    expect(out.stdout).not.toContain('warning');
    expect(out.stdout).toMatch(/^1 year \(12 months\) — /);
  });

  it('leaves stdout as it is without warnings, and puts the list in json', () => {
    const plain = run(['compare', '-', '--format', 'json'], JSON.stringify({ baseline, hypotheses: { H1: { openRate: 0.45 } } }));
    expect(plain.stderr).toBe('');
    expect(JSON.parse(plain.stdout).warnings).toEqual([]);
    const warned = run(['compare', '-', '--format', 'json'], percentFile);
    expect(warned.status).toBe(0);
    expect(JSON.parse(warned.stdout).warnings).toEqual([discountWarning, inflationWarning].map((w) => w.replace(/^warning: /, '')));
  });

  it('gives an analysis of one scenario the warnings of what that scenario is built from', () => {
    const out = run(['sensitivity', '-', '--scenario', 'H1', '--years', '1', '--fields', 'openRate'], percentFile);
    expect(out.status).toBe(0);
    expect(warningLines(out.stderr)).toEqual([discountWarning]);
    const json = run(['solve', '-', '--scenario', 'H2', '--field', 'budgetPerMonth', '--format', 'json'], percentFile);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).warnings).toEqual([discountWarning, inflationWarning].map((w) => w.replace(/^warning: /, '')));
  });

  it('warns on a single scenario input by its own field names', () => {
    const out = run(['forecast', '-', '--months', '2'], JSON.stringify({ ...baseline, openRate: 0.7 }));
    expect(out.status).toBe(0);
    expect(warningLines(out.stderr)).toEqual([
      'warning: openRate: 0.7 (70 %) is above 60 %, likely inflated by machine opens (Apple Mail Privacy Protection): consider clickRate per delivered email with clickRateBasis "delivered"',
    ]);
    expect(out.stdout).toMatch(/NPV over 2 months/);
  });

  it('warns that optimise without fatigue tends to pick the highest frequency, and not with fatigue', () => {
    const without = run(['optimise', '-', '--horizons', '1', '--max', '4'], JSON.stringify(baseline));
    expect(without.status).toBe(0);
    expect(warningLines(without.stderr)).toEqual([expect.stringMatching(/^warning: fatigue: none given, .* will tend to pick the highest frequency tried/)]);
    const withFatigue = run(['optimise', '-', '--horizons', '1', '--max', '4', '--open-elasticity=-0.3'], JSON.stringify(baseline));
    expect(withFatigue.stderr).toBe('');
  });

  it('prints the warnings of a report on stderr too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'email-npv-warnings-'));
    try {
      const out = run(['report', '-', '--out', join(dir, 'report.html')], percentFile);
      expect(out.status).toBe(0);
      expect(warningLines(out.stderr)).toEqual([discountWarning, inflationWarning]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints no warning for the article example', () => {
    for (const command of [['compare'], ['sensitivity'], ['forecast', '--years', '1']]) {
      const out = run([command[0]!, 'examples/moller-article.json', ...command.slice(1)]);
      expect(out.status, command[0]).toBe(0);
      expect(out.stderr, command[0]).toBe('');
    }
  });
});

describe('honest words in the CLI', () => {
  it('says that none breaks even, rather than naming a winner, when every scenario loses money', () => {
    const losing = { ...baseline, conversionRate: 0, newSubscribersPerMonth: 0 };
    const out = run(['compare', '-', '--horizons', '1'], JSON.stringify({ baseline: losing, hypotheses: { Cheaper: { budgetPerMonth: 600 } } }));
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^1 year \(12 months\) — none breaks even; Cheaper loses least$/m);
    expect(out.stdout).not.toContain('winner');
  });

  it('explains under the forecast table that net cash flow is gross profit − costs', () => {
    const out = run(['forecast', 'examples/worked-example.json', '--years', '1']);
    expect(out.stdout).toContain('net cash flow = gross profit − costs, where gross profit = revenue × gross margin');
  });
});
