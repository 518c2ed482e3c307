import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueExample } from '../../schema/segmentedExample';

// The CLI is tested as users run it: the built file.
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });

/** The article's H1 as a power curve through the baseline: ln(0.35/0.40)/ln(3/2), ln(0.08/0.10)/ln(3/2). */
const h1Elasticities = [`--open-elasticity=${Math.log(0.35 / 0.4) / Math.log(1.5)}`, `--click-elasticity=${Math.log(0.08 / 0.1) / Math.log(1.5)}`];

interface OptimiseJson {
  ownEmailsPerMonth: number;
  frequencies: { emailsPerMonth: number; npvs: number[]; infeasible: string | null }[];
  horizons: { years: number; bestEmailsPerMonth: number; npv: string }[];
}

// Each case spawns node on a shared 2-core machine: allow for a slow start.
describe('email-npv optimise', { timeout: 30_000 }, () => {
  it('gives H1’s NPVs at 3 emails a month on the curve fitted from H1', () => {
    const out = run(['optimise', 'examples/moller-article.json', ...h1Elasticities, '--format', 'json']);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as OptimiseJson;
    const compare = JSON.parse(run(['compare', 'examples/moller-article.json', '--format', 'json']).stdout) as {
      horizons: { results: { name: string; npv: string }[] }[];
    };
    const h1 = compare.horizons.map((h) => Number(h.results.find((r) => r.name === 'H1')!.npv));
    const three = result.frequencies.find((f) => f.emailsPerMonth === 3)!;
    three.npvs.forEach((npv, i) => expect(Math.abs(npv - h1[i]!)).toBeLessThan(1e-6));
    expect(result.horizons.map((h) => h.years)).toEqual([1, 3, 5]);
    expect(typeof result.horizons[0]!.npv).toBe('string');
  });

  it('takes the best frequency from the table it prints, for a chosen scenario and horizons', () => {
    const out = run(['optimise', 'examples/moller-article.json', '--scenario', 'H2', '--years', '1,5', '--max', '6', '--format', 'csv']);
    expect(out.status).toBe(0);
    const [header, ...lines] = out.stdout.trim().split('\n');
    expect(header).toBe('emailsPerMonth,openRate,clickRate,churnPerEmail,npv 1y,npv 5y,infeasible');
    const rows = lines.map((l) => l.split(',').map(Number));
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    // without fatigue every extra email adds revenue at the same budget: the largest NPV is at the top of the range
    const json = JSON.parse(
      run(['optimise', 'examples/moller-article.json', '--scenario', 'H2', '--years', '1,5', '--max', '6', '--format', 'json']).stdout,
    ) as OptimiseJson;
    const argmax = (col: number) => rows.reduce((best, r) => (r[col]! > best[col]! ? r : best))[0];
    expect(json.horizons.map((h) => h.bestEmailsPerMonth)).toEqual([argmax(4), argmax(5)]);
  });

  it('reads a fatigue file of points and marks the best rows in the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'email-npv-'));
    const fatigue = join(dir, 'fatigue.json');
    writeFileSync(
      fatigue,
      JSON.stringify({
        model: 'points',
        points: [
          { emailsPerMonth: 2, openRate: 0.4 },
          { emailsPerMonth: 6, openRate: 0.1 },
        ],
      }),
    );
    const out = run(['optimise', 'examples/moller-article.json', '--fatigue', fatigue, '--max', '6', '--years', '1']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^4\s+25%\s+10%/m); // 0.4 + (4 − 2) / 4 × (0.1 − 0.4)
    expect(out.stdout).toContain('★');
    expect(out.stdout).toMatch(/^best at 1 year: \d emails a month, NPV \$[\d,]+\.\d\d$/m);
  });

  it('reports infeasible frequencies in the table instead of failing', () => {
    const input = JSON.stringify({
      subscribers: 1000,
      churnPerMonth: 0.5,
      churnPerEmail: 0.1,
      emailsPerMonth: 2,
      openRate: 0.4,
      clickRate: 0.1,
      conversionRate: 0.05,
      averageOrderValue: 50,
      discountRateAnnual: 0.1,
    });
    const out = run(['optimise', '-', '--max', '7', '--years', '1'], input);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^6 .*infeasible$/m);
    expect(out.stdout).toContain('6 emails a month is infeasible: churnPerEmail: churnPerMonth + churnPerEmail × emailsPerMonth must not exceed 1');
  });

  it('exits 2 when both a fatigue file and elasticities are given', () => {
    const both = run(['optimise', 'examples/moller-article.json', '--fatigue', 'x.json', '--open-elasticity=-0.3']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--fatigue: give either a fatigue file or the --open/--click/--churn-elasticity options, not both');
  });

  it('exits 2 with field: rule lines on bad numbers and ranges', () => {
    expect(run(['optimise', 'examples/moller-article.json', '--years', '1,x']).stderr).toContain(
      '--years: must be numbers separated by commas, e.g. 1,3,5 (got "1,x")',
    );
    expect(run(['optimise', 'examples/moller-article.json', '--min', '5', '--max', '3']).stderr).toContain('max: must not be below min');
  });

  it('exits 2 on an unknown scenario', () => {
    expect(run(['optimise', 'examples/moller-article.json', '--scenario', 'H9']).stderr).toContain('scenario: "H9" is not in the file');
  });

  it('prints each segment’s curve and the best frequency of every segment per horizon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'email-npv-'));
    const scenario = join(dir, 'segments.json');
    writeFileSync(scenario, JSON.stringify(issueExample));
    const fatigue = join(dir, 'fatigue.json');
    writeFileSync(fatigue, JSON.stringify({ segments: { engaged: { model: 'power', openRateElasticity: -0.4, churnPerEmailElasticity: 1 } } }));
    const out = run(['optimise', scenario, '--fatigue', fatigue, '--max', '10', '--horizons', '1,5', '--format', 'json']);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as {
      segments: { name: string; ownEmailsPerMonth: number; frequencies: { emailsPerMonth: number; npvs: number[] }[] }[];
      horizons: { years: number; bestEmailsPerMonth: Record<string, number>; npv: string; rounds: number }[];
    };
    expect(result.segments.map((s) => [s.name, s.ownEmailsPerMonth, s.frequencies.length])).toEqual([
      ['engaged', 8, 10],
      ['dormant', 2, 10],
    ]);
    expect(result.horizons.map((h) => Object.keys(h.bestEmailsPerMonth))).toEqual([
      ['engaged', 'dormant'],
      ['engaged', 'dormant'],
    ]);
    // the best point is each segment's ★: its NPV is the largest of each segment's curve
    result.horizons.forEach((h, i) => {
      for (const s of result.segments) {
        const best = Math.max(...s.frequencies.map((f) => f.npvs[i]!));
        expect(s.frequencies.find((f) => f.emailsPerMonth === h.bestEmailsPerMonth[s.name])!.npvs[i]).toBe(best);
        expect(Math.abs(best - Number(h.npv))).toBeLessThan(1e-6 * Math.abs(best));
      }
    });
    const table = run(['optimise', scenario, '--fatigue', fatigue, '--max', '10', '--horizons', '1,5']);
    expect(table.stdout).toMatch(/^engaged \(sends 8 a month\)$/m);
    expect(table.stdout).toMatch(/^dormant \(sends 2 a month\)$/m);
    expect(table.stdout).toMatch(/^best at 5 years: engaged \d+, dormant \d+ emails a month, NPV \$[\d,.-]+ \(\d rounds?\)$/m);
    expect(table.stdout).toContain('Found by coordinate search');
    const csv = run(['optimise', scenario, '--fatigue', fatigue, '--max', '10', '--horizons', '1,5', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('segment,emailsPerMonth,openRate,clickRate,churnPerEmail,npv 1y,npv 5y,infeasible');
    expect(lines.length).toBe(21);
    expect(lines[1]).toMatch(/^engaged,1,/);
    expect(lines[11]).toMatch(/^dormant,1,/);
  });

  it('exits 2 with path: rule for a fatigue by segment that names no segment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'email-npv-'));
    const scenario = join(dir, 'segments.json');
    writeFileSync(scenario, JSON.stringify(issueExample));
    const fatigue = join(dir, 'fatigue.json');
    writeFileSync(fatigue, JSON.stringify({ segments: { engagd: { model: 'power', openRateElasticity: -0.4 } } }));
    const out = run(['optimise', scenario, '--fatigue', fatigue]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('fatigue.segments.engagd: names no segment of the scenario (engaged, dormant)');
  });
});
