import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { solveFor } from '../../../src/analysis/search/solveFor';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import { article } from '../../analysis/flatList';
import { asJson, expectBadInput, expectHelp, file, npvOf, run, segmentedBaseline } from './support';

// Each case spawns node on a shared 2-core machine: allow for a slow start.
describe('email-npv solve', { timeout: 30_000 }, () => {
  it('prints exactly the solveFor result as json, and its value brings the NPV to 0', () => {
    const out = run(['solve', file, '--field', 'openRate', '--format', 'json']);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as { value: number };
    expect(json).toEqual(asJson(solveFor(scenarioInputOf(article), 'openRate', { years: 5 })));
    // plugged back into the exact forecast
    expect(Math.abs(npvOf({ ...scenarioInputOf(article), openRate: json.value }, 60))).toBeLessThan(1e-6);
  });

  it('finds the largest investment worth making in H4 over 3 years: its investment plus its 3-year NPV', () => {
    const out = run(['solve', file, '--scenario', 'H4', '--field', 'investment', '--years', '3', '--format', 'csv']);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe('quantity,value');
    const h4 = scenarioInputOf(article, 'H4');
    // the investment is paid at t = 0, so the NPV falls one for one with it
    const value = Number(lines.find((l) => l.startsWith('value,'))!.split(',')[1]);
    expect(value).toBeCloseTo(h4.investment + npvOf(h4, 36), 2); // money to the cent
  });

  it('prints the value as a percentage, the roots and one plain sentence', () => {
    const out = run(['solve', file, '--field', 'openRate']);
    expect(out.status).toBe(0);
    const value = solveFor(scenarioInputOf(article), 'openRate').value;
    const percent = `${(value * 100).toFixed(2)}%`;
    expect(out.stdout).toMatch(/^quantity\s+value$/m);
    expect(out.stdout).toMatch(new RegExp(`^value\\s+${percent}$`, 'm'));
    expect(out.stdout).toMatch(new RegExp(`^roots found\\s+${percent}$`, 'm'));
    expect(out.stdout).toContain(`Over 5 years the baseline breaks even with the open rate at ${percent} (it is 40% now).`);
  });

  it('writes money fields in the currency and prints markdown', () => {
    const out = run([
      'solve',
      file,
      '--scenario',
      'H2',
      '--field',
      'budgetPerMonth',
      '--years',
      '1',
      '--format',
      'md',
      '--currency',
      'EUR',
      '--locale',
      'de-DE',
    ]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^### Solve for budgetPerMonth in H2 over 1 year$/m);
    expect(out.stdout).toMatch(/^\| --- \| ---: \|$/m);
    expect(out.stdout).toMatch(/^\| value \| [\d.]+,\d\d\s€/m);
  });

  it('prints its usage and an example with --help', () => expectHelp('solve'));

  it('exits 2 with field: rule on a missing or unknown field and an unreachable target', () => {
    expectBadInput(['solve', file], '--field: is required');
    expectBadInput(['solve', file, '--field', 'notAField'], /^field: must be a numeric input field/m);
    expectBadInput(['solve', file, '--field', 'openRate', '--target', '1000000000'], /^openRate: no value from 0 to 1 brings the 5-year NPV to 1,000,000,000/m);
  });
});

const segmentedDir = mkdtempSync(join(tmpdir(), 'email-npv-paths-'));
afterAll(() => rmSync(segmentedDir, { recursive: true, force: true }));
const segmentedFile = join(segmentedDir, 'segments.json');
writeFileSync(segmentedFile, JSON.stringify({ baseline: segmentedBaseline, hypotheses: {} }));

describe('email-npv solve --field with a field path', { timeout: 30_000 }, () => {
  it('finds the break-even open rate of the engaged segment: 1,200 × OR − 920 = 0', () => {
    const out = run(['solve', segmentedFile, '--field', 'segments.engaged.openRate', '--months', '1', '--format', 'json']);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as { field: string; value: number };
    expect(json.field).toBe('segments.engaged.openRate');
    expect(json.value).toBeCloseTo(920 / 1200, 12);
  });

  it('says it in a sentence that names the segment', () => {
    const out = run(['solve', segmentedFile, '--field', 'segments.engaged.openRate', '--months', '1']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Over 1 month the baseline breaks even with the open rate of the engaged segment at 76.67% (it is 50% now).');
  });

  it('exits 2 with field: rule for a path the scenario has no place for', () => {
    expectBadInput(
      ['solve', segmentedFile, '--field', 'segments.x.openRate'],
      'field: "segments.x.openRate" names no segment of the scenario (engaged, dormant)',
    );
    expectBadInput(['solve', file, '--field', 'retention.alpha'], /^field: "retention\.alpha": the scenario has no retention/m);
  });
});
