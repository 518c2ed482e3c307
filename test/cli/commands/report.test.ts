import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitDistributions } from '../../../src/analysis/uncertainty/splitDistributions';

// The CLI is tested as users run it: the built file.
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'email-npv-report-'));
const uncertainPath = 'examples/moller-uncertain.json';
const uncertain = JSON.parse(readFileSync(uncertainPath, 'utf8')) as Record<string, unknown>;
const plain = JSON.stringify(splitDistributions(uncertain).file);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('email-npv report', () => {
  it('writes one HTML file and prints its path and size', () => {
    const out = join(dir, 'report.html');
    const result = run(['report', 'examples/moller-article.json', '--out', out]);
    expect(result.status).toBe(0);
    const kB = (statSync(out).size / 1024).toFixed(1);
    expect(result.stdout).toBe(`wrote ${out} (${kB} kB)\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<table class="comparison">/g)).toHaveLength(3);
  });

  it('writes the segments of a segmented file: contributions, their subscribers, their inputs', () => {
    const out = join(dir, 'segments.html');
    expect(run(['report', 'examples/segments.json', '--out', out]).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<section id="segments"');
    expect(html.match(/<table class="contributions">/g)).toHaveLength(3);
    expect(html).toContain('<h4>Retention by tenure (shifted-beta-geometric)</h4>');
    expect(html).toContain('From month 7: Emails per month (e), segment dormant 0');
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('reads the file from standard input and takes horizons, currency, locale, published values and a title', () => {
    const out = join(dir, 'eur.html');
    const result = run(
      [
        'report',
        '-',
        '--out',
        out,
        '--horizons',
        '2,4',
        '--currency',
        'EUR',
        '--locale',
        'de-DE',
        '--observed',
        'examples/moller-article.observed.json',
        '--title',
        'Q3 <plan>',
      ],
      readFileSync('examples/moller-article.json', 'utf8'),
    );
    expect(result.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Q3 &lt;plan&gt;</h1>');
    expect(html).toContain('<caption>4 years (48 months) — winner:');
    expect(html).toContain('>published</th>');
    expect(html).toContain('\u00a0€');
  });

  it('exits 2 with field: rule lines on bad input', () => {
    const missingOut = run(['report', 'examples/moller-article.json']);
    expect(missingOut.status).toBe(2);
    expect(missingOut.stderr).toContain('--out: is required');
    expect(run(['report', 'examples/moller-article.json', '--out', join(dir, 'x.html'), '--format', 'csv']).stderr).toContain('--format: must be html');
    expect(run(['report', 'examples/moller-article.json', '--out', join(dir, 'no-such-dir', 'x.html')]).stderr).toContain('--out: cannot be written');
    const badInput = run(['report', '-', '--out', join(dir, 'y.html')], JSON.stringify({ baseline: { subscribers: -1 }, hypotheses: {} }));
    expect(badInput.status).toBe(2);
    expect(badInput.stderr).toContain('baseline.subscribers: must be 0 or more');
  });

  it('adds the tornado and the Monte Carlo fans an uncertain file asks for', () => {
    const out = join(dir, 'uncertain.html');
    const result = run(['report', uncertainPath, '--out', out]);
    expect(result.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    // Each chart is drawn for wide screens and again for phones (chartFigure).
    expect([...html.matchAll(/data-chart="(\w+)"/g)].map((m) => m[1])).toEqual(['npv', 'subscribers', 'tornado', 'fan', 'fan'].flatMap((kind) => [kind, kind]));
    expect(html).toContain(
      '<a href="#section-1">Sensitivity of baseline</a><a href="#section-2">Monte Carlo: baseline</a><a href="#section-3">Monte Carlo: H2+H4</a>',
    );
    expect(html).toContain('10,000 runs of H2+H4 (seed 1)');
    expect(html).toContain('>chance to beat baseline</th>');
    expect(html).toContain('<th scope="row">Open rate (OR) 36%\u00a0to\u00a044%</th>');
    // the comparison is the point forecast: the article's published H2+H4 at 5 years
    expect(html).toMatch(/<th scope="row">H2\+H4 ★<\/th><td class="num"[^>]*>\$163,724<\/td>/);
  });

  it('takes --title over the file’s report title, and reports a bad report section as field: rule', () => {
    const titled = JSON.stringify({ ...JSON.parse(plain), report: { title: 'From the file' } });
    run(['report', '-', '--out', join(dir, 'a.html')], titled);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toContain('<h1>From the file</h1>');
    run(['report', '-', '--out', join(dir, 'b.html'), '--title', 'From the command'], titled);
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toContain('<h1>From the command</h1>');
    const bad = run(['report', '-', '--out', join(dir, 'c.html')], JSON.stringify({ ...uncertain, report: { sensitivity: { fields: ['opens'] } } }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('report.sensitivity.fields[0]: must be numeric input fields');
  });

  it('shows its usage and an example with --help', () => {
    const help = run(['report', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('email-npv report <file|-> --out report.html');
    expect(help.stdout).toContain('email-npv report examples/moller-article.json --out report.html');
  });
});
