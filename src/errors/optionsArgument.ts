import { isPlainObject } from '../json/isPlainObject';
import { requireArgument } from './argument';

/**
 * The options argument of a public function: `{}` when left out (undefined), the object itself
 * when it is a plain object; anything else (null, a number, a list, a Map) is refused with an
 * {@link InputError} naming the argument.
 *
 * @param value - the options as given
 * @param name - the argument's name (default `options`)
 *
 * @example
 * optionsArgument(undefined) //=> {}
 * optionsArgument(null)
 * //=> throws InputError: 'options: must be an object of options, e.g. {} (got null)'
 */
export function optionsArgument<T extends object>(value: T | undefined, name = 'options'): T {
  if (value === undefined) return {} as T;
  requireArgument(name, value, isPlainObject(value), 'an object of options, e.g. {}');
  return value;
}
