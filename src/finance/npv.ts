import type Decimal from 'decimal.js';
import { ExactDecimal } from '../calculator/decimalCalculator';
import { InputError } from '../errors/inputError';
import { toExact, type Numeric } from './numeric';
import { requireArgument } from '../errors/argument';

/**
 * Net present value of cash flows that are one period apart, with numpy-financial's
 * convention: `flows[0]` happens now (t = 0) and is not discounted.
 *
 * ```
 * NPV = Σ_{t=0}^{n−1} flows[t] / (1 + rate)^t
 * ```
 *
 * Units: `rate` is a fraction per period (0.01 = 1 % per month when the flows are monthly);
 * the flows and the result are money in the same currency; the result is valued at t = 0.
 *
 * Excel's `NPV` differs: it discounts its first value by one full period, so
 * `excelNpv(rate, flows) = npv(rate, flows) / (1 + rate)`.
 *
 * The arithmetic is exact decimal ({@link ExactDecimal}, 40 significant digits); the discount
 * factor is kept as a running product, so no power is computed per flow. No flows give 0.
 * The inputs are not modified.
 *
 * @param rate - discount rate per period, a fraction greater than −1.
 * @param flows - cash flows, `flows[t]` at the end of period t (`flows[0]` now).
 * @returns the net present value as a `Decimal`, in the flows' currency.
 * @throws {InputError} when `rate` ≤ −1 or a value is not a finite number.
 *
 * @example
 * npv(0.1, [-100, 60, 60.5]).toString()
 * //=> '4.54545454545454545454545454545454545455'
 */
export function npv(rate: Numeric, flows: readonly Numeric[]): Decimal {
  const r = toExact(rate, 'rate');
  if (r.lte(-1)) throw new InputError([{ path: 'rate', rule: 'must be greater than -1 (−100 % per period)' }]);
  requireArgument('flows', flows, Array.isArray(flows), 'a list of cash flows, e.g. [-100, 60, 60.5]');
  const growth = r.plus(1);
  let factor: Decimal = new ExactDecimal(1);
  let total: Decimal = new ExactDecimal(0);
  flows.forEach((flow, t) => {
    const amount = toExact(flow, `flows[${t}]`);
    if (t > 0) factor = factor.times(growth);
    total = total.plus(amount.div(factor));
  });
  return total;
}
