import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { subscriberExample } from '../../analysis/subscriberExample';

// The CLI is tested as users run it: the built file.
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });

// Each case spawns node on a shared 2-core machine: allow for a slow start.
describe('email-npv economics', { timeout: 30_000 }, () => {
  /** Three months by hand (subscriberExample): v = $1 a month, kept 1, 0.9, 0.81 → $2.71. */
  const handInput = JSON.stringify(subscriberExample);

  it('prints the hand-computed value of a subscriber, CAC and CPO as exact json', () => {
    const out = run(['economics', '-', '--months', '3', '--acquisition-spend', '200', '--format', 'json'], handInput);
    expect(out.status).toBe(0);
    const e = JSON.parse(out.stdout) as { subscriberValue: { value: string }; cac: string; cpo: string; revenuePerEmail: string; monthly: unknown[] };
    expect(e.subscriberValue.value).toBe('2.71');
    expect(Number(e.cac)).toBeCloseTo(600 / 450, 12);
    expect(Number(e.cpo)).toBeCloseTo(900 / 62.9, 12);
    expect(e.revenuePerEmail).toBe('1');
    expect(e.monthly).toHaveLength(3);
  });

  it('prints a summary table, and the monthly table with --monthly', () => {
    const summary = run(['economics', '-', '--months', '3', '--acquisition-spend', '200'], handInput);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toMatch(/^subscriber value \(LTV\)\s+\$2\.71 /m);
    expect(summary.stdout).toMatch(/^LTV \/ CAC\s+2\.03 /m); // 2.71 / (600 / 450) = 2.0325
    const monthly = run(['economics', '-', '--months', '3', '--monthly', '--format', 'csv'], handInput);
    expect(monthly.stdout.trimEnd().split('\n')).toEqual([
      'month,list at start,new,lost,list growth,revenue/email,CPO,CAC,CPL',
      // money to the cent (CPO 900 / 63 = 14.2857… → 14.29), revenue per email to 4 decimals, rates as fractions
      '1,1000,150,100,0.05,1.0000,15.00,,',
      expect.stringMatching(/^2,1050,150,105,0\.0428571428\d+,1\.0000,14\.29,,$/),
      expect.stringMatching(/^3,1095,150,109\.5,0\.0369863\d+,1\.0000,13\.70,,$/),
    ]);
  });

  it('values a subscriber of the list, a new one and each segment’s for segments with retention by tenure', () => {
    // engaged (churn 0.5, 1 email) and dormant (no churn, no email) by hand over 2 months: $0.50 of gross profit an email, no discounting.
    const segmented = JSON.stringify({
      ...subscriberExample,
      emailsPerMonth: 1,
      churnPerMonth: 0,
      segments: {
        engaged: { share: 0.4, newSubscriberShare: 1, emailsPerMonth: 2, churnPerMonth: 0.5 },
        dormant: { share: 0.6, newSubscriberShare: 0, emailsPerMonth: 0 },
      },
    });
    const out = run(['economics', '-', '--months', '2'], segmented);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^subscriber value \(LTV\)\s+\$0\.60 /m); // 0.4 × (1 + 0.5 × 1)
    expect(out.stdout).toMatch(/^new subscriber value\s+\$1\.50 /m);
    expect(out.stdout).toMatch(/^subscriber value · engaged\s+\$1\.50 .*a new one: \$1\.50$/m);
    expect(out.stdout).toMatch(/^subscriber value · dormant\s+\$0\.00 /m);
    const retained = JSON.stringify({ ...subscriberExample, churnPerMonth: 0, retention: { alpha: 1, beta: 1, existingTenureMonths: 2 } });
    const json = JSON.parse(run(['economics', '-', '--months', '3', '--tenure-months', '0', '--format', 'json'], retained).stdout) as {
      subscriberValue: { value: string; tenureMonths: number; steadyStateValue: null };
    };
    expect(json.subscriberValue.tenureMonths).toBe(0);
    expect(Number(json.subscriberValue.value)).toBeCloseTo(1 + 1 / 2 + 1 / 3, 14); // churn 1 / (1 + k): keep 1/2, then 2/3
    expect(json.subscriberValue.steadyStateValue).toBeNull();
    const table = run(['economics', '-', '--months', '3'], retained).stdout;
    expect(table).toMatch(/^subscriber value \(LTV\)\s+\$2\.35 .*at the list's tenure/m); // 1 + 3/4 + 3/5
    expect(table).toMatch(/^steady-state value v \/ \(c \+ d\)\s+— +none: churn changes with tenure/m);
    const bad = run(['economics', '-', '--tenure-months', '1.5'], retained);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('tenureMonths: must be a whole number of months, 0 or more');
  });

  it('warns on stderr about a rate typed as a percentage, with exit 0', () => {
    const out = run(['economics', '-', '--months', '3'], JSON.stringify({ ...subscriberExample, discountRateAnnual: 10 }));
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/^warning: .*discountRateAnnual/m);
    expect(out.stdout).toMatch(/^subscriber value \(LTV\)/m);
  });

  it('prints no warning for the article example', () => {
    const out = run(['economics', 'examples/moller-article.json', '--scenario', 'H4']);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
  });

  it('asks for an acquisition spend before showing CAC, and exits 2 on a negative one', () => {
    expect(run(['economics', '-', '--months', '3'], handInput).stdout).toMatch(/^CAC\s+—\s+give --acquisition-spend/m);
    const bad = run(['economics', '-', '--acquisition-spend', '-5'], handInput);
    expect(bad.status).toBe(2);
  });
});
