import type { z } from 'zod';
import { InputError } from '../errors/inputError';
import { problemsFromZod } from './problemsFromZod';

/**
 * Parses `data` with `schema`, returning the typed output or throwing an {@link InputError}
 * that lists every problem as `field: rule`, each path prefixed with `prefix`.
 *
 * @example
 * parseWith(Horizon, { years: 500 }, ['horizon'])
 * //=> throws InputError: 'horizon.years: must be at most 100 years'
 */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, prefix: readonly PropertyKey[] = []): z.output<S> {
  // Parsed plainly first: asking zod to keep each issue's input costs a third more on every good parse, and the
  // input is wanted only to word the problems of a bad one (the same schema on the same data fails the same way).
  const plain = schema.safeParse(data);
  if (plain.success) return plain.data;
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new InputError(problemsFromZod(result.error, prefix));
  return result.data;
}
