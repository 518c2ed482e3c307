import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { breakEvenOf } from '../../src/analysis/cashflow/breakEvenOf';
import { paybackOf } from '../../src/analysis/cashflow/paybackOf';
import { sensitivity } from '../../src/analysis/search/sensitivity';
import { solveFor } from '../../src/analysis/search/solveFor';
import { forecast } from '../../src/model/forecast';
import { scenarioInputOf } from '../../src/scenarios/scenarioInputOf';
import { article } from '../analysis/flatList';

// The CLI is tested as users run it: the built file.
const cli = 'dist/cli.js';
const file = 'examples/moller-article.json';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
/** What JSON.stringify makes of a library result (Decimals become strings), parsed back. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const npvOf = (input: object, months: number) => forecast(input, { months }).npv.toNumber();

/** A run that must fail on bad input: exit 2, the `field: rule` line, no stack trace. */
function expectBadInput(args: string[], line: string | RegExp): void {
  const out = run(args);
  expect(out.status).toBe(2);
  expect(out.stdout).toBe('');
  if (typeof line === 'string') expect(out.stderr).toContain(line);
  else expect(out.stderr).toMatch(line);
  expect(out.stderr).not.toMatch(/\bat .*\.[cm]?js:\d+/);
}

/** Each command's --help: its usage line and an example that names the article file. */
function expectHelp(command: string): void {
  const out = run([command, '--help']);
  expect(out.status).toBe(0);
  expect(out.stdout).toContain(`Usage:\n  email-npv ${command} <file|->`);
  expect(out.stdout).toMatch(new RegExp(`Examples:\\n  email-npv ${command} examples/moller-article\\.json`));
}

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

describe('email-npv payback', { timeout: 30_000 }, () => {
  it('prints exactly the paybackOf and breakEvenOf results as json', () => {
    const alone = run(['payback', file, '--scenario', 'H4', '--years', '3', '--format', 'json']);
    expect(alone.status).toBe(0);
    expect(JSON.parse(alone.stdout)).toEqual(asJson(paybackOf(scenarioInputOf(article, 'H4'), { years: 3 })));
    const against = run(['payback', file, '--hypothesis', 'H1', '--format', 'json']);
    expect(against.status).toBe(0);
    expect(JSON.parse(against.stdout)).toEqual(asJson(breakEvenOf(article, 'H1')));
  });

  it('gives the payback months of H4 on its own that a scan of its forecast gives', () => {
    const h4 = scenarioInputOf(article, 'H4');
    const rows = forecast(h4, { years: 5 }).rows;
    let cumulative = -h4.investment;
    const simple = rows.find((r) => (cumulative += r.netCashFlow.toNumber()) >= 0)!.month;
    const discounted = rows.find((r) => r.cumulativeNpv.toNumber() >= 0)!.month;
    const out = run(['payback', file, '--scenario', 'H4']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^payback month \\(simple\\)\\s+month ${simple}$`, 'm'));
    expect(out.stdout).toMatch(new RegExp(`^payback month \\(discounted\\)\\s+month ${discounted}$`, 'm'));
    expect(out.stdout).toMatch(/^month\s+net cash flow\s+cumulative\s+present value\s+cumulative NPV$/m);
    expect(out.stdout).toContain('is a return: it pays when above the discount rate');
  });

  it('gives the month from which H4 stays ahead of the baseline, by a scan of the two forecasts', () => {
    const h = forecast(scenarioInputOf(article, 'H4'), { years: 5 }).rows;
    const b = forecast(scenarioInputOf(article), { years: 5 }).rows;
    const ahead = h.map((r, m) => r.cumulativeNpv.minus(b[m]!.cumulativeNpv).toNumber() >= 0);
    const month = ahead.findIndex((_, m) => ahead.slice(m).every(Boolean)) + 1;
    const out = run(['payback', file, '--hypothesis', 'H4']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^payback month \\(ahead for good\\)\\s+month ${month}$`, 'm'));
    expect(out.stdout).toContain(`H4 pays back against baseline in month ${month}`);
  });

  it('says that H1 never pays back within 5 years, and that its IRR is a borrowing rate', () => {
    const out = run(['payback', file, '--hypothesis', 'H1']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^payback month \(ahead for good\)\s+never within 60 months$/m);
    expect(out.stdout).toMatch(/^first month ahead\s+month 1$/m);
    expect(out.stdout).toContain('is a borrowing rate');
    expect(out.stdout).toContain('it is not below');
  });

  it('prints the incremental month table as csv, each present value the flow discounted at the baseline rate', () => {
    const out = run(['payback', file, '--hypothesis', 'H2', '--years', '1', '--format', 'csv']);
    expect(out.status).toBe(0);
    const [header, ...lines] = out.stdout.trim().split('\n');
    expect(header).toBe('month,incremental cash flow,present value,cumulative incremental NPV');
    expect(lines).toHaveLength(13);
    const r = article.baseline.discountRateAnnual;
    for (const line of lines.slice(1)) {
      const [month, flow, present] = line.split(',').map(Number) as [number, number, number];
      // both to the cent: the present value of the rounded flow is within a cent and a half of the rounded present value
      expect(Math.abs(present - flow * (1 + r) ** (-month / 12))).toBeLessThanOrEqual(0.015);
    }
  });

  it('prints markdown tables under headings', () => {
    const out = run(['payback', file, '--scenario', 'H4', '--months', '12', '--format', 'md']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^### Payback of H4 over 1 year$/m);
    expect(out.stdout).toMatch(/^### Month by month$/m);
    expect(out.stdout).toMatch(/^\| --- \| ---: \|/m);
  });

  it('prints its usage and an example with --help', () => expectHelp('payback'));

  it('exits 2 with field: rule on an unknown hypothesis, the baseline, or both options', () => {
    expectBadInput(['payback', file, '--hypothesis', 'Nope'], /^scenario: "Nope" is not in the file/m);
    expectBadInput(['payback', file, '--hypothesis', 'baseline'], /^hypothesis: "baseline" is the baseline itself/m);
    expectBadInput(['payback', file, '--hypothesis', 'H4', '--scenario', 'H2'], '--hypothesis: give either --scenario');
    expectBadInput(['payback', file, '--years', 'five'], '--years: must be a number, got "five"');
  });
});
