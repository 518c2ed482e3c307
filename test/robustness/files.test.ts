import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { calibrate } from '../../src/analysis/calibration/calibrate';
import { optimiseFrequency } from '../../src/analysis/frequency/optimiseFrequency';
import { inputErrorOf } from '../model/support';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The CLI is tested as users run it: the built file.
const cli = join(root, 'dist/cli.js');
const examples = join(root, 'examples');
const base = mkdtempSync(join(tmpdir(), 'email-npv-files-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let dir = '';
let caseNumber = 0;
beforeEach(() => {
  dir = join(base, String(caseNumber++));
  mkdirSync(dir);
  copyFileSync(join(examples, 'moller-article.json'), join(dir, 'in.json'));
  copyFileSync(join(examples, 'moller-article.observed.json'), join(dir, 'o.json'));
});

/** Runs the CLI in the case's folder. */
const run = (args: readonly string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', input, timeout: 60_000 });
const at = (name: string) => join(dir, name);
const write = (name: string, content: unknown) => writeFileSync(at(name), typeof content === 'string' ? content : JSON.stringify(content));
const files = () => readdirSync(dir).sort();

/** A refusal as the issue asks: exit 2, nothing on stdout, no stack trace, the `field: rule` line. */
function expectRefused(result: ReturnType<typeof run>, line: string | RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^email-npv: bad input/);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  const lines = result.stderr.split('\n');
  if (typeof line === 'string') expect(lines, result.stderr).toContain(line);
  else
    expect(
      lines.some((l) => line.test(l)),
      result.stderr,
    ).toBe(true);
}

describe('no file is destroyed: an output that is an input is refused before any work', () => {
  test('report in.json --out in.json, by its name, ./a/../in.json, a symbolic link: exit 2, the input byte-identical', () => {
    const before = readFileSync(at('in.json'));
    mkdirSync(at('a'));
    symlinkSync(at('in.json'), at('link.json'));
    for (const out of ['in.json', './a/../in.json', 'link.json', at('in.json')]) {
      expectRefused(run(['report', 'in.json', '--out', out]), '--out: is the input file in.json: write to another file');
    }
    expect(readFileSync(at('in.json'))).toEqual(before);
    expect(files()).toEqual(['a', 'in.json', 'link.json', 'o.json']);
  });

  test('--out onto the --observed file (report) and --write onto it (calibrate) are refused, the file unchanged', () => {
    const before = readFileSync(at('o.json'));
    expectRefused(run(['report', 'in.json', '--observed', 'o.json', '--out', 'o.json']), '--out: is the input file o.json: write to another file');
    expectRefused(run(['calibrate', 'in.json', '--observed', 'o.json', '--write', './o.json']), '--write: is the input file o.json: write to another file');
    expect(readFileSync(at('o.json'))).toEqual(before);
  });
});

describe('unwritable targets: exit 2, "--out: cannot be written (reason)", the target unchanged', () => {
  test('a missing folder, a folder, a path through a file, /dev/full', () => {
    mkdirSync(at('folder'));
    expectRefused(run(['report', 'in.json', '--out', 'none/r.html']), '--out: cannot be written (no such folder)');
    expectRefused(run(['report', 'in.json', '--out', 'folder']), '--out: cannot be written (is a folder)');
    expectRefused(run(['report', 'in.json', '--out', 'in.json/r.html']), '--out: cannot be written (a part of the path is not a folder)');
    expectRefused(run(['report', 'in.json', '--out', '/dev/full']), '--out: cannot be written (no space left on device)');
    expectRefused(run(['calibrate', 'in.json', '--observed', 'o.json', '--write', 'none/c.json']), '--write: cannot be written (no such folder)');
    expect(files()).toEqual(['folder', 'in.json', 'o.json']);
    expect(readdirSync(at('folder'))).toEqual([]);
  });

  test('a write cut by the file-size limit leaves the old file whole and no temporary file', () => {
    write('r.html', 'the old report');
    const result = spawnSync('bash', ['-c', `ulimit -f 16 && exec "${process.execPath}" "${cli}" report in.json --out r.html`], { cwd: dir, encoding: 'utf8' });
    expectRefused(result, '--out: cannot be written (the file is larger than the file-size limit)');
    expect(readFileSync(at('r.html'), 'utf8')).toBe('the old report');
    expect(files()).toEqual(['in.json', 'o.json', 'r.html']);
  });

  test('SIGTERM at any moment leaves the old report or the whole new one, never a temporary file', async () => {
    write('r.html', 'the old report');
    for (const delay of [150, 250, 350, 450, 600]) {
      const child = spawn(process.execPath, [cli, 'report', 'in.json', '--out', 'r.html'], { cwd: dir, stdio: 'ignore' });
      setTimeout(() => child.kill('SIGTERM'), delay);
      await new Promise((resolve) => child.on('exit', resolve));
      const html = readFileSync(at('r.html'), 'utf8');
      expect(html === 'the old report' || (html.startsWith('<!doctype html>') && html.trimEnd().endsWith('</html>')), html.slice(-40)).toBe(true);
      expect(files()).toEqual(['in.json', 'o.json', 'r.html']);
    }
  });

  test('--out - writes the HTML to standard output and no file', () => {
    const result = run(['report', 'in.json', '--out', '-']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    // the same bytes as the file --out writes
    expect(run(['report', 'in.json', '--out', 'r.html']).status).toBe(0);
    expect(result.stdout).toBe(readFileSync(at('r.html'), 'utf8'));
    rmSync(at('r.html'));
    expect(files()).toEqual(['in.json', 'o.json']);
  });
});

describe('calibrate --write keeps everything of the file it read', () => {
  test('in place on a copy of moller-uncertain.json: distributions (with their new value), notes, simulation, report, key order stay', () => {
    copyFileSync(join(examples, 'moller-uncertain.json'), at('u.json'));
    const original = JSON.parse(readFileSync(at('u.json'), 'utf8'));
    // move the point values away from the fit, so that the write visibly changes them
    original.baseline.churnPerEmail.value = 0.006;
    original.baseline.subscribers = 3000;
    write('u.json', JSON.stringify(original, null, 2));
    const result = run(['calibrate', 'u.json', '--observed', 'o.json', '--write', 'u.json', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const fitted = (JSON.parse(result.stdout) as { fitted: Record<string, number> }).fitted;
    const after = JSON.parse(readFileSync(at('u.json'), 'utf8'));
    expect(Object.keys(fitted).sort()).toEqual(Object.keys(JSON.parse(readFileSync(at('o.json'), 'utf8')).unknowns).sort());

    // where each unknown lives in the file, and whether it is a distribution there
    const place = (file: Record<string, Record<string, Record<string, unknown>>>, key: string) =>
      key.includes('.') ? file.hypotheses![key.slice(0, key.lastIndexOf('.'))]! : file.baseline!;
    const strip = (file: unknown) => {
      const copy = JSON.parse(JSON.stringify(file));
      for (const key of Object.keys(fitted)) {
        const field = key.slice(key.lastIndexOf('.') + 1);
        const holder = place(copy, key);
        if (typeof holder[field] === 'object' && holder[field] !== null) delete (holder[field] as Record<string, unknown>).value;
        else holder[field] = 'fitted';
      }
      return JSON.stringify(copy);
    };
    // everything but the fitted values is the same, key order included (compared as text)
    expect(strip(after)).toBe(strip(original));
    for (const [key, value] of Object.entries(fitted)) {
      const field = key.slice(key.lastIndexOf('.') + 1);
      const written = place(after, key)[field];
      expect(typeof written === 'object' ? (written as { value: number }).value : written, key).toBe(value);
    }
    expect(after.baseline.churnPerEmail.dist).toBe('triangular');
    expect(after.baseline.churnPerEmail.note).toBe(original.baseline.churnPerEmail.note);
    // the article's published fit: churn per email 0.494 %, about 4,000 subscribers
    expect(after.baseline.churnPerEmail.value).toBeCloseTo(0.00494, 4);
    expect(after.baseline.subscribers).toBeGreaterThan(3900);
    expect(after.baseline.subscribers).toBeLessThan(4100);
    // the file written is read back by every command
    expect(run(['simulate', 'u.json', '--draws', '100']).status).toBe(0);
    expect(files()).toEqual(['in.json', 'o.json', 'u.json']);
  });

  test('--write - prints the file on standard output and the fit on standard error', () => {
    const result = run(['calibrate', 'in.json', '--observed', 'o.json', '--write', '-']);
    expect(result.status, result.stderr).toBe(0);
    const written = JSON.parse(result.stdout);
    expect(Object.keys(written)).toEqual(Object.keys(JSON.parse(readFileSync(at('in.json'), 'utf8'))));
    expect(result.stderr).toMatch(/^Fitted inputs\n/);
    expect(files()).toEqual(['in.json', 'o.json']);
  });
});

describe('duplicate keys, deep nesting and huge input are refused with their place', () => {
  const article = () => JSON.parse(readFileSync(join(examples, 'moller-article.json'), 'utf8'));
  test('a second "hypotheses", a hypothesis named twice, a field given twice', () => {
    const text = readFileSync(at('in.json'), 'utf8');
    write('second.json', text.replace(/\}\s*$/, ', "hypotheses": {} }'));
    expectRefused(run(['compare', 'second.json']), /^hypotheses: appears twice in the same object \(each key once\) \(line \d+, column \d+\)$/);
    write('name.json', text.replace('"H2": {', '"H1": { "openRate": 0.5 }, "H2": {'));
    expectRefused(run(['compare', 'name.json']), /^hypotheses\.H1: appears twice in the same object/);
    write('field.json', '{"baseline": {"subscribers": 1, "subscribers": 2}, "hypotheses": {}}');
    const result = run(['forecast', 'field.json']);
    expectRefused(result, /^baseline\.subscribers: appears twice in the same object \(each key once\) \(line 1, column 33\)$/);
    expect(result.stderr).toMatch(/^email-npv: bad input in field\.json\n/);
  });

  test('changes 2,000 levels deep: bad input, not a stack overflow', () => {
    let change: Record<string, unknown> = { fromMonth: 1, set: { openRate: 0.4 } };
    for (let i = 0; i < 2000; i++) change = { fromMonth: 1, set: { openRate: 0.4 }, changes: [change] };
    const file = article();
    file.baseline.changes = [change];
    write('deep.json', file);
    expectRefused(run(['compare', 'deep.json']), /^file: nests deeper than 200 levels of objects and lists \(line 1, column \d+\)$/);
    expectRefused(run(['compare', '-'], JSON.stringify(file)), /^file: nests deeper than 200 levels/);
  });

  test('/dev/zero and a file over 50 MiB stop quickly with a clear error', () => {
    const started = performance.now();
    expectRefused(run(['compare', '/dev/zero']), 'file: is larger than 50 MiB: a scenario or observed file is a few kB');
    write('big.json', '');
    truncateSync(at('big.json'), 60 * 1024 * 1024);
    expectRefused(run(['compare', 'big.json']), 'file: is larger than 50 MiB: a scenario or observed file is a few kB');
    expectRefused(run(['compare', 'in.json', '--observed', '/dev/zero']), '--observed: is larger than 50 MiB: a scenario or observed file is a few kB');
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('the observed table is parsed, and checked against the scenario file', () => {
  const row = { hypothesis: 'H1', years: 1, npv: 10086 };
  const cases: [string, string, string | RegExp][] = [
    ['null', 'null', '(input): must be an object: { "observed": [{ "hypothesis", "years", "npv" }, …], "unknowns": { … } }'],
    ['observed 5', '{"observed": 5}', 'observed: must be a list of { "hypothesis", "years", "npv" }'],
    ['npv "x"', JSON.stringify({ observed: [{ ...row, npv: 'x' }] }), 'observed[0].npv: must be a finite number (money), e.g. 9485'],
    ['npv "NaN"', JSON.stringify({ observed: [{ ...row, npv: 'NaN' }] }), 'observed[0].npv: must be a finite number (money), e.g. 9485'],
    ['npv 1e400', '{"observed": [{"hypothesis": "H1", "years": 1, "npv": 1e400}]}', 'observed[0].npv: must be a finite number (money), e.g. 9485'],
    ['years "5"', JSON.stringify({ observed: [{ ...row, years: '5' }] }), 'observed[0].years: must be a number of years, e.g. 5'],
    [
      'an unknown name',
      JSON.stringify({ observed: [row, { ...row, hypothesis: 'H9' }] }),
      'observed[1].hypothesis: "H9" is not in the file (names: baseline, H1, H2, H3, H4, H2+H4)',
    ],
    [
      'a repeated cell',
      JSON.stringify({ observed: [row, row] }),
      'observed[1]: repeats H1 (1-year horizon) (given at observed[0]): give each scenario and horizon once',
    ],
  ];
  for (const [name, content, line] of cases) {
    test(`${name}: compare and report exit 2 naming the observed file; nothing written`, () => {
      write('bad.json', content);
      for (const args of [
        ['compare', 'in.json'],
        ['report', 'in.json', '--out', 'r.html'],
      ]) {
        const result = run([...args, '--observed', 'bad.json']);
        expectRefused(result, line);
        expect(result.stderr).toMatch(/^email-npv: bad input in bad\.json\n/);
      }
      expect(files()).toEqual(['bad.json', 'in.json', 'o.json']);
    });
  }

  test('a cell at a horizon not compared, and a compared cell without observation, are warnings (exit 0)', () => {
    const result = run(['compare', 'in.json', '--observed', 'o.json', '--horizons', '1,2']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'warning: observed NPVs at a horizon the comparison does not run are not shown: baseline (3-year horizon) at observed[6], ',
    );
    expect(result.stderr).toContain(
      'warning: no observed NPV for: baseline (2-year horizon), H1 (2-year horizon), H2 (2-year horizon), H3 (2-year horizon), H4 (2-year horizon), H2+H4 (2-year horizon)\n',
    );
    expect(run(['compare', 'in.json', '--observed', 'o.json']).stderr).not.toContain('observed');
  });

  test('the API refuses the same rows: calibrate with "NaN", 1e400 and an unknown name', () => {
    const scenarios = JSON.parse(readFileSync(at('in.json'), 'utf8'));
    const unknowns = { churnPerEmail: { min: 0, max: 0.02 } };
    const problems = (observed: unknown) => inputErrorOf(() => calibrate({ scenarios, observed, unknowns } as Parameters<typeof calibrate>[0])).problems;
    expect(problems([{ ...row, npv: 'NaN' }])).toEqual([{ path: 'observed[0].npv', rule: 'must be a finite number (money), e.g. 9485' }]);
    expect(problems([{ ...row, npv: Infinity }])).toEqual([{ path: 'observed[0].npv', rule: 'must be a finite number (money), e.g. 9485' }]);
    expect(problems([{ ...row, hypothesis: 'H9' }])).toEqual([
      { path: 'observed[0].hypothesis', rule: '"H9" is not in the file (names: baseline, H1, H2, H3, H4, H2+H4)' },
    ]);
  });
});

describe("calibration's unknowns and the fatigue spec are parsed too", () => {
  const observed = [{ hypothesis: 'baseline', years: 1, npv: 9485 }];
  test('an unknown named __proto__ is refused (API and CLI)', () => {
    const scenarios = JSON.parse(readFileSync(at('in.json'), 'utf8'));
    const unknowns = JSON.parse('{"__proto__": {"min": 0, "max": 1}}');
    const line = `unknowns.__proto__: "__proto__" is not an input: name a field ("churnPerEmail") or a hypothesis' field ("H4.investment")`;
    expect(inputErrorOf(() => calibrate({ scenarios, observed, unknowns })).message).toBe(line);
    write('proto.json', '{"observed": [{"hypothesis": "baseline", "years": 1, "npv": 9485}], "unknowns": {"__proto__": {"min": 0, "max": 1}}}');
    expectRefused(run(['calibrate', 'in.json', '--observed', 'proto.json']), line);
  });

  test('openRate together with baseline.openRate name the same input: refused with both names', () => {
    const scenarios = JSON.parse(readFileSync(at('in.json'), 'utf8'));
    const unknowns = { openRate: { min: 0.1, max: 0.6 }, 'baseline.openRate': { min: 0.1, max: 0.6 } };
    const line = 'unknowns.baseline.openRate: names the same input as unknowns.openRate: give each input once';
    expect(inputErrorOf(() => calibrate({ scenarios, observed, unknowns })).message).toBe(line);
    write('same.json', { observed, unknowns });
    expectRefused(run(['calibrate', 'in.json', '--observed', 'same.json']), line);
  });

  test('a --fatigue file holding null or false is an error, not ignored (API and CLI)', () => {
    const input = JSON.parse(readFileSync(at('in.json'), 'utf8')).baseline;
    for (const fatigue of [null, false]) {
      expect(inputErrorOf(() => optimiseFrequency(input, { fatigue } as unknown as Parameters<typeof optimiseFrequency>[1])).problems[0]!.path).toBe('fatigue');
      write('fatigue.json', JSON.stringify(fatigue));
      const result = run(['optimise', 'in.json', '--fatigue', 'fatigue.json']);
      expectRefused(result, /^\(input\): must be \{ "model": "power"/);
      expect(result.stderr).toMatch(/^email-npv: bad input in fatigue\.json\n/);
    }
  });
});

describe('terminal safety', () => {
  test('email-npv … | head: the pipe closed early ends the command quietly, exit 0', async () => {
    const child = spawn(process.execPath, [cli, 'report', 'in.json', '--out', '-'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test('control characters of a user string never reach the terminal raw: output and error messages', () => {
    const file = JSON.parse(readFileSync(at('in.json'), 'utf8'));
    file.hypotheses['\u001b[31mred\u0007'] = file.hypotheses.H1;
    write('ctl.json', file);
    // eslint-disable-next-line no-control-regex -- finding raw control characters is the point
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    const table = run(['compare', 'ctl.json', '--horizons', '1']);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).not.toMatch(raw);
    expect(table.stdout).toContain('\\u001b[31mred\\u0007');
    const json = run(['compare', 'ctl.json', '--horizons', '1', '--format', 'json']);
    expect(json.stdout).toBe(`${JSON.stringify(JSON.parse(json.stdout), null, 2)}\n`); // JSON text as JSON.stringify writes it
    write('bad-name.json', { observed: [{ hypothesis: '\u001b]0;owned\u0007', years: 1, npv: 1 }] });
    const error = run(['compare', 'in.json', '--observed', 'bad-name.json']);
    expectRefused(error, /^observed\[0\]\.hypothesis: "\\u001b\]0;owned\\u0007" is not in the file/);
    expect(error.stderr).not.toMatch(raw);
    expect(existsSync(at('r.html'))).toBe(false);
  });
});
