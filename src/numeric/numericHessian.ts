import { requireArgument } from '../errors/argument';

/**
 * The matrix of second derivatives of a function at a point, by central differences with a step
 * h_j = stepScale · max(1, |x_j|) per coordinate:
 *
 * ```
 * H_jj = (f(x + h_j e_j) − 2 f(x) + f(x − h_j e_j)) / h_j²
 * H_jk = (f(x + h_j e_j + h_k e_k) − f(x + h_j e_j − h_k e_k) − f(x − h_j e_j + h_k e_k) + f(x − h_j e_j − h_k e_k)) / (4 h_j h_k)
 * ```
 * Error of order h²; the default step (1e-4) balances it against rounding for smooth functions of order 1.
 *
 * @param f - a smooth function (any unit)
 * @param x - the point, finite numbers
 * @param stepScale - the relative step (default 1e-4)
 * @returns H, n × n and symmetric (f's unit per coordinate unit squared)
 *
 * @example
 * numericHessian(([x, y]) => x * x * y, [1, 2]).map((row) => row.map((v) => Math.round(v * 1e6) / 1e6)) //=> [[4, 2], [2, 0]]
 */
export function numericHessian(f: (x: readonly number[]) => number, x: readonly number[], stepScale = 1e-4): number[][] {
  requireArgument('f', f, typeof f === 'function', 'a function of a list of numbers');
  requireArgument('x', x, Array.isArray(x) && x.length > 0 && x.every(Number.isFinite), 'a non-empty list of finite numbers');
  requireArgument('stepScale', stepScale, Number.isFinite(stepScale) && stepScale > 0, 'a positive finite number');
  const h = x.map((v) => stepScale * Math.max(1, Math.abs(v)));
  /** f at x moved by a·h_j along j and b·h_k along k. */
  const at = (j: number, a: number, k: number, b: number) => f(x.map((v, i) => v + (i === j ? a * h[j]! : 0) + (i === k ? b * h[k]! : 0)));
  const centre = f(x);
  const hessian = x.map(() => new Array<number>(x.length).fill(0));
  for (let j = 0; j < x.length; j++) {
    hessian[j]![j] = (at(j, 1, j, 0) - 2 * centre + at(j, -1, j, 0)) / (h[j]! * h[j]!);
    for (let k = 0; k < j; k++) {
      const value = (at(j, 1, k, 1) - at(j, 1, k, -1) - at(j, -1, k, 1) + at(j, -1, k, -1)) / (4 * h[j]! * h[k]!);
      hessian[j]![k] = value;
      hessian[k]![j] = value;
    }
  }
  return hessian;
}
