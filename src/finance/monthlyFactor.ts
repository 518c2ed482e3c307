import type { Calculator } from '../calculator/calculator';

/**
 * The monthly factor of an annual effective rate: what one month compounds to, so that twelve
 * months compound to the year's.
 *
 * ```
 * monthlyFactor = (1 + annualRate)^(1/12)          (unitless; monthlyFactor^12 = 1 + annualRate)
 * ```
 * The one home of this equation: the model's monthly price-index growth is `monthlyFactor(inflationAnnual)`
 * and its monthly discount factor `1 / monthlyFactor(discountRateAnnual)`; the monthly rate is
 * `monthlyFactor − 1`. Written over a {@link Calculator}, so it runs on exact decimals (where the
 * 12th root is computed by Newton's method and correctly rounded to 40 digits, see `decimalCalculator`)
 * and on floats (`(1 + r) ** (1 / 12)`). `annualToMonthlyRate` gives the same rate on floats alone by
 * another route, `expm1(log1p(r) / 12)`, more accurate for small rates.
 *
 * @param calc - the backend
 * @param annualRate - the annual effective rate, a fraction above −1 (0.1 = 10 % a year); not checked here
 * @returns the factor, in the calculator's number type
 *
 * @example
 * monthlyFactor(decimalCalculator, 0.12682503013196977).toFixed(12) //=> '1.010000000000'
 * monthlyFactor(floatCalculator, 0) //=> 1
 */
export function monthlyFactor<T>(calc: Calculator<T>, annualRate: number): T {
  const { from, add, div, pow, one } = calc;
  return pow(add(one, from(annualRate)), div(one, from(12)));
}
