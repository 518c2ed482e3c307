import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI is tested as users run it: the built file.
const cli = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const article = 'examples/moller-article.json';
const single = 'examples/worked-example.json'; // a single scenario input: no horizonsYears
const dir = mkdtempSync(join(tmpdir(), 'email-npv-habits-'));
/** The article with horizons of 2 and 4 years. */
const twoFour = join(dir, 'two-four.json');
writeFileSync(twoFour, JSON.stringify({ ...(JSON.parse(readFileSync(article, 'utf8')) as object), horizonsYears: [2, 4] }));

/** A run that must fail on bad input: exit 2, the `--option: rule` line, no stack trace, nothing on stdout. */
function expectBadInput(args: string[], line: string): void {
  const out = run(args);
  expect(out.status, out.stderr).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr.split('\n')).toContain(line);
  expect(out.stderr).not.toMatch(/\bat .*\.[cm]?js:\d+/);
}

const json = (args: string[]): Record<string, unknown> => {
  const out = run([...args, '--format', 'json']);
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as Record<string, unknown>;
};
const horizonYears = (result: Record<string, unknown>) => (result.horizons as { years: number }[]).map((h) => h.years);

// Each case spawns node on a shared 2-core machine: allow for a slow start.
describe('one default horizon rule for every command', { timeout: 60_000 }, () => {
  it.each([
    ['compare', []],
    ['simulate', ['--draws', '10']],
    ['optimise', ['--max', '3']],
  ])('%s shows the file’s horizons 2 and 4, and 1, 3 and 5 years without them', (command, extra) => {
    expect(horizonYears(json([command, twoFour, ...extra]))).toEqual([2, 4]);
    expect(horizonYears(json([command, writePlain(), ...extra]))).toEqual([1, 3, 5]);
  });

  it('report shows the file’s horizons 2 and 4', () => {
    const out = join(dir, 'report.html');
    expect(run(['report', twoFour, '--out', out]).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<caption>2 years (24 months)');
    expect(html).toContain('<caption>4 years (48 months)');
    expect(html).not.toContain('<caption>5 years');
  });

  it('optimise shows 1, 3 and 5 years for a single scenario input', () => {
    expect(horizonYears(json(['optimise', single, '--max', '3']))).toEqual([1, 3, 5]);
  });

  it.each([
    ['forecast', []],
    ['sensitivity', ['--fields', 'openRate']],
    ['solve', ['--field', 'openRate']],
    ['economics', []],
    ['payback', []],
    ['payback', ['--hypothesis', 'H1']],
  ])('%s %j shows the longest of the file’s horizons, 4 years, and 5 years for a single input', (command, extra) => {
    expect(json([command, twoFour, ...extra]).months).toBe(48);
    if (!extra.includes('--hypothesis')) expect(json([command, single, ...extra]).months).toBe(60);
  });
});

/** The article without its horizonsYears. */
function writePlain(): string {
  const file = join(dir, 'plain.json');
  const data = JSON.parse(readFileSync(article, 'utf8')) as Record<string, unknown>;
  delete data.horizonsYears;
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('one set of habits for every option', { timeout: 60_000 }, () => {
  it.each([
    [['forecast', article, '--years', '0x10'], '--years: must be a number, got "0x10" (decimal notation, e.g. 5 or 0.25)'],
    [['forecast', article, '--years', '1e'], '--years: must be a number, got "1e" (decimal notation, e.g. 5 or 0.25)'],
    [['forecast', article, '--years', ' 5'], '--years: must be a number, got " 5" (decimal notation, e.g. 5 or 0.25)'],
    [['sensitivity', article, '--change', '5abc'], '--change: must be a number, got "5abc" (decimal notation, e.g. 5 or 0.25)'],
    [['solve', article, '--field', 'openRate', '--target', 'Infinity'], '--target: must be a number, got "Infinity" (decimal notation, e.g. 5 or 0.25)'],
    [['simulate', 'examples/moller-uncertain.json', '--draws', '1.5'], '--draws: must be a whole number, got "1.5"'],
    [['forecast', article, '--months', '2.5'], '--months: must be a whole number, got "2.5"'],
    [['compare', article, '--horizons', '1,0x2'], '--horizons: must be numbers separated by commas, e.g. 1,3,5 (got "1,0x2")'],
  ])('numbers parse strictly: %j', (args, line) => expectBadInput(args, line));

  it.each([
    [['forecast', article, '--years', '1', '--months', '3'], '--months: give either --years or --months, not both (see email-npv forecast --help)'],
    [['economics', article, '--years', '1', '--months', '3'], '--months: give either --years or --months, not both (see email-npv economics --help)'],
    [['optimise', article, '--years', '1', '--horizons', '3'], '--years: give either --horizons or --years, not both (see email-npv optimise --help)'],
    [['forecast', article, '--years', '1', '--years', '3'], '--years: is given twice (give it once) (see email-npv forecast --help)'],
    [['compare', article, '--horizons', '1', '--horizons=3'], '--horizons: is given twice (give it once) (see email-npv compare --help)'],
    [['forecast', article, '--frobnicate'], '--frobnicate: is not an option of forecast (see email-npv forecast --help)'],
    [['compare', article, '--years', '3'], '--years: is not an option of compare (see email-npv compare --help)'],
    [['--frobnicate'], '--frobnicate: is not an option of email-npv itself (see email-npv --help)'],
  ])('conflicting, repeated and unknown options are errors naming the option: %j', (args, line) => expectBadInput(args, line));

  it('points an unknown option to --help instead of printing the whole overview', () => {
    expect(run(['forecast', article, '--frobnicate']).stderr.split('\n').length).toBeLessThanOrEqual(3);
  });

  it.each(['forecast', 'compare', 'calibrate', 'optimise', 'economics', 'simulate', 'sensitivity', 'solve', 'payback', 'report'])(
    '%s names --locale and --currency in their errors, whatever the format',
    (command) => {
      const args = [command, article, '--format', command === 'report' ? 'html' : 'csv'];
      expectBadInput([...args, '--locale', 'zz'], '--locale: "zz" is not a locale Intl knows (e.g. en-US, de-DE)');
      expectBadInput(
        [...args, '--currency', 'dollars'],
        '--currency: "dollars" with locale "en-US" is not a currency format Intl knows (e.g. currency "EUR", locale "de-DE")',
      );
    },
  );

  it('prints the version of package.json with --version and -v', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const args of [['--version'], ['-v'], ['forecast', '--version']]) {
      const out = run(args);
      expect(out.status).toBe(0);
      expect(out.stdout).toBe(`${version}\n`);
    }
  });

  it.each(['forecast', 'compare', 'calibrate', 'optimise', 'economics', 'report', 'simulate', 'sensitivity', 'solve', 'payback'])(
    '%s --help lists every option it takes',
    (command) => {
      const out = run([command, '--help']);
      expect(out.status).toBe(0);
      // every --option of the usage line and the examples has a line of its own, with its meaning
      const mentioned = new Set([...out.stdout.matchAll(/--([a-z][\w-]*)/g)].map((m) => m[1]!));
      for (const name of mentioned) expect(out.stdout, `--${name}`).toMatch(new RegExp(`^  (-\\w, )?--${name}\\b.* \\w`, 'm'));
      for (const name of ['format', 'currency', 'locale', 'help', 'version']) expect(out.stdout).toMatch(new RegExp(`^  (-\\w, )?--${name} `, 'm'));
      expect(out.stdout).toMatch(/^ {2}--format \S+ +the output format \(default: \w+\)$/m);
    },
  );
});

describe('--locale and --currency in every command', { timeout: 60_000 }, () => {
  const euro = ['--currency', 'EUR', '--locale', 'de-DE'];

  it('calibrate writes its money in the currency and locale', () => {
    const out = run(['calibrate', article, '--observed', 'examples/moller-article.observed.json', ...euro]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^rms [\d.]+,\d\d\s€, worst [\d.]+,\d\d\s€/m);
    expect(out.stdout).not.toContain('$');
  });

  it('simulate and economics write money and percentages in the locale', () => {
    const simulated = run(['simulate', 'examples/moller-uncertain.json', '--draws', '2000', '--horizons', '1', ...euro]);
    expect(simulated.status, simulated.stderr).toBe(0);
    expect(simulated.stdout).toContain('2.000 draws');
    expect(simulated.stdout).toMatch(/^baseline .*\d\s€ .*\d+(,\d)?\s%/m);
    const economics = run(['economics', article, '--acquisition-spend', '500', ...euro]);
    expect(economics.status, economics.stderr).toBe(0);
    expect(economics.stdout).toMatch(/^subscriber value \(LTV\)\s+\d+,\d\d\s€/m);
    expect(economics.stdout).toMatch(/^list loss \(c\)\s+\d+(,\d+)?\s%/m);
    expect(economics.stdout).not.toContain('$');
  });
});
