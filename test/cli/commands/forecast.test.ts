import { describe, expect, it } from 'vitest';
import { run } from './support';

describe('email-npv forecast', () => {
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
});
