import type { Calculator } from '../calculator/calculator';
import { decimalCalculator } from '../calculator/decimalCalculator';
import { floatCalculator } from '../calculator/floatCalculator';
import { requireArgument } from '../errors/argument';

const operations = ['from', 'add', 'sub', 'mul', 'div', 'pow', 'compare', 'isFinite', 'toNumber'] as const;

/**
 * Checks the calculator argument of a model function: an object with every operation of
 * {@link Calculator} as a function, such as `floatCalculator` or `decimalCalculator`;
 * anything else is refused with an InputError naming the argument.
 *
 * @example
 * calculatorArgument(floatCalculator) // passes
 * calculatorArgument(null)
 * //=> throws InputError: 'calc: must be a calculator: floatCalculator or decimalCalculator (got null)'
 */
export function calculatorArgument(calc: unknown, name = 'calc'): asserts calc is Calculator<unknown> {
  if (calc === floatCalculator || calc === decimalCalculator) return;
  const ok = typeof calc === 'object' && calc !== null && operations.every((op) => typeof (calc as Record<string, unknown>)[op] === 'function');
  requireArgument(name, calc, ok, 'a calculator: floatCalculator or decimalCalculator');
}
