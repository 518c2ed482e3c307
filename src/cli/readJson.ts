import { readFileSync } from 'node:fs';
import { InputError } from '../schema/inputError';

/** Reads and parses a JSON file (`-` for standard input); unreadable or malformed files are input errors. */
export function readJson(file: string, what = 'file'): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError([{ path: what, rule: `cannot be read: ${(error as Error).message}` }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([{ path: what, rule: `is not valid JSON: ${(error as Error).message}` }]);
  }
}
