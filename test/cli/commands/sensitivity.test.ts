import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/analysis/search/sensitivity';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import { article } from '../../analysis/flatList';
import { asJson, expectBadInput, expectHelp, file, npvOf, run, segmentedBaseline } from './support';

// Each case spawns node on a shared 2-core machine: allow for a slow start.
describe('email-npv sensitivity', { timeout: 30_000 }, () => {
  const fields = ['openRate', 'budgetPerMonth', 'investment', 'discountRateAnnual'];
  const args = ['sensitivity', file, '--scenario', 'H4', '--years', '3', '--change', '0.2', '--fields', fields.join(',')];

  it('prints exactly the sensitivity result as json, money as exact strings', () => {
    const out = run([...args, '--format', 'json']);
    expect(out.status).toBe(0);
    const expected = sensitivity(scenarioInputOf(article, 'H4'), { years: 3, change: 0.2, fields: fields as never });
    expect(JSON.parse(out.stdout)).toEqual(asJson(expected));
  });

  it('prints csv whose NPVs are the forecasts with the input moved by ±20 %, widest swing first', () => {
    const out = run([...args, '--format', 'csv']);
    expect(out.status).toBe(0);
    const [header, ...lines] = out.stdout.trim().split('\n');
    expect(header).toBe('field,value,low value,high value,clamped,NPV low,NPV high,swing,elasticity');
    const rows = lines.map((l) => l.split(','));
    expect(rows.map((r) => r[0]).sort()).toEqual([...fields].sort());
    const h4 = scenarioInputOf(article, 'H4');
    const open = rows.find((r) => r[0] === 'openRate')!;
    // money to the cent
    expect(Number(open[5])).toBeCloseTo(npvOf({ ...h4, openRate: 0.32 }, 36), 2);
    expect(Number(open[6])).toBeCloseTo(npvOf({ ...h4, openRate: 0.48 }, 36), 2);
    const investment = rows.find((r) => r[0] === 'investment')!;
    // NPV falls one for one with the investment paid at t = 0: the swing is 2 × 20 % of it
    expect(Number(investment[7])).toBeCloseTo(0.4 * h4.investment, 2);
    const swings = rows.map((r) => Number(r[7]));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('prints a table under a title with the scenario, the horizon and the base NPV, and marks a clamped value', () => {
    const out = run(['sensitivity', file, '--fields', 'grossMargin,openRate']);
    expect(out.status).toBe(0);
    const base = npvOf(scenarioInputOf(article), 60);
    const baseText = `$${base.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    expect(out.stdout.split('\n')[0]).toBe(
      `Sensitivity of baseline over 5 years (60 months): base NPV ${baseText}, each input ±10% with the others fixed, widest swing first`,
    );
    expect(out.stdout).toMatch(/^field\s+value\s+low value\s+high value\s+NPV low\s+NPV high\s+swing\s+elasticity$/m);
    // the margin is 100 %: 110 % is not valid, so 100 % is used and marked
    expect(out.stdout).toMatch(/^grossMargin\s+100%\s+90%\s+100% \*\s/m);
    expect(out.stdout).toContain("* outside the input's valid range");
  });

  it('prints markdown with a heading and a table', () => {
    const out = run([...args, '--format', 'md']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^### Sensitivity of H4 over 3 years/);
    expect(out.stdout).toMatch(/^\| --- \| ---: \|/m);
  });

  it('prints its usage and an example with --help', () => expectHelp('sensitivity'));

  it('exits 2 with field: rule on a bad field or change', () => {
    expectBadInput(['sensitivity', file, '--fields', 'openRate,notAField'], /^fields\[1\]: must be numeric input fields/m);
    expectBadInput(['sensitivity', file, '--change=-3'], /^change: must be more than 0/m);
    expectBadInput(['sensitivity', file, '--change', '3'], /^change: must be at most 1/m);
    expectBadInput(['sensitivity', file, '--change', 'lots'], '--change: must be a number, got "lots"');
  });
});

const segmentedDir = mkdtempSync(join(tmpdir(), 'email-npv-paths-'));
afterAll(() => rmSync(segmentedDir, { recursive: true, force: true }));
const segmentedFile = join(segmentedDir, 'segments.json');
writeFileSync(segmentedFile, JSON.stringify({ baseline: segmentedBaseline, hypotheses: {} }));

describe('email-npv sensitivity --fields with field paths', { timeout: 30_000 }, () => {
  it('moves a segment’s field and a list field, each NPV as the hand formula gives', () => {
    const out = run(['sensitivity', segmentedFile, '--months', '1', '--fields', 'segments.engaged.openRate,clickRate', '--format', 'json']);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as { npvBase: string; tornado: { field: string; npvLow: string; npvHigh: string }[] };
    // base: 1,200 × 0.5 − 920 = −320; engaged open rate 0.45 / 0.55: −380 / −260; click rate 0.09 / 0.11: 8,800 × CR − 1,200 = −408 / −232
    expect(Number(json.npvBase)).toBeCloseTo(-320, 9);
    const bars = Object.fromEntries(json.tornado.map((e) => [e.field, [Number(e.npvLow), Number(e.npvHigh)]]));
    expect(Object.keys(bars)).toEqual(['clickRate', 'segments.engaged.openRate']);
    expect(bars['segments.engaged.openRate']![0]).toBeCloseTo(-380, 9);
    expect(bars['segments.engaged.openRate']![1]).toBeCloseTo(-260, 9);
    expect(bars.clickRate![0]).toBeCloseTo(-408, 9);
    expect(bars.clickRate![1]).toBeCloseTo(-232, 9);
  });

  it('prints the path in the table, its values by the kind of the field', () => {
    const out = run(['sensitivity', segmentedFile, '--months', '1', '--fields', 'segments.engaged.openRate']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^segments\.engaged\.openRate\s+50%\s+45%\s+55%\s/m);
  });

  it('exits 2 with fields[i]: rule for a path the scenario has no place for', () => {
    expectBadInput(
      ['sensitivity', segmentedFile, '--fields', 'openRate,segments.x.openRate'],
      'fields[1]: "segments.x.openRate" names no segment of the scenario (engaged, dormant)',
    );
    expectBadInput(['sensitivity', segmentedFile, '--fields', 'segments.engaged.opens'], /^fields\[0\]: must be numeric input fields/m);
  });
});
