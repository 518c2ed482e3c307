import { readFileSync } from 'node:fs';
import { InputError } from '../schema/inputError';

/**
 * Reads and parses a JSON file (`-` for standard input); unreadable, empty or malformed files are input errors.
 * A leading byte-order mark (which some Windows editors write) is accepted and dropped.
 */
export function readJson(file: string, what = 'file'): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError([{ path: what, rule: `cannot be read: ${(error as Error).message}` }]);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new InputError([{ path: what, rule: 'is empty: expected JSON, e.g. { "baseline": { … }, "hypotheses": { … } }' }]);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([{ path: what, rule: `is not valid JSON: ${(error as Error).message}` }]);
  }
}
