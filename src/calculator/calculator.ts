/**
 * The arithmetic the model needs, as a small interface over a number type `T`
 * (the idea of dinero.js v2's calculator). The monthly model is written once against it;
 * {@link decimalCalculator} runs it on exact decimal.js values, {@link floatCalculator}
 * on plain `number`s for search and simulation.
 *
 * Every method is pure (it never changes its operands) and does not use `this`: the model
 * calls the methods as plain functions (`const { add, mul } = calc`).
 */
export interface Calculator<T> {
  /** Converts a JavaScript number (taken as its shortest decimal string, so 0.1 is 0.1) or a decimal string. */
  from(x: number | string): T;
  /** a + b. */
  add(a: T, b: T): T;
  /** a − b. */
  sub(a: T, b: T): T;
  /** a × b. */
  mul(a: T, b: T): T;
  /** a / b (b ≠ 0; the model never divides by a value that can be 0). */
  div(a: T, b: T): T;
  /** a^b for a > 0 (or a = 0 with b > 0), b any real. */
  pow(a: T, b: T): T;
  /** −1, 0 or 1 as a is less than, equal to or greater than b. */
  compare(a: T, b: T): -1 | 0 | 1;
  /** True when a is a finite number (not NaN, not ±Infinity). */
  isFinite(a: T): boolean;
  /** The nearest JavaScript number (for floats, a itself). */
  toNumber(a: T): number;
  readonly zero: T;
  readonly one: T;
}
