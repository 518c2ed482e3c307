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

  it('prints a segmented scenario’s breakdown per segment in every format, the month columns first', () => {
    const args = ['forecast', 'examples/segments.json', '--months', '2'];
    const table = run(args).stdout;
    expect(table).toContain('\nSegment engaged\n');
    expect(table).toContain('\nSegment dormant\n');
    expect(table).toMatch(/^month\s+subscribers\s+emails\s+orders/);
    // Month 1 of engaged: 25 % of 20,000 = 5,000 subscribers × 4 emails.
    expect(table.slice(table.indexOf('Segment engaged'))).toMatch(/\n1\s+5,000\s+\d+\s+\d+\s+0\s+300\s+20,000\s/);
    const csv = run([...args, '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toMatch(/^month,date,subscribersStart,.*,cumulativeNpv,segments\.engaged\.subscribersStart,segments\.engaged\.subscribersLost,/);
    expect(csv[0]!.split(',')).toHaveLength(14 + 2 * 11);
    expect(csv[1]!.split(',')).toHaveLength(14 + 2 * 11);
    const md = run([...args, '--format', 'md']).stdout;
    expect(md).toContain('### Segment dormant\n\n| month | subscribersStart | subscribersLost | movedOut | movedIn |');
    const json = JSON.parse(run([...args, '--format', 'json']).stdout) as { rows: { segments: Record<string, Record<string, string>> }[] };
    expect(Object.keys(json.rows[0]!.segments)).toEqual(['engaged', 'dormant']);
    expect(json.rows[0]!.segments.engaged!.emailsSent).toBe('20000');
    for (const text of [table, csv.join('\n'), md]) expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('prints an unsegmented scenario without segment columns', () => {
    const csv = run(['forecast', 'examples/worked-example.json', '--months', '1', '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toBe(
      'month,date,subscribersStart,subscribersLost,newSubscribers,emailsSent,orders,revenue,grossProfit,costs,netCashFlow,discountFactor,presentValue,cumulativeNpv',
    );
    expect(run(['forecast', 'examples/worked-example.json', '--months', '1']).stdout).not.toContain('Segment');
  });
});
