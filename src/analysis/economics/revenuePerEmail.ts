import type Decimal from 'decimal.js';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { compilePeriods } from '../../model/compilePeriods';
import { parseScenarioInput } from '../../schema/parseScenarioInput';

/**
 * Revenue per email sent, at the input's month-1 values and prices:
 *
 * ```
 * revenue per email = ordersPerEmail × averageOrderValue × offEmailMultiplier     (money per delivered email)
 * ordersPerEmail    = OR × CTOR × CR   (clickRateBasis "opens")  =  CTR × CR   (basis "delivered")
 * ```
 * Orders per email and revenue per order are read from the model's own factors
 * (`compilePeriods(…)[0]`), so the click-rate basis is handled in one place. Before gross margin and
 * costs; includes the off-email multiplier (sales the email drives elsewhere). For the realised
 * average over a forecast (changes, price inflation), see `subscriberEconomics`.
 *
 * @param input - a scenario input (validated here)
 * @returns money per email sent, exact
 * @throws {InputError} for bad input
 *
 * @example
 * revenuePerEmail({ subscribers: 1000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, conversionRate: 0.05,
 *   averageOrderValue: 100, discountRateAnnual: 0.1 }).toString()
 * //=> '0.2'
 */
export function revenuePerEmail(input: unknown): Decimal {
  const first = compilePeriods(decimalCalculator, parseScenarioInput(input))[0]!;
  return first.ordersPerEmail.times(first.revenuePerOrder);
}
