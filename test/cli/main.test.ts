import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The CLI is tested as users run it: the built file (npm install builds it through `prepare`).
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });

describe('email-npv CLI', () => {
  it('prints the month table and the NPV of the worked example', () => {
    const out = run(['forecast', 'examples/worked-example.json', '--years', '1']);
    expect(out.status).toBe(0);
    expect(out.stdout.split('\n').filter((l) => /^2027-\d\d-01 /.test(l))).toHaveLength(12);
    expect(out.stdout).toMatch(/NPV over 12 months .*: \$[\d,]+\.\d\d\n$/);
  });

  it('prints exact decimals as strings in json', () => {
    const out = run(['forecast', 'examples/worked-example.json', '--months', '2', '--format', 'json']);
    const parsed = JSON.parse(out.stdout) as { months: number; rows: { orders: string }[] };
    expect(parsed.months).toBe(2);
    expect(parsed.rows[0]!.orders).toBe('16'); // 4000 × 2 × 0.4 × 0.1 × 0.05
  });

  it('exits 2 with field: rule lines and no stack trace on bad input', () => {
    const out = run(['forecast', '-'], JSON.stringify({ subscribers: -1 }));
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('subscribers: must be 0 or more');
    expect(out.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 2 on malformed JSON and on an unknown command', () => {
    expect(run(['forecast', '-'], '{').status).toBe(2);
    expect(run(['frobnicate', 'x']).status).toBe(2);
  });
});

describe('email-npv compare and calibrate', () => {
  it('prints exactly the compareScenarios result as json, money as exact strings', () => {
    const out = run(['compare', 'examples/moller-article.json', '--format', 'json']);
    expect(out.status).toBe(0);
    const parsed = JSON.parse(out.stdout) as { horizons: { years: number; winner: string; results: { name: string; npv: string }[] }[] };
    expect(parsed.horizons.map((h) => h.years)).toEqual([1, 3, 5]);
    expect(parsed.horizons.map((h) => h.winner)).toEqual(['H2', 'H2+H4', 'H2+H4']);
    expect(typeof parsed.horizons[0]!.results[0]!.npv).toBe('string');
  });

  it('shows the published value and the difference beside each cell', () => {
    const out = run(['compare', 'examples/moller-article.json', '--observed', 'examples/moller-article.observed.json']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('model − published');
    expect(out.stdout).toMatch(/^baseline\s+\$9,485\s+\d\s+\$0\s+\$9,485\s+\$0$/m);
  });

  it('prints csv and markdown', () => {
    expect(run(['compare', 'examples/moller-article.json', '--format', 'csv']).stdout.split('\n')[0]).toBe('horizon (years),scenario,NPV,rank,Δ vs baseline');
    expect(run(['compare', 'examples/moller-article.json', '--format', 'md']).stdout).toContain('| --- | ---: |');
  });

  it('asks for --observed when calibrating', () => {
    const out = run(['calibrate', 'examples/moller-article.json']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--observed: is required');
  });
});

describe('email-npv options', () => {
  it('takes a negative number after its option, as if joined with =', () => {
    const spaced = run(['solve', 'examples/moller-article.json', '--field', 'investment', '--scenario', 'H4', '--target', '-5000']);
    const joined = run(['solve', 'examples/moller-article.json', '--field', 'investment', '--scenario', 'H4', '--target=-5000']);
    expect(spaced.status).toBe(0);
    expect(spaced.stdout).toContain('-$5,000');
    expect(spaced.stdout).toBe(joined.stdout);
  });

  it('names --currency when Intl does not know the currency', () => {
    const out = run(['compare', 'examples/moller-article.json', '--currency', 'dollars']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--currency: "dollars" with locale "en-US" is not a currency format Intl knows');
  });

  it('lists every command with an example in --help', () => {
    const out = run(['--help']);
    for (const command of ['forecast', 'compare', 'calibrate', 'sensitivity', 'solve', 'payback', 'simulate', 'optimise', 'economics', 'report']) {
      expect(out.stdout).toMatch(new RegExp(`^  email-npv ${command} `, 'm'));
    }
  });
});
