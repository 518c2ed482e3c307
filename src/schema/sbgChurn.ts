import type { Calculator } from '../calculator/calculator';

/**
 * The shifted-beta-geometric churn probability (Fader & Hardie 2007, eq. 5): the share of the
 * subscribers still there at the start of the k-th period of their tenure who leave at its end.
 *
 * ```
 * churn_k = α / (α + β + k − 1)          (fraction, k = 1, 2, …; α, β > 0)
 * ```
 * It falls with tenure: the subscribers most likely to leave leave first. A cohort's survival after
 * t periods is the product of (1 − churn_k) for k = 1…t, which equals B(α, β + t) / B(α, β).
 * The formula's one home: the schema's churn rule and the model's keep factors both call it.
 *
 * @param calc - the arithmetic (exact or float)
 * @param alpha - α > 0
 * @param beta - β > 0
 * @param period - k, the period of tenure (1 for the first)
 *
 * @example
 * sbgChurn(floatCalculator, 1, 3, 1) //=> 0.25
 * sbgChurn(floatCalculator, 1, 3, 2) //=> 0.2
 */
export function sbgChurn<T>(calc: Calculator<T>, alpha: number, beta: number, period: number): T {
  return sbgChurnOf(calc, alpha, beta)(period);
}

/**
 * {@link sbgChurn} for one α and β at many periods: `churn_k = α / ((α + β − 1) + k)`, its constant part
 * computed once (the keep factors of a cohort's tenure call it for every period).
 *
 * @example
 * const churn = sbgChurnOf(floatCalculator, 1, 3);
 * [churn(1), churn(2)] //=> [0.25, 0.2]
 */
export function sbgChurnOf<T>(calc: Calculator<T>, alpha: number, beta: number): (period: number) => T {
  const a = calc.from(alpha);
  const start = calc.sub(calc.add(a, calc.from(beta)), calc.one);
  return (period) => calc.div(a, calc.add(start, calc.from(period)));
}
