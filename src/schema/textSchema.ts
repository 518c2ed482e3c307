import { z } from 'zod';

/**
 * The zod schema of a user-provided text option (a title, a label, a scenario name): any string of
 * at most `maxCharacters` characters. It is escaped where it is written, never trusted.
 *
 * @param maxCharacters - the longest text accepted
 * @returns the schema
 *
 * @example
 * import { parseWith } from './parseWith';
 * parseWith(textSchema(5), 'too long', ['title']) //=> throws InputError: 'title: must be at most 5 characters'
 */
export function textSchema(maxCharacters: number) {
  return z.string({ error: 'must be text' }).max(maxCharacters, { error: `must be at most ${maxCharacters} characters` });
}
