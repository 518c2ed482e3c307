import { InputError } from './inputError';

/** A short, finite description of a value for an error message: `null`, `5`, `"x"`, `a list`, `a Map`. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number that is not finite';
  if (typeof value === 'string') return value.length > 30 ? `"${value.slice(0, 30)}…"` : JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') {
    const prototype: unknown = Object.getPrototypeOf(value);
    const name = prototype === null || prototype === Object.prototype ? undefined : (prototype as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object';
  }
  return `a ${typeof value}`;
}

/**
 * Checks one argument of a public function: when `ok` is false, throws an {@link InputError}
 * naming the argument, `name: is required, <what>` when it is missing (undefined), else
 * `name: must be <what> (got <value>)`. For the entry of a public function, not for inner loops.
 *
 * @param name - the argument as the caller knows it, e.g. `monthsList` or `options.horizonsYears`
 * @param value - the argument as given
 * @param ok - whether it is acceptable
 * @param what - what it must be, e.g. `a list of horizons in months, e.g. [12, 36, 60]`
 *
 * @example
 * requireArgument('monthsList', undefined, false, 'a list of horizons in months, e.g. [12, 36, 60]')
 * //=> throws InputError: 'monthsList: is required, a list of horizons in months, e.g. [12, 36, 60]'
 * requireArgument('rate', 'x', false, 'a finite number')
 * //=> throws InputError: 'rate: must be a finite number (got "x")'
 */
export function requireArgument(name: string, value: unknown, ok: boolean, what: string): void {
  if (ok) return;
  const rule = value === undefined ? `is required, ${what}` : `must be ${what} (got ${describeValue(value)})`;
  throw new InputError([{ path: name, rule }]);
}
