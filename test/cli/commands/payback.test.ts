import { describe, expect, it } from 'vitest';
import { breakEvenOf } from '../../../src/analysis/cashflow/breakEvenOf';
import { paybackOf } from '../../../src/analysis/cashflow/paybackOf';
import { forecast } from '../../../src/model/forecast';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import { article } from '../../analysis/flatList';
import { asJson, expectBadInput, expectHelp, file, run } from './support';

/** The article's file with its discount rate typed as a percentage (10 for 0.1). */
const percentRate = JSON.stringify({ ...article, baseline: { ...article.baseline, discountRateAnnual: 10 } });

// Each case spawns node on a shared 2-core machine: allow for a slow start.
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

  it('warns on stderr about a rate typed as a percentage, with exit 0, for a scenario and for a hypothesis', () => {
    for (const args of [
      ['--scenario', 'H4'],
      ['--hypothesis', 'H4'],
      ['--format', 'json'],
    ]) {
      const out = run(['payback', '-', ...args], percentRate);
      expect(out.status).toBe(0);
      expect(out.stderr).toMatch(/^warning: .*discountRateAnnual/m);
      expect(out.stdout).not.toContain('warning');
    }
  });

  it('prints no warning for the article example', () => {
    for (const args of [
      ['--scenario', 'H4'],
      ['--hypothesis', 'H4'],
    ]) {
      const out = run(['payback', file, ...args]);
      expect(out.status).toBe(0);
      expect(out.stderr).toBe('');
    }
  });

  it('prints its usage and an example with --help', () => expectHelp('payback'));

  it('exits 2 with field: rule on an unknown hypothesis, the baseline, or both options', () => {
    expectBadInput(['payback', file, '--hypothesis', 'Nope'], /^scenario: "Nope" is not in the file/m);
    expectBadInput(['payback', file, '--hypothesis', 'baseline'], /^hypothesis: "baseline" is the baseline itself/m);
    expectBadInput(['payback', file, '--hypothesis', 'H4', '--scenario', 'H2'], '--hypothesis: give either --scenario');
    expectBadInput(['payback', file, '--years', 'five'], '--years: must be a number, got "five"');
  });
});
