import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fitCommandWith } from '../../../src/cli/commands/fit';
import type { CommandOutput, Values } from '../../../src/cli/options';
import type { FitHistoryInput, HistoryFit } from '../../../src/history/historyTypes';
import { expectBadInput, run } from './support';

const dir = mkdtempSync(join(tmpdir(), 'email-npv-fit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

/** The fit command on a stand-in fitter that keeps what it was given and returns one estimate. */
function command() {
  const seen: FitHistoryInput[] = [];
  const fit = (input: FitHistoryInput): HistoryFit => {
    seen.push(input);
    return {
      file: { baseline: { openRate: 0.25 } },
      estimates: [
        {
          path: 'openRate',
          value: 0.25,
          interval: [0.2, 0.3],
          distribution: { type: 'beta', alpha: 25, beta: 75 } as never,
          note: '2 campaigns',
          nextCampaign: [0.15, 0.35],
        },
      ],
      warnings: ['openRate: a warning'],
      evidence: {},
    };
  };
  return { seen, run: (values: Values) => fitCommandWith(fit).run('', values) as Promise<CommandOutput> };
}

describe('email-npv fit (the command on a stand-in fitter)', () => {
  const campaigns = csv(
    'c.csv',
    'Campaign Name,Send Time,Successful Deliveries,Unique Opens,List\nA,2025-01-07,1000,250,engaged\nB,2025-01-14,"2,000",500,dormant\n',
  );

  it('reads the files into typed rows and prints each estimate with its interval, spread, data and warnings', async () => {
    const { seen, run } = command();
    const out = await run({ campaigns, 'segment-by': 'List' });
    expect(seen[0]!.campaigns!.file).toBe(campaigns);
    expect(seen[0]!.campaigns!.rows.map((r) => [r.delivered, r.opens, r.segment])).toEqual([
      [1000, 250, 'engaged'],
      [2000, 500, 'dormant'],
    ]);
    expect(seen[0]!.bySegment).toBe(true);
    expect(out.warnings).toEqual(['openRate: a warning']);
    expect(out.text).toMatch(/^openRate +25% +20% – 30% +15% – 35% +2 campaigns$/m);
  });

  it('reads the list and the retention table with its period', async () => {
    const { seen, run } = command();
    await run({
      list: csv('l.csv', 'date,subscribers\n2025-01-01,100\n'),
      retention: csv('r.csv', 'period,alive\n0,10\n1,6\n'),
      'period-months': '12',
      format: 'csv',
    });
    expect(seen[0]!.list!.rows).toEqual([{ row: 2, date: '2025-01-01', subscribers: 100 }]);
    expect(seen[0]!.retention).toMatchObject({ periodMonths: 12, table: { layout: 'alive', alive: [10, 6] } });
  });

  it('refuses a bad cell with its place, before fitting and without writing', async () => {
    const bad = csv('bad.csv', 'Delivered,Unique Opens\n1000,n/a\n');
    const out = join(dir, 'out.json');
    const { seen, run } = command();
    await expect(run({ campaigns: bad, base: 'examples/moller-article.json', write: out })).rejects.toThrow(
      `${bad} row 2, column "Unique Opens": "n/a" is not a number`,
    );
    expect(seen).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses missing files and options given without what they go with', async () => {
    const { run } = command();
    await expect(run({})).rejects.toThrow('fit: needs at least one file');
    await expect(run({ retention: campaigns })).rejects.toThrow('--period-months: is required with --retention');
    await expect(run({ list: campaigns, 'segment-by': 'List' })).rejects.toThrow('--segment-by: goes with --campaigns');
    await expect(run({ campaigns: join(dir, 'none.csv') })).rejects.toThrow('--campaigns: cannot be read (no such file)');
  });

  it('refuses --write without --base, and --write onto an input', async () => {
    const { run } = command();
    await expect(run({ campaigns, write: join(dir, 'x.json') })).rejects.toThrow(/--write: needs --base/);
    await expect(run({ campaigns, base: 'examples/moller-article.json', write: campaigns })).rejects.toThrow(
      `--write: is the input file ${campaigns}: write to another file`,
    );
  });

  it('writes the fitted scenario file with --write', async () => {
    const { run } = command();
    const target = join(dir, 'fitted.json');
    const out = await run({ campaigns, base: 'examples/moller-article.json', write: target });
    expect(out.text).toMatch(/wrote .*fitted\.json$/);
    expect(existsSync(target)).toBe(true);
  });
});

describe('email-npv fit (the built CLI)', () => {
  const history = 'examples/history';
  const args = ['fit', '--campaigns', `${history}/campaigns.csv`, '--list', `${history}/list.csv`, '--base', `${history}/base.json`];

  it('fits the example history and writes a scenario file that simulate runs', () => {
    const out = join(dir, 'fitted.json');
    const fitted = run([...args, '--write', out]);
    expect(fitted.status, fitted.stderr).toBe(0);
    expect(fitted.stdout).toMatch(/^clickRate\s/m);
    expect(fitted.stdout).toMatch(/^newSubscribersGrowthMonthly\s/m);
    expect(fitted.stdout).not.toMatch(/NaN|Infinity/);
    const simulated = run(['simulate', out, '--draws', '200', '--format', 'json']);
    expect(simulated.status, simulated.stderr).toBe(0);
    expect((JSON.parse(simulated.stdout) as { horizons: unknown[] }).horizons.length).toBeGreaterThan(0);
  });

  it('names a bad cell by file, row and column, exits 2 and writes nothing', () => {
    const bad = csv('bad.csv', 'Campaign Name,Send Date,Successful Deliveries,Unique Opens,Unique Clicks\nA,2025-01-07,1000,n/a,20\n');
    const out = join(dir, 'never.json');
    expectBadInput(['fit', '--campaigns', bad, '--base', `${history}/base.json`, '--write', out], `${bad} row 2, column "Unique Opens": "n/a" is not a number`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an impossible row (opens above delivered)', () => {
    const bad = csv('impossible.csv', 'Campaign Name,Send Date,Successful Deliveries,Unique Opens,Unique Clicks\nA,2025-01-07,1000,1200,20\n');
    const result = run(['fit', '--campaigns', bad]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/row 2/);
    expect(result.stderr).not.toMatch(/\bat .*\.[cm]?js:\d+/);
  });
});
