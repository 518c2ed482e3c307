import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FatigueSpec } from '../../src/analysis/frequency/fatigueSpec';
import { MAX_INPUT_BYTES, readInputFile } from '../../src/cli/readInputFile';
import { readJson } from '../../src/cli/readJson';
import { inputErrorOf } from '../model/support';

const dir = mkdtempSync(join(tmpdir(), 'email-npv-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readInputFile', () => {
  test('reads JSON; a leading byte-order mark is dropped; readJson is the same reader', () => {
    const path = file('bom.json', '\uFEFF{"a": [1, 2]}');
    expect(readInputFile(path)).toEqual({ a: [1, 2] });
    expect(readJson(path)).toEqual({ a: [1, 2] });
  });

  test('errors name the file and say what is wrong in plain words', () => {
    const missing = inputErrorOf(() => readInputFile(join(dir, 'missing.json'), '--observed'));
    expect(missing.file).toBe(join(dir, 'missing.json'));
    expect(missing.problems).toEqual([{ path: '--observed', rule: 'cannot be read (no such file)' }]);
    expect(inputErrorOf(() => readInputFile(dir)).problems).toEqual([{ path: 'file', rule: 'cannot be read (is a folder)' }]);
    expect(inputErrorOf(() => readInputFile(file('empty.json', ' \n'))).problems).toEqual([
      { path: 'file', rule: 'is empty: expected JSON, e.g. { "baseline": { … }, "hypotheses": { … } }' },
    ]);
    expect(inputErrorOf(() => readInputFile(file('latin1.json', Buffer.from([0x22, 0xe9, 0x22])))).problems).toEqual([
      { path: 'file', rule: 'is not UTF-8 text: save it as UTF-8 JSON' },
    ]);
  });

  test('a key twice, deep nesting and bad syntax are refused with their place', () => {
    const dup = inputErrorOf(() => readInputFile(file('dup.json', '{"baseline": {},\n "hypotheses": {"H1": {}, "H1": {}}}')));
    expect(dup.file).toBe(join(dir, 'dup.json'));
    expect(dup.problems).toEqual([{ path: 'hypotheses.H1', rule: 'appears twice in the same object (each key once) (line 2, column 27)' }]);
    expect(inputErrorOf(() => readInputFile(file('deep.json', '['.repeat(5000)))).problems).toEqual([
      { path: 'file', rule: 'nests deeper than 200 levels of objects and lists (line 1, column 201)' },
    ]);
    expect(inputErrorOf(() => readInputFile(file('comma.json', '[1,]'))).problems[0]!.rule).toMatch(/^is not valid JSON: .*\(line 1, column 4\)$/);
  });

  test(`a file over ${MAX_INPUT_BYTES / 1024 / 1024} MiB, or /dev/zero, is refused quickly`, () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: no disk used
    const started = performance.now();
    expect(inputErrorOf(() => readInputFile(big)).problems).toEqual([{ path: 'file', rule: 'is larger than 50 MiB: a scenario or observed file is a few kB' }]);
    expect(inputErrorOf(() => readInputFile('/dev/zero')).problems).toEqual([
      { path: 'file', rule: 'is larger than 50 MiB: a scenario or observed file is a few kB' },
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
    // exactly the limit is read (and then refused as JSON, being zeros)
    truncateSync(big, MAX_INPUT_BYTES);
    expect(inputErrorOf(() => readInputFile(big)).problems[0]!.rule).toMatch(/^is not valid JSON/);
  });

  test('with a schema, the data is checked and the problems name the file', () => {
    for (const content of ['null', 'false']) {
      const error = inputErrorOf(() => readInputFile(file('fatigue.json', content), '--fatigue', FatigueSpec));
      expect(error.file).toBe(join(dir, 'fatigue.json'));
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]!.rule).toMatch(/^must be \{ "model": "power"/);
    }
    expect(readInputFile(file('fatigue.json', '{"model": "power", "openRateElasticity": -0.3}'), '--fatigue', FatigueSpec)).toEqual({
      model: 'power',
      openRateElasticity: -0.3,
      clickRateElasticity: 0,
      churnPerEmailElasticity: 0,
    });
  });
});
