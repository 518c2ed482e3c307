import type Decimal from 'decimal.js';
import { toExact, type Numeric } from '../../finance/numeric';
import { InputError, type InputProblem } from '../../errors/inputError';
import { requireArgument } from '../../errors/argument';
import { isPlainObject } from '../../json/isPlainObject';

/** What {@link steadyStateSubscriberValue} takes: the monthly value, loss share and discount rate. */
export interface SteadyStateSubscriberValueInput {
  /** v: gross profit one subscriber brings per month (money per subscriber per month). */
  readonly valuePerMonth: Numeric;
  /** c: share of the list lost per month, 1 − keep (fraction per month, 0…1). */
  readonly lossShareMonthly: Numeric;
  /** d: discount rate per month, (1 + discountRateAnnual)^(1/12) − 1 (fraction per month, above −1). */
  readonly discountRateMonthly: Numeric;
}

/**
 * The value of one subscriber over an infinite horizon of constant inputs, the steady-state form
 * quoted in CRM texts:
 *
 * ```
 * value = v / (c + d)                                            (money per subscriber)
 *       = Σ_{m=1..∞} v × keep^(m−1) × DF_m = v × DF₁ / (1 − keep × DF₁)
 * with keep = 1 − c, DF₁ = 1 / (1 + d), DF_m = DF₁^m
 * ```
 * The two lines are the same number: 1 / DF₁ − keep = (1 + d) − (1 − c) = c + d. So, with this
 * library's conventions (a subscriber present at month 1 receives month 1's emails; each month's cash is
 * discounted at the month's end), v / (c + d) is not an approximation of the infinite sum but its exact
 * value. It is an approximation of a *finite* horizon (the tail (keep × DF₁)^M is missing, small when
 * M × (c + d) is large) and of inputs that change over time (`changes`, prices that follow inflation),
 * for which `subscriberValue` runs the model instead.
 *
 * @param input - v, c and d (numbers, Decimals or numeric strings)
 * @returns the value as an exact `Decimal` (money at the start of month 1), or `null` when c + d ≤ 0:
 *   a subscriber who never leaves, valued at a zero (or negative) discount rate, is worth an unbounded sum
 * @throws {InputError} when a value is not a finite number, c is outside 0…1 or d ≤ −1
 *
 * @example
 * steadyStateSubscriberValue({ valuePerMonth: 2, lossShareMonthly: 0.03, discountRateMonthly: 0.01 }).toString()
 * //=> '50'
 */
export function steadyStateSubscriberValue(input: SteadyStateSubscriberValueInput): Decimal | null {
  requireArgument('input', input, isPlainObject(input), 'an object { valuePerMonth, lossShareMonthly, discountRateMonthly }');
  const v = toExact(input.valuePerMonth, 'valuePerMonth');
  const c = toExact(input.lossShareMonthly, 'lossShareMonthly');
  const d = toExact(input.discountRateMonthly, 'discountRateMonthly');
  const problems: InputProblem[] = [];
  if (c.lt(0) || c.gt(1)) problems.push({ path: 'lossShareMonthly', rule: 'must be a fraction from 0 to 1 (share of the list lost per month)' });
  if (d.lte(-1)) problems.push({ path: 'discountRateMonthly', rule: 'must be greater than -1 (−100 % per month)' });
  if (problems.length > 0) throw new InputError(problems);
  const denominator = c.plus(d);
  return denominator.lte(0) ? null : v.div(denominator);
}
