import type Decimal from 'decimal.js';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { runModel } from '../../model/runModel';
import type { ChangeableFieldName } from '../../schema/fields';
import { parseScenarioInput } from '../../schema/parseScenarioInput';
import { withFieldValues } from '../../schema/withFieldValues';
import { type AnalysisHorizon, analysisMonths } from '../cashflow/analysisMonths';
import { steadyStateSubscriberValue } from './steadyStateSubscriberValue';
import type { ScenarioInputData } from '../../schema/scenarioInput';

/** `{ years }` or `{ months }`; 5 years when neither is given. */
export type SubscriberValueOptions = AnalysisHorizon;

/** The result of {@link subscriberValue}: the value of one subscriber, exact. */
export interface SubscriberValue {
  /** M: months valued. */
  readonly months: number;
  /** The value of one subscriber over M months: Σ_{m=1..M} keep^(m−1) × v_m × DF_m, by running the model (money at the start of month 1, exact). */
  readonly value: Decimal;
  /** v: gross profit one subscriber brings in month 1 (money per subscriber per month). */
  readonly grossProfitPerMonth: Decimal;
  /** c: share of the list lost in month 1, 1 − keep (fraction per month). */
  readonly lossShareMonthly: Decimal;
  /** d: discount rate per month, (1 + discountRateAnnual)^(1/12) − 1 (fraction per month), read from the model's month-1 discount factor as 1 / DF₁ − 1. */
  readonly discountRateMonthly: Decimal;
  /** v / (c + d): the value over an infinite horizon when the inputs stay as in month 1; null when c + d ≤ 0 (unbounded). */
  readonly steadyStateValue: Decimal | null;
  /** True when nothing that drives v, c or d changes over time (no such `changes`, no prices following inflation): then `value` tends to `steadyStateValue` as M grows. */
  readonly constantInputs: boolean;
}

/** Fields zeroed to isolate one subscriber's gross profit: the list, acquisition and every cost. */
const isolated = { subscribers: 1, newSubscribersPerMonth: 0, investment: 0, budgetPerMonth: 0, runningCostPerMonth: 0, costPerThousandEmails: 0 } as const;
const zeroedChangeable: readonly ChangeableFieldName[] = ['newSubscribersPerMonth', 'budgetPerMonth', 'runningCostPerMonth', 'costPerThousandEmails'];

/**
 * The value of one subscriber: the discounted gross profit a subscriber on the list at the start of
 * month 1 brings over the horizon, while they stay (metrics.md's LTV, per subscriber).
 *
 * ```
 * value_M = Σ_{m=1..M} keep^(m−1) × v_m × DF_m                          (model run, exact; money per subscriber)
 * v_m     = emailsPerMonth × ordersPerEmail × AOV × offEmailMultiplier × grossMargin   (× price index if prices follow inflation)
 * DF_m    = (1 + discountRateAnnual)^(−m/12)
 * steady state (inputs constant, M → ∞):  value_∞ = v / (c + d) = v × DF₁ / (1 − keep × DF₁)
 *   c = 1 − keep (monthly loss share), d = (1 + discountRateAnnual)^(1/12) − 1
 * ```
 * d is not computed again here: it is read from the model's month-1 discount factor (d = 1 / DF₁ − 1,
 * with DF₁ = 1 / `monthlyFactor`(discountRateAnnual)), so it follows a change of the rate from month 1.
 * `value` is computed by running the model itself (one subscriber, no acquisition, no investment, no
 * costs), so `changes`, compound churn and price inflation are all honoured. `steadyStateValue` is the
 * closed form of {@link steadyStateSubscriberValue} on month 1's v, c and d: exactly the infinite-horizon
 * sum when `constantInputs`, and close to `value` once (keep × DF₁)^M is small (long horizons).
 * Costs are left out: it is the gross profit a subscriber is worth, e.g. to compare with what acquiring
 * one costs (CAC).
 *
 * @param input - a scenario input (validated here)
 * @param options - `{ years }` or `{ months }` (default 5 years)
 * @returns the model-run value, the closed form and the v, c, d behind it
 * @throws {InputError} for bad input or horizon
 *
 * @example
 * subscriberValue({ subscribers: 4000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, conversionRate: 0.05,
 *   averageOrderValue: 100, churnPerMonth: 0.02, discountRateAnnual: 0 }, { months: 1200 }).steadyStateValue.toString()
 * //=> '20'   (v = 2 × 0.002 × 100 = 0.4 a month, c = 0.02, d = 0: 0.4 / 0.02)
 */
export function subscriberValue(input: ScenarioInputData, options: SubscriberValueOptions = {}): SubscriberValue {
  const parsed = parseScenarioInput(input);
  const months = analysisMonths(options, 5);
  const changes = parsed.changes.map((change) => ({
    ...change,
    set: Object.fromEntries(Object.entries(change.set).filter(([field]) => !(zeroedChangeable as readonly string[]).includes(field))),
  }));
  const one = withFieldValues({ ...parsed, changes }, isolated);
  const run = runModel(decimalCalculator, one, { months, keepRows: true });
  const first = run.rows[0]!;
  const grossProfitPerMonth = first.grossProfit;
  const lossShareMonthly = first.subscribersLost;
  const discountRateMonthly = decimalCalculator.sub(decimalCalculator.div(decimalCalculator.one, first.discountFactor), decimalCalculator.one);
  return {
    months,
    value: run.npv,
    grossProfitPerMonth,
    lossShareMonthly,
    discountRateMonthly,
    steadyStateValue: steadyStateSubscriberValue({ valuePerMonth: grossProfitPerMonth, lossShareMonthly, discountRateMonthly }),
    constantInputs: changes.every((c) => Object.keys(c.set).length === 0) && !(parsed.pricesFollowInflation && parsed.inflationAnnual !== 0),
  };
}
