import type { Calculator } from '../calculator/calculator';

/**
 * The share of the list lost in one month under additive churn.
 *
 * ```
 * loss = churnPerMonth + churnPerEmail × emailsPerMonth      (fraction of the list per month)
 * ```
 * With retention by tenure, `churn` is the month's retention churn in place of `churnPerMonth`
 * (the share of a cohort that leaves at the end of a period of its tenure, `sbgChurn`).
 * The additive model keeps `1 − loss` of the list each month, so a `loss` above 1 is
 * rejected by the schema. This is the equation's one home: the schema's rule (`crossFieldProblems`),
 * the model's keep factor (`compilePeriods`) and the simulation's screen of drawn values all call it.
 * It lives in `schema/`, the lowest layer that needs it (the model and the analyses sit above it), and
 * not in `finance/`, which knows nothing of email.
 *
 * @param calc - the arithmetic (exact or float)
 * @param values - the churns and the emails per month in force
 * @param churn - the churn that does not depend on sends (default `churnPerMonth`)
 *
 * @example
 * monthlyLossShare(floatCalculator, { churnPerMonth: 0.01, churnPerEmail: 0.005, emailsPerMonth: 2 })
 * //=> 0.02
 */
export function monthlyLossShare<T>(
  calc: Calculator<T>,
  values: { readonly churnPerMonth?: number; readonly churnPerEmail: number; readonly emailsPerMonth: number },
  churn: T = calc.from(values.churnPerMonth ?? 0),
): T {
  return calc.add(churn, calc.mul(calc.from(values.churnPerEmail), calc.from(values.emailsPerMonth)));
}
