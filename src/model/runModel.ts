import { addMonths, formatISO, parseISO } from 'date-fns';
import type { Calculator } from '../calculator/calculator';
import { floatCalculator } from '../calculator/floatCalculator';
import { InputError } from '../schema/inputError';
import type { ScenarioInput } from '../schema/scenarioInput';
import { type CompiledSegment, compileSegments } from './compileSegments';
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
 * Pure: the input is not mutated. Throws an {@link InputError} when the NPV or the list overflows the
 * float range (extreme growth or inflation over long horizons), on either backend, so both accept the same inputs.
 *
 * @example
 * runModel(floatCalculator, parseScenarioInput(input), { months: 60, checkpoints: [12, 36, 60] }).npvAtCheckpoints
 * //=> [9485.2, 48253.1, 97797.4]
 */
export function runModel<T>(calc: Calculator<T>, input: ScenarioInput, options: RunModelOptions): ModelRun<T> {
  return runModelSpecialised(calc, input, options, compileSegments(calc, input));
}

/** What one run records besides its NPV, and where the month loop stands in recording it. */
interface RunRecord<T> {
  /** The checkpoint months in ascending order, then 0 (no month 0: ends the list). */
  readonly checkpointMonths: readonly number[];
  /** Where each of `checkpointMonths` goes in `npvAtCheckpoints` (its place in `options.checkpoints`). */
  readonly checkpointPlaces: readonly number[];
  /** Index in `checkpointMonths` of the next checkpoint to fill. */
  checkpoint: number;
  /** The first month to record: 1 when rows are kept, else the first checkpoint (0: none). */
  readonly firstRecorded: number;
  readonly npvAtCheckpoints: T[];
  /** Undefined unless rows are kept. */
  readonly rows: MonthRow<T>[] | undefined;
  readonly startDate: Date | undefined;
  /** The list at the start of the month after the horizon, set by the month loop (for the overflow check). */
  listAfter?: T;
}

/**
 * runModel's body, made once for the float backend. The month loop ({@link runMonths}) is one piece of
 * code for every calculator; called with two calculators, its calls `mul(…)` see two targets and V8
 * compiles them as slow generic calls that box every float. Here the loop is called with `float`, a
 * constant of this closure, so the optimiser inlines the loop and `float`'s one-line operations into plain
 * float arithmetic; every other calculator (decimals) takes the other call. Same code, same results.
 */
function specialiseFor(float: Calculator<number>) {
  return function run<T>(calc: Calculator<T>, input: ScenarioInput, options: RunModelOptions, segments: readonly CompiledSegment<T>[]): ModelRun<T> {
    const { months, checkpoints = [], keepRows = false } = options;
    if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
      throw new InputError([{ path: 'months', rule: `must be a whole number of months from 1 to ${MAX_MONTHS}` }]);
    }
    for (let index = 0; index < input.changes.length; index++) {
      const { fromMonth } = input.changes[index]!;
      if (fromMonth > months) throw new InputError([{ path: `changes[${index}].fromMonth`, rule: `is month ${fromMonth}, beyond the ${months}-month horizon` }]);
    }
    // The checkpoints in ascending order of month, with their places (insertion sort: they are few, usually sorted already).
    const checkpointMonths: number[] = [];
    const checkpointPlaces: number[] = [];
    for (let place = 0; place < checkpoints.length; place++) {
      const month = checkpoints[place]!;
      if (!Number.isInteger(month) || month < 1 || month > months) {
        throw new InputError([{ path: 'checkpoints', rule: `must be months from 1 to the horizon (${months})` }]);
      }
      let at = place;
      while (at > 0 && checkpointMonths[at - 1]! > month) at--;
      if (at === place) {
        checkpointMonths.push(month);
        checkpointPlaces.push(place);
      } else {
        checkpointMonths.splice(at, 0, month);
        checkpointPlaces.splice(at, 0, place);
      }
    }
    checkpointMonths.push(0);
    const record: RunRecord<T> = {
      checkpointMonths,
      checkpointPlaces,
      checkpoint: 0,
      firstRecorded: keepRows ? 1 : checkpointMonths[0]!,
      npvAtCheckpoints: [],
      rows: keepRows ? [] : undefined,
      startDate: input.startDate === undefined ? undefined : parseISO(input.startDate),
    };
    const npv =
      calc === (float as unknown as Calculator<T>)
        ? (runMonths(float, input, segments as unknown as readonly CompiledSegment<number>[], months, record as unknown as RunRecord<number>) as T)
        : runMonths(calc, input, segments, months, record);
    // Both backends reject the same inputs: a value beyond the float range (about 1.8e308) is an overflow
    // on the exact path too, where decimal.js would carry it on (toNumber gives ±Infinity there).
    if (!Number.isFinite(calc.toNumber(npv)) || !Number.isFinite(calc.toNumber(record.listAfter!))) {
      throw new InputError([
        {
          path: 'horizon',
          rule: 'the forecast overflows the number range: lower newSubscribersGrowthMonthly or inflationAnnual, raise discountRateAnnual, or shorten the horizon',
        },
      ]);
    }
    return { npv, npvAtCheckpoints: record.npvAtCheckpoints, rows: record.rows ?? [] };
  };
}

const runModelSpecialised = specialiseFor(floatCalculator);

/**
 * The month loop: months 1…`months` of `input` under `segments`; hands the months to record (every
 * month when rows are kept, else the checkpoints) to {@link recordMonth}; returns the NPV. Keep it under
 * V8's inlining limit of 460 bytes of bytecode (`node --print-bytecode --print-bytecode-filter=runMonths`),
 * or the float backend loses its speed.
 */
function runMonths<T>(calc: Calculator<T>, input: ScenarioInput, segments: readonly CompiledSegment<T>[], months: number, record: RunRecord<T>): T {
  const { add, sub, mul } = calc;
  let subscribers = calc.from(input.subscribers);
  let cumulative = sub(calc.zero, calc.from(input.investment));
  let acquisition = calc.zero;
  let priceIndex = calc.one;
  let discountFactor = calc.one;
  let nextRecord = record.firstRecorded;
  let month = 1;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    const { emailsPerMonth, ordersPerEmail, pricesFollowInflation, revenuePerOrder, grossMargin, fixedCosts, costPerEmail, discountMonthly, keep } = seg;
    const { acquisitionGrowth, inflationMonthly, newSubscribersReset } = seg;
    const lastMonth = s + 1 < segments.length ? segments[s + 1]!.fromMonth - 1 : months;
    if (newSubscribersReset !== undefined) acquisition = calc.from(newSubscribersReset);
    for (; month <= lastMonth; month++) {
      const emails = mul(subscribers, emailsPerMonth);
      const orders = mul(emails, ordersPerEmail);
      const revenue = pricesFollowInflation ? mul(orders, mul(revenuePerOrder, priceIndex)) : mul(orders, revenuePerOrder);
      const grossProfit = mul(revenue, grossMargin);
      const costs = mul(add(fixedCosts, mul(emails, costPerEmail)), priceIndex);
      const net = sub(grossProfit, costs);
      discountFactor = mul(discountFactor, discountMonthly);
      const presentValue = mul(net, discountFactor);
      cumulative = add(cumulative, presentValue);
      const kept = mul(subscribers, keep);
      if (month === nextRecord) {
        nextRecord = recordMonth(calc, record, month, subscribers, kept, acquisition, emails, orders, revenue, grossProfit, costs, net, discountFactor, presentValue, cumulative);
      }
      subscribers = add(kept, acquisition);
      acquisition = mul(acquisition, acquisitionGrowth);
      priceIndex = mul(priceIndex, inflationMonthly);
    }
  }
  record.listAfter = subscribers;
  return cumulative;
}

/**
 * Records month `month`: its row when rows are kept (dated when the input has a start date; the list
 * loses `subscribersStart − kept` in the month), and its cumulative NPV at each checkpoint in it.
 * Returns the next month to record (0 when there is none).
 */
function recordMonth<T>(
  calc: Calculator<T>,
  record: RunRecord<T>,
  month: number,
  subscribersStart: T,
  kept: T,
  newSubscribers: T,
  emailsSent: T,
  orders: T,
  revenue: T,
  grossProfit: T,
  costs: T,
  netCashFlow: T,
  discountFactor: T,
  presentValue: T,
  cumulativeNpv: T,
): number {
  const { rows, startDate, checkpointMonths } = record;
  rows?.push({
    month,
    ...(startDate === undefined ? {} : { date: formatISO(addMonths(startDate, month - 1), { representation: 'date' }) }),
    subscribersStart,
    subscribersLost: calc.sub(subscribersStart, kept),
    newSubscribers,
    emailsSent,
    orders,
    revenue,
    grossProfit,
    costs,
    netCashFlow,
    discountFactor,
    presentValue,
    cumulativeNpv,
  });
  while (checkpointMonths[record.checkpoint] === month) record.npvAtCheckpoints[record.checkpointPlaces[record.checkpoint++]!] = cumulativeNpv;
  return rows === undefined ? checkpointMonths[record.checkpoint]! : month + 1;
}
