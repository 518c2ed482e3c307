import { addMonths, formatISO, parseISO } from 'date-fns';
import type { Calculator } from '../calculator/calculator';
import { InputError } from '../schema/inputError';
import type { ScenarioInput } from '../schema/scenarioInput';
import { compileSegments } from './compileSegments';
import { MAX_MONTHS } from './horizon';
import type { MonthRow } from './monthRow';

export interface RunModelOptions {
  /** Number of months to forecast (1-based months 1…months). */
  readonly months: number;
  /** Months at whose end the cumulative NPV is also reported (e.g. [12, 36, 60]); each within 1…months. */
  readonly checkpoints?: readonly number[];
  /** Keep a row per month (default false: the fast path allocates nothing per month). */
  readonly keepRows?: boolean;
}

export interface ModelRun<T> {
  /** NPV over the whole horizon: −investment + Σ net_m × DF_m (money at t = 0). */
  readonly npv: T;
  /** The cumulative NPV at each of `options.checkpoints`, in the same order. */
  readonly npvAtCheckpoints: readonly T[];
  /** One row per month when `keepRows`, else empty. */
  readonly rows: readonly MonthRow<T>[];
}

/**
 * The monthly model, written once over a {@link Calculator} so that the same equations
 * run on exact decimals and on floats. For month m = 1…M:
 *
 * ```
 * S_1        = subscribers
 * emails_m   = S_m × emailsPerMonth
 * orders_m   = emails_m × ordersPerEmail                                   (see compileSegments)
 * P_m        = (1 + inflationAnnual)^((m−1)/12)                              (price index, running product)
 * revenue_m  = orders_m × averageOrderValue × offEmailMultiplier [× P_m if pricesFollowInflation]
 * costs_m    = (budgetPerMonth + runningCostPerMonth + costPerThousandEmails × emails_m / 1000) × P_m
 * net_m      = revenue_m × grossMargin − costs_m                                              (money)
 * DF_m       = (1 + discountRateAnnual)^(−m/12)                              (running product)
 * NPV_M      = −investment + Σ_{m=1..M} net_m × DF_m                         (money at t = 0)
 * A_m        = newSubscribersPerMonth × (1 + newSubscribersGrowthMonthly)^(m−1)   (running product)
 * S_{m+1}    = S_m × keep + A_m
 * ```
 * A change from month k replaces the factors from month k on; the running products
 * (price index, discount factor, acquisition) carry on from their month-k values, except
 * that a change of `newSubscribersPerMonth` restarts acquisition at the new value.
 *
 * Pure: the input is not mutated. Throws an {@link InputError} when the numbers overflow
 * (only possible on the float path with extreme growth over long horizons).
 *
 * @example
 * runModel(floatCalculator, parseScenarioInput(input), { months: 60, checkpoints: [12, 36, 60] }).npvAtCheckpoints
 * //=> [9485.2, 48253.1, 97797.4]
 */
export function runModel<T>(calc: Calculator<T>, input: ScenarioInput, options: RunModelOptions): ModelRun<T> {
  const { months, checkpoints = [], keepRows = false } = options;
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw new InputError([{ path: 'months', rule: `must be a whole number of months from 1 to ${MAX_MONTHS}` }]);
  }
  const beyond = input.changes.findIndex((change) => change.fromMonth > months);
  if (beyond >= 0) {
    throw new InputError([{ path: `changes[${beyond}].fromMonth`, rule: `is month ${input.changes[beyond]!.fromMonth}, beyond the ${months}-month horizon` }]);
  }
  const segments = compileSegments(calc, input);
  const start = input.startDate === undefined ? undefined : parseISO(input.startDate);
  const npvAtCheckpoints: T[] = [];
  const rows: MonthRow<T>[] = [];
  let segmentIndex = 0;
  let seg = segments[0]!;
  let subscribers = calc.from(input.subscribers);
  let acquisition = seg.newSubscribersReset ?? calc.zero;
  let priceIndex = calc.one;
  let discountFactor = calc.one;
  let cumulative = calc.sub(calc.zero, calc.from(input.investment));
  let nextCheckpoint = 0;
  const sortedCheckpoints = [...checkpoints].map((month, order) => ({ month, order })).sort((a, b) => a.month - b.month);

  for (let month = 1; month <= months; month++) {
    const next = segments[segmentIndex + 1];
    if (next !== undefined && next.fromMonth === month) {
      seg = next;
      segmentIndex++;
      if (seg.newSubscribersReset !== undefined) acquisition = seg.newSubscribersReset;
    }
    const emails = calc.mul(subscribers, seg.emailsPerMonth);
    const orders = calc.mul(emails, seg.ordersPerEmail);
    const revenuePerOrder = seg.pricesFollowInflation ? calc.mul(seg.revenuePerOrder, priceIndex) : seg.revenuePerOrder;
    const revenue = calc.mul(orders, revenuePerOrder);
    const grossProfit = calc.mul(revenue, seg.grossMargin);
    const costs = calc.mul(calc.add(seg.fixedCosts, calc.mul(emails, seg.costPerEmail)), priceIndex);
    const net = calc.sub(grossProfit, costs);
    discountFactor = calc.mul(discountFactor, seg.discountMonthly);
    const presentValue = calc.mul(net, discountFactor);
    cumulative = calc.add(cumulative, presentValue);
    const kept = calc.mul(subscribers, seg.keep);
    if (keepRows) {
      rows.push({
        month,
        ...(start === undefined ? {} : { date: formatISO(addMonths(start, month - 1), { representation: 'date' }) }),
        subscribersStart: subscribers,
        subscribersLost: calc.sub(subscribers, kept),
        newSubscribers: acquisition,
        emailsSent: emails,
        orders,
        revenue,
        grossProfit,
        costs,
        netCashFlow: net,
        discountFactor,
        presentValue,
        cumulativeNpv: cumulative,
      });
    }
    while (nextCheckpoint < sortedCheckpoints.length && sortedCheckpoints[nextCheckpoint]!.month === month) {
      npvAtCheckpoints[sortedCheckpoints[nextCheckpoint]!.order] = cumulative;
      nextCheckpoint++;
    }
    subscribers = calc.add(kept, acquisition);
    acquisition = calc.mul(acquisition, seg.acquisitionGrowth);
    priceIndex = calc.mul(priceIndex, seg.inflationMonthly);
  }
  if (nextCheckpoint < sortedCheckpoints.length) {
    throw new InputError([{ path: 'checkpoints', rule: `must be months from 1 to the horizon (${months})` }]);
  }
  if (!calc.isFinite(cumulative) || !calc.isFinite(subscribers)) {
    throw new InputError([
      { path: 'horizon', rule: 'the forecast overflows the number range: lower newSubscribersGrowthMonthly, inflationAnnual or the horizon' },
    ]);
  }
  return { npv: cumulative, npvAtCheckpoints, rows };
}
