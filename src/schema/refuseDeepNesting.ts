import { MAX_NESTING_DEPTH, nestsDeeperThan } from '../json/nestingDepth';
import { InputError } from '../errors/inputError';

/**
 * Throws an InputError when `data` nests objects and lists deeper than {@link MAX_NESTING_DEPTH} (200)
 * levels: the library's parse entry points call it before any walk that recurses, so data nested
 * thousands deep (or holding a cycle) is bad input, not a stack overflow.
 *
 * @throws {InputError} `(input): nests deeper than 200 levels of objects and lists`
 *
 * @example
 * let deep: unknown = 0;
 * for (let i = 0; i < 2000; i++) deep = [deep];
 * refuseDeepNesting({ baseline: { changes: deep } }) //=> throws InputError
 */
export function refuseDeepNesting(data: unknown): void {
  if (nestsDeeperThan(data, MAX_NESTING_DEPTH))
    throw new InputError([{ path: '', rule: `nests deeper than ${MAX_NESTING_DEPTH} levels of objects and lists` }]);
}
