import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI is tested as users run it: the built file.
const cli = 'dist/cli.js';
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

/** A hypothesis name that a spreadsheet would run as a formula if written as it is. */
const hostile = '=HYPERLINK("http://x","y")';
const dir = mkdtempSync(join(tmpdir(), 'email-npv-csv-'));
/** The article with horizons 2 and 4 years and one more hypothesis, named like a formula. */
const file = join(dir, 'hostile.json');
const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as { baseline: { discountRateAnnual: number }; hypotheses: object };
writeFileSync(file, JSON.stringify({ ...article, horizonsYears: [2, 4], hypotheses: { ...article.hypotheses, [hostile]: { openRate: 0.3 } } }));

/** RFC 4180 records of `text` (written independently of the code under test): quoted cells, "" for ", lines ending in \n. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === '\n')) {
      records.at(-1)!.push(cell);
      cell = '';
      if (c === '\n') records.push([]);
    } else cell += c;
  }
  records.at(-1)!.push(cell);
  return records;
}

const plainNumber = /^-?\d+(\.\d+)?$/;

interface Case {
  readonly args: string[];
  /** Columns of text; every other cell is a plain number or empty. */
  readonly text: readonly string[];
  /** Columns of money: exactly two decimals. */
  readonly money: readonly string[];
  /** How many data rows. */
  readonly rows: number;
}

const cases: Record<string, Case> = {
  forecast: { args: ['forecast', file], text: ['date'], money: ['revenue', 'grossProfit', 'costs', 'netCashFlow', 'presentValue', 'cumulativeNpv'], rows: 48 },
  compare: {
    args: ['compare', file, '--observed', 'examples/moller-article.observed.json'],
    text: ['scenario'],
    money: ['NPV', 'Δ vs baseline', 'published', 'model − published'],
    rows: 2 * 7,
  },
  calibrate: {
    args: ['calibrate', 'examples/moller-article.json', '--observed', 'examples/moller-article.observed.json'],
    text: ['row', 'name'],
    money: ['observed', 'model', 'model − observed'],
    rows: 7 + 18 + 2,
  },
  optimise: { args: ['optimise', file, '--max', '4', '--open-elasticity=-0.3'], text: ['infeasible'], money: ['npv 2y', 'npv 4y'], rows: 4 },
  economics: { args: ['economics', file, '--acquisition-spend', '500'], text: ['metric', 'meaning'], money: [], rows: 13 },
  'economics --monthly': {
    args: ['economics', file, '--monthly', '--months', '6', '--acquisition-spend', '500'],
    text: [],
    money: ['CPO', 'CAC', 'CPL'],
    rows: 6,
  },
  simulate: { args: ['simulate', file, '--draws', '50'], text: ['scenario'], money: ['point NPV', 'mean', 'P5', 'P25', 'P50', 'P75', 'P95'], rows: 2 * 7 },
  sensitivity: {
    args: ['sensitivity', file, '--fields', 'openRate,investment,discountRateAnnual'],
    text: ['field', 'clamped'],
    money: ['NPV low', 'NPV high', 'swing'],
    rows: 3,
  },
  solve: { args: ['solve', file, '--field', 'budgetPerMonth', '--scenario', 'H2'], text: ['quantity'], money: [], rows: 9 },
  payback: { args: ['payback', file, '--scenario', 'H4'], text: [], money: ['net cash flow', 'cumulative', 'present value', 'cumulative NPV'], rows: 49 },
  'payback --hypothesis': {
    args: ['payback', file, '--hypothesis', hostile],
    text: [],
    money: ['incremental cash flow', 'present value', 'cumulative incremental NPV'],
    rows: 49,
  },
};

// Each case spawns node on a shared 2-core machine: allow for a slow start.
describe('one csv convention for every command', { timeout: 60_000 }, () => {
  it.each(Object.entries(cases))('%s: one header, plain numbers, money to the cent, no symbol', (_, c) => {
    const out = run([...c.args, '--format', 'csv']);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.endsWith('\n')).toBe(true);
    const [header, ...rows] = parseCsv(out.stdout.slice(0, -1));
    expect(rows).toHaveLength(c.rows);
    // exactly one header row: no data row repeats it
    expect(rows.filter((r) => r.join(',') === header!.join(','))).toHaveLength(0);
    for (const name of [...c.text, ...c.money]) expect(header, name).toContain(name);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      row.forEach((cell, i) => {
        const column = header![i]!;
        expect(cell, `${column}: ${cell}`).not.toMatch(/[$€£%★]|NaN|Infinity/);
        if (c.text.includes(column) || (column === 'value' && row[0] === 'field')) return;
        if (cell !== '') expect(cell, `${column}: ${cell}`).toMatch(plainNumber);
        if (cell !== '' && c.money.includes(column)) expect(cell, `${column}: ${cell}`).toMatch(/^-?\d+\.\d\d$/);
      });
    }
  });

  it('economics writes its money to the cent, and amounts per email or per subscriber-month to 4 decimals', () => {
    const rows = parseCsv(run(['economics', file, '--acquisition-spend', '500', '--format', 'csv']).stdout.trim());
    const value = (metric: string) => rows.find((r) => r[0] === metric)![1]!;
    for (const metric of ['subscriber value (LTV)', 'CPO', 'CAC', 'CPL']) expect(value(metric)).toMatch(/^\d+\.\d\d$/);
    for (const metric of ['revenue per email', 'gross profit per subscriber (v)']) expect(value(metric)).toMatch(/^\d+\.\d{4}$/);
    // a rate as a fraction (monthly: (1 + annual)^(1/12) − 1), not a percentage
    expect(Number(value('discount rate (d)'))).toBeCloseTo((1 + article.baseline.discountRateAnnual) ** (1 / 12) - 1, 12);
  });

  it('compare writes every horizon under the one header, with a horizon column', () => {
    const rows = parseCsv(run(['compare', file, '--format', 'csv']).stdout.trim());
    expect(rows[0]).toEqual(['horizon (years)', 'scenario', 'NPV', 'rank', 'Δ vs baseline']);
    expect([...new Set(rows.slice(1).map((r) => r[0]))]).toEqual(['2', '4']);
  });

  it.each([
    ['compare', [file]],
    ['simulate', [file, '--draws', '20']],
  ])('%s neutralises a name a spreadsheet would run as a formula, and keeps negative numbers numbers', (command, args) => {
    const out = run([command, ...args, '--format', 'csv']);
    expect(out.status, out.stderr).toBe(0);
    const rows = parseCsv(out.stdout.trim());
    const named = rows.filter((r) => r.includes(`'${hostile}`));
    expect(named).toHaveLength(2); // one row per horizon
    expect(rows.some((r) => r.includes(hostile))).toBe(false);
    expect(out.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    // its NPV is below the baseline's: a negative difference, written as a number, not neutralised
    const negative = named.flatMap((r) => r.filter((cell) => cell.startsWith('-')));
    if (command === 'compare') expect(negative.length).toBeGreaterThan(0);
    for (const cell of rows.flat().filter((x) => x.startsWith('-'))) expect(cell).toMatch(plainNumber);
    expect(out.stdout).not.toMatch(/'-\d/);
  });
});
