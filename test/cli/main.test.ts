import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The CLI is tested as users run it: the built file (npm install builds it through `prepare`).
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });

describe('email-npv CLI', () => {
  it('exits 2 on malformed JSON and on an unknown command', () => {
    expect(run(['forecast', '-'], '{').status).toBe(2);
    expect(run(['frobnicate', 'x']).status).toBe(2);
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
