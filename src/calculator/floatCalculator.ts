import type { Calculator } from './calculator';

/**
 * The fast backend: IEEE-754 doubles (about 15–16 significant digits).
 * Use it where the model runs thousands of times (calibration, Monte Carlo, search).
 *
 * @example
 * floatCalculator.mul(floatCalculator.from(0.4), floatCalculator.from(0.1))
 * //=> 0.04000000000000001
 */
export const floatCalculator: Calculator<number> = {
  from: (x) => Number(x),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  pow: (a, b) => a ** b,
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  isFinite: (a) => Number.isFinite(a),
  toNumber: (a) => a,
  zero: 0,
  one: 1,
};
