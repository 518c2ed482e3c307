import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { forecast } from '../../../src/model/forecast';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';
import { expectBadInput, run } from './support';

const folder = mkdtempSync(join(tmpdir(), 'email-npv-batch-'));
const at = (name: string) => join(folder, name);
const readJsonFile = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const article = readJsonFile('examples/moller-article.json');
const uncertain = readJsonFile('examples/moller-uncertain.json');
const baseline = article.baseline as Record<string, number | string>;
const uncertainBaseline = (uncertain as { baseline: Record<string, unknown> }).baseline;

/** n lines: inputs with ids, a scenario file (plain or uncertain) now and then, and bad lines. */
function lines(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    if (i % 97 === 13) return '{"id": "broken", ';
    if (i % 89 === 21) return JSON.stringify({ id: `bad ${i}`, ...baseline, openRate: 40 });
    if (i % 61 === 5) return JSON.stringify({ id: `file ${i}`, ...(i % 2 === 0 ? article : uncertain) });
    if (i % 7 === 3) return JSON.stringify({ id: `u${i}`, ...uncertainBaseline });
    return JSON.stringify({ id: `l${i}`, ...baseline, subscribers: 1000 + i * 3 });
  });
}
const small = at('small.ndjson');
writeFileSync(small, `${lines(300).join('\n')}\n`);
const outLines = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n');

describe('email-npv batch', () => {
  test('one output line per input line, in order, ids kept, bad lines reported without stopping; exit 2 and a summary on stderr', () => {
    const out = run(['batch', small, '--out', at('a.ndjson'), '--workers', '2', '--horizons', '1,5']);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    const results = outLines(at('a.ndjson')).map((l) => JSON.parse(l) as { line: number; id?: string; npv?: Record<string, unknown>; error?: string[] });
    expect(results.map((r) => r.line)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    const input = lines(300);
    results.forEach((r, i) => {
      if (input[i]!.startsWith('{"id": "broken"')) expect(r.error![0]).toMatch(/^\(line\): is not valid JSON/);
      else expect(r.id).toBe((JSON.parse(input[i]!) as { id: string }).id);
    });
    const failed = results.filter((r) => r.error !== undefined);
    expect(failed.map((r) => r.line)).toEqual(results.filter((_, i) => i % 97 === 13 || i % 89 === 21).map((r) => r.line));
    expect(failed.find((r) => r.id?.startsWith('bad'))!.error).toEqual([
      'openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
    ]);
    expect(out.stderr).toMatch(new RegExp(`^batch: 300 lines, ${failed.length} failed, \\d+\\.\\d s\\n$`));
    expect(existsSync(at('a.ndjson.partial'))).toBe(false);
  });

  test('NPVs agree with the exact path to 1e-9 relative; --exact gives its decimal text', () => {
    const line = JSON.stringify({ id: 'x', ...baseline });
    const fileLine = JSON.stringify(article);
    const fast = run(['batch', '-', '--horizons', '1,5', '--quiet'], `${line}\n${fileLine}\n`);
    const exact = run(['batch', '-', '--horizons', '1,5', '--exact', '--quiet'], `${line}\n${fileLine}\n`);
    expect([fast.status, exact.status, fast.stderr]).toEqual([0, 0, '']);
    const [f, g] = fast.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { npv: Record<string, unknown> });
    const [e, h] = exact.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { npv: Record<string, unknown>; winner: unknown });
    for (const years of [1, 5]) {
      const oracle = forecast(baseline as never, { years }).npv;
      expect(e!.npv[String(years)]).toBe(oracle.toString());
      expect(Math.abs((f!.npv[String(years)] as number) - oracle.toNumber()) / Math.abs(oracle.toNumber())).toBeLessThan(1e-9);
    }
    const comparison = compareScenarios(article as never, { horizonsYears: [1, 5] });
    expect(h!.npv['5']).toEqual(Object.fromEntries(comparison.horizons[1]!.results.map((r) => [r.name, r.npv.toString()])));
    expect(h!.winner).toEqual({ '1': comparison.horizons[0]!.winner, '5': comparison.horizons[1]!.winner });
    expect(Object.keys(g!.npv['5'] as object)).toEqual(comparison.horizons[1]!.results.map((r) => r.name));
  });

  test('the same bytes for 1, 2 and 3 workers and on the main thread, Monte Carlo included', () => {
    const some = at('some.ndjson');
    writeFileSync(some, `${lines(130).join('\n')}\n`);
    const outputs = ['0', '1', '2', '3'].map((workers) => {
      const out = run(['batch', some, '--out', at(`w${workers}.ndjson`), '--workers', workers, '--draws', '30', '--seed', '9', '--horizons', '5', '--quiet']);
      expect(out.status).toBe(2);
      return readFileSync(at(`w${workers}.ndjson`), 'utf8');
    });
    expect(new Set(outputs).size).toBe(1);
    const drawn = outputs[0]!.split('\n').filter((l) => l.includes('"p50"'));
    expect(drawn.length).toBeGreaterThan(15); // every line that is not broken, files included
  });

  test('shards k/n (k from 0) concatenated and sorted by line are the whole result', () => {
    const whole = run(['batch', small, '--format', 'csv', '--quiet', '--workers', '1']).stdout;
    const shards = [0, 1, 2].map((k) => run(['batch', small, '--format', 'csv', '--quiet', '--workers', '1', '--shard', `${k}/3`]).stdout);
    const body = (csv: string) => csv.trimEnd().split('\n').slice(1);
    for (const [k, shard] of shards.entries()) expect(body(shard).every((row) => Number(row.split(',')[0]) % 3 === k)).toBe(true);
    const merged = shards.flatMap(body).sort((a, b) => Number(a.split(',')[0]) - Number(b.split(',')[0]));
    expect(merged).toEqual(body(whole));
  });

  test('CSV and NDJSON inputs of the same scenarios give the same results', () => {
    const rows = [
      { id: 'a', ...baseline },
      { id: 'b', ...baseline, churnModel: 'compound', subscribers: 5000 },
      { id: 'c', ...baseline, openRate: 7 },
    ];
    const header = Object.keys(rows[0]!);
    const csv = `${header.join(',')}\n${rows.map((r) => header.map((k) => String((r as Record<string, unknown>)[k])).join(',')).join('\n')}\n`;
    writeFileSync(at('in.csv'), csv);
    // The CSV's header is its line 1: the NDJSON starts with a blank line so that the numbers match.
    writeFileSync(at('in.ndjson'), `\n${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const fromCsv = run(['batch', at('in.csv'), '--quiet']);
    const fromJson = run(['batch', at('in.ndjson'), '--quiet']);
    expect(fromCsv.status).toBe(2);
    expect(fromCsv.stdout).toBe(fromJson.stdout);
    expect(fromCsv.stdout.split('\n')[0]).toMatch(/^\{"line":2,"id":"a","npv":\{"1":/);
  });

  test('killed mid-run (SIGKILL), then --resume: exactly the lines of an uninterrupted run', async () => {
    const big = at('big.ndjson');
    writeFileSync(big, `${Array.from({ length: 20 }, () => lines(1000).join('\n')).join('\n')}\n`);
    const args = (out: string) => ['dist/cli.js', 'batch', big, '--out', out, '--workers', '2', '--quiet', '--horizons', '1,3,5,10'];
    const full = run(args(at('full.ndjson')).slice(1));
    expect(full.status).toBe(2);
    const out = at('killed.ndjson');
    const child = spawn(process.execPath, args(out), { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Killed once some lines are written, long before the end.
    for (let waited = 0; waited < 30_000; waited += 20) {
      if (existsSync(`${out}.partial`) && statSync(`${out}.partial`).size > 100_000) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(out)).toBe(false);
    const kept = readFileSync(`${out}.partial`, 'utf8');
    expect(kept.length).toBeLessThan(readFileSync(at('full.ndjson'), 'utf8').length);
    // Whatever the kill left, a half-written last line is repaired too.
    appendFileSync(`${out}.partial`, '{"line":999999,"np');
    expectBadInput(['batch', big, '--out', out], `--out: an interrupted run left ${out}.partial: continue it with --resume, or delete it`);
    const resumed = spawnSync(process.execPath, [...args(out), '--resume'], { encoding: 'utf8' });
    expect(resumed.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(at('full.ndjson'), 'utf8'));
  }, 60_000);

  test('CSV output: --resume after a cut in the middle of a scenario file’s rows gives the whole output', () => {
    const full = at('full.csv');
    expect(run(['batch', small, '--out', full, '--format', 'csv', '--quiet', '--workers', '1']).status).toBe(2);
    const whole = readFileSync(full, 'utf8');
    // Cut inside the rows of the first scenario file (line 6), in the middle of a row.
    const cut = whole.indexOf('\n6,file 5,3,H2,') + 9;
    const out = at('cut.csv');
    writeFileSync(`${out}.partial`, whole.slice(0, cut));
    const resumed = run(['batch', small, '--out', out, '--format', 'csv', '--resume', '--workers', '1']);
    expect(resumed.status).toBe(2);
    expect(resumed.stderr).toMatch(/\(resumed after line 5\)/);
    expect(readFileSync(out, 'utf8')).toBe(whole);
  });

  test('refuses options it cannot honour, before any work', () => {
    expectBadInput(['batch', small, '--shard', '3/3'], '--shard: must be k/n with 0 ≤ k < n');
    expectBadInput(['batch', small, '--resume'], '--resume: needs --out FILE');
    expectBadInput(['batch', small, '--seed', '4'], '--seed: seeds the draws: give --draws too');
    expectBadInput(['batch', small, '--workers', '-1'], '--workers: must be a whole number from 0 to 256');
    expectBadInput(['batch', small, '--horizons', '0'], '--horizons[0]: must be more than 0 years');
    expectBadInput(['batch', at('none.ndjson')], 'file: cannot be read (no such file)');
    expectBadInput(['batch', small, '--out', small], `--out: is the input file ${small}: write to another file`);
  });

  test('a CSV that is not a table stops the batch as bad input naming the row; the partial output stays for --resume', () => {
    writeFileSync(at('bad.csv'), `${Object.keys(baseline).join(',')}\n${Object.values(baseline).join(',')}\n1,2,3\n`);
    const out = at('bad-csv.ndjson');
    expectBadInput(['batch', at('bad.csv'), '--out', out, '--workers', '1'], `row 3: has 3 cells where the header has ${Object.keys(baseline).length}`);
    expect(readFileSync(`${out}.partial`, 'utf8')).toMatch(/^(\{"line":2,"npv":\{.*\}\}\n)?$/);
  });

  test('--help: the usage and the options', () => {
    const out = run(['batch', '--help']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Usage:\n  email-npv batch <file|->');
    for (const option of ['--out', '--workers', '--resume', '--shard k/n', '--draws', '--seed', '--exact', '--quiet']) expect(out.stdout).toContain(option);
  });
});
