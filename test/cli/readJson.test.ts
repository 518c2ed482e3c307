import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import { readJson } from '../../src/cli/readJson';

const folder = mkdtempSync(join(tmpdir(), 'email-npv-readJson-'));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('readJson', () => {
  test('reads and parses a JSON file, dropping a byte-order mark', () => {
    expect(readJson(file('plain.json', '{"subscribers": 1000}'))).toEqual({ subscribers: 1000 });
    expect(readJson(file('bom.json', '\uFEFF[1, 2]'))).toEqual([1, 2]);
  });

  test('refuses bad JSON and duplicate keys with an InputError naming the file', () => {
    const bad = file('bad.json', '{"a": 1,}');
    expect(() => readJson(bad)).toThrow(InputError);
    expect(() => readJson(bad)).toThrow(`in ${bad}:`);
    expect(() => readJson(file('twice.json', '{"a": 1, "a": 2}'))).toThrow(InputError);
  });

  test('a missing file is an InputError, not a crash', () => {
    expect(() => readJson(join(folder, 'missing.json'))).toThrow(InputError);
  });
});
