import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readJson } from '../../src/cli/readJson';
import { forecast } from '../../src/model/forecast';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { MAX_HYPOTHESES, type ScenarioFileData } from '../../src/scenarios/scenarioFile';
import type { InputProblem } from '../../src/errors/inputError';
import { inputErrorOf } from '../model/support';
import { type BadInputCase, badInputCases } from './badInputCases';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/bad');
// The CLI is tested as users run it: the built file.
const cli = join(root, 'dist/cli.js');

/** How the CLI and InputError print a path: the input as a whole is `(input)`. */
const shown = (path: string) => path || '(input)';

/** True when `problem` is at `path` (or inside it) and breaks `rule`. */
const isProblem = (path: string, rule: RegExp) => (problem: InputProblem) =>
  (path === '' ? problem.path === '' : problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`)) &&
  rule.test(problem.rule);

/** The `field: rule` lines of the CLI's standard error, as problems. */
const problemsPrinted = (stderr: string): InputProblem[] =>
  stderr
    .split('\n')
    .filter((line) => line.includes(': ') && !line.startsWith('email-npv:'))
    .map((line) => {
      const at = line.indexOf(': ');
      const path = line.slice(0, at);
      return { path: path === '(input)' ? '' : path, rule: line.slice(at + 2) };
    });

/** Runs the case through the API as the CLI does: read the file, then compareScenarios or forecast. */
const runApi = (c: BadInputCase, file: string) => {
  const data = readJson(file);
  return c.command === 'compare' ? compareScenarios(data as never) : forecast(data as never, { years: c.years ?? 1 });
};

/** What one run of the CLI gave: exit code (null when killed), output, and the files it left in its working directory. */
interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly written: string[];
}

/** Runs the CLI on the file in an empty temporary directory; a 10 s limit guards against a hang (it is not a speed test). */
function runCli(c: BadInputCase, file: string): Promise<CliRun> {
  const cwd = mkdtempSync(join(tmpdir(), 'email-npv-bad-'));
  const args = [cli, c.command, file, ...(c.command === 'forecast' && c.years !== undefined ? ['--years', String(c.years)] : [])];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, encoding: 'utf8', timeout: 10_000, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const written = readdirSync(cwd);
      rmSync(cwd, { recursive: true, force: true });
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ status, stdout, stderr, timedOut: error?.killed === true, written });
    });
  });
}

/** Runs the CLI on every case, as many at a time as there are cores (each run is a fresh Node process). */
async function runAllCli(cases: readonly (readonly [BadInputCase, string])[]): Promise<Map<string, CliRun>> {
  const results = new Map<string, CliRun>();
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const [c, file] = cases[next++]!;
      results.set(file, await runCli(c, file));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return results;
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
const expectNoPollution = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
};

function expectRejected(c: BadInputCase, file: string, out: CliRun): void {
  const error = inputErrorOf(() => runApi(c, file));
  expect(error.problems.filter(isProblem(c.path, c.rule)), error.message).not.toEqual([]);
  expectNoPollution();

  expect(out.timedOut, 'the CLI did not finish within 10 s').toBe(false);
  expect(out.status, out.stderr).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr).toMatch(/^email-npv: bad input( in .+)?\n/);
  expect(out.stderr).not.toMatch(/\n\s+at /);
  expect(problemsPrinted(out.stderr).filter(isProblem(c.path, c.rule)), out.stderr).not.toEqual([]);
  expect(out.written).toEqual([]);
}

describe('the bad-input corpus', () => {
  test('every file of test/fixtures/bad has its expected field: rule, and the README lists it', () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect([...files].sort()).toEqual(badInputCases.map((c) => c.file).sort());
    const readme = readFileSync(join(fixtures, 'README.md'), 'utf8');
    expect(files.filter((f) => !readme.includes(`\`${f}\``))).toEqual([]);
  });

  let cliRuns = new Map<string, CliRun>();
  beforeAll(async () => {
    cliRuns = await runAllCli(badInputCases.map((c) => [c, join(fixtures, c.file)] as const));
  }, 300_000);

  for (const c of badInputCases) {
    test(`${c.file} is refused with "${shown(c.path)}: ${c.rule.source}" by ${c.command}, in the API and the CLI`, () => {
      const file = join(fixtures, c.file);
      expectRejected(c, file, cliRuns.get(file)!);
    });
  }
});

describe('inputs too big to commit, generated at run time', () => {
  const baseline = {
    subscribers: 4000,
    emailsPerMonth: 2,
    openRate: 0.4,
    clickRate: 0.1,
    conversionRate: 0.05,
    averageOrderValue: 100,
    discountRateAnnual: 0.1,
  };
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'email-npv-big-'));
    const changes = Array.from({ length: 250_000 }, (_, i) => ({ fromMonth: 1 + (i % 60), set: { openRate: 0.41 } }));
    writeFileSync(join(dir, 'ten-megabytes-of-changes.json'), JSON.stringify({ baseline: { ...baseline, changes }, hypotheses: {} }));
    const hypotheses = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`H${i}`, { openRate: 0.41 }]));
    writeFileSync(join(dir, 'ten-thousand-hypotheses.json'), JSON.stringify({ baseline, hypotheses }));
    const doubling: Record<string, unknown> = { H0: { openRate: 0.41, changes: [{ fromMonth: 2, set: { emailsPerMonth: 3 } }] } };
    for (let i = 1; i <= 40; i++) doubling[`H${i}`] = { combine: [`H${i - 1}`, `H${i - 1}`] };
    writeFileSync(join(dir, 'combine-doubling-40-deep.json'), JSON.stringify({ baseline, hypotheses: doubling, horizonsYears: [1] }));
    writeFileSync(join(dir, 'bom-prefixed-valid.json'), `\uFEFF${JSON.stringify({ baseline, hypotheses: { H1: { openRate: 0.45 } }, horizonsYears: [1] })}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tenMegabytes: BadInputCase = {
    file: 'ten-megabytes-of-changes.json',
    command: 'compare',
    path: 'baseline.changes',
    rule: /^must hold at most 1200 changes$/,
  };
  const tenThousand: BadInputCase = {
    file: 'ten-thousand-hypotheses.json',
    command: 'compare',
    path: 'hypotheses',
    rule: new RegExp(`^must hold at most ${MAX_HYPOTHESES} hypotheses \\(it holds 10000\\)$`),
  };
  const valid = (file: string): BadInputCase => ({ file, command: 'compare', path: '', rule: /./ });

  test('a 10 MB file (250,000 changes) is refused: at most 1,200 changes', async () => {
    const file = join(dir, tenMegabytes.file);
    expect(readFileSync(file).length).toBeGreaterThan(10_000_000);
    expectRejected(tenMegabytes, file, await runCli(tenMegabytes, file));
  });

  test('10,000 hypotheses are refused: at most 1,000', async () => {
    const file = join(dir, tenThousand.file);
    expectRejected(tenThousand, file, await runCli(tenThousand, file));
  });

  test('combinations nested 40 deep, each combining the one below twice, compare quickly and equal the one patch they repeat', async () => {
    const file = join(dir, 'combine-doubling-40-deep.json');
    const npvs = compareScenarios(readJson(file) as ScenarioFileData).horizons[0]!.results.map((r) => r.npv.toString());
    expect(new Set(npvs.slice(1)).size).toBe(1); // H0 … H40 are the same scenario
    const out = await runCli(valid('combine-doubling-40-deep.json'), file);
    expect(out.timedOut, 'the CLI did not finish within 10 s').toBe(false);
    expect(out.status, out.stderr).toBe(0);
  });

  test('a valid file that starts with a byte-order mark is read', async () => {
    const out = await runCli(valid('bom-prefixed-valid.json'), join(dir, 'bom-prefixed-valid.json'));
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('winner: H1');
  });
});
