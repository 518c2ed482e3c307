import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import type { Calculator } from '../calculator/calculator';
import { floatCalculator } from '../calculator/floatCalculator';
import { InputError } from '../errors/inputError';
import type { ScenarioInput } from '../schema/scenarioInput';
import { type CompiledPeriod, compileCheckedPeriods } from './compilePeriods';
import { MAX_MONTHS } from '../schema/horizon';
import { calculatorArgument } from './calculatorArgument';
import { diagnoseModelInput, modelInputArgument } from './modelInputArgument';
import { requireArgument } from '../errors/argument';
import { isPlainObject } from '../json/isPlainObject';
import type { MonthRow } from './monthRow';
import { compilePopulation, isOneList, type PopulationPlan } from './compilePopulation';
import { runPopulation } from './runPopulation';

/** Options of {@link runModel}: the horizon, the months to report the NPV at, and whether to keep rows. */
export interface RunModelOptions {
  /** Number of months to forecast (1-based months 1…months). */
  readonly months: number;
  /** Months at whose end the cumulative NPV is also reported (e.g. [12, 36, 60]); each within 1…months. */
  readonly checkpoints?: readonly number[];
  /** Keep a row per month (default false: the fast path allocates nothing per month). */
  readonly keepRows?: boolean;
}

/** The result of {@link runModel}, in the calculator's number type. */
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
 * orders_m   = emails_m × ordersPerEmail                                   (see compilePeriods)
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
 * NPV_M is finance's `npv` of the flows [−investment, net_1 … net_M] at the monthly rate
 * `monthlyFactor`(discountRateAnnual) − 1, the same equation: DF_m = 1 / (1 + rate)^m. The month loop
 * keeps it as a running sum rather than calling `npv`, because the rate may change from month to month
 * (`changes`) and the loop allocates nothing per month; it multiplies by a running product of
 * 1 / monthlyFactor where `npv` divides by one of (1 + rate), so the two agree to the 40th digit, not bit
 * for bit.
 *
 * Pure: the input is not mutated. Checks its arguments once, at this entry (an InputError names a
 * missing or malformed `calc`, `input` or `options`); the month loop checks nothing. Throws an {@link InputError} when the NPV or the list overflows the
 * float range (extreme growth or inflation over long horizons), on either backend, so both accept the same inputs.
 *
 * @example
 * runModel(floatCalculator, parseScenarioInput(articleBaseline), { months: 60, checkpoints: [12, 36, 60] }).npvAtCheckpoints
 * //=> [9485.17, 48253.08, 97796.78]
 */
export function runModel<T>(calc: Calculator<T>, input: ScenarioInput, options: RunModelOptions): ModelRun<T> {
  calculatorArgument(calc);
  modelInputArgument(input);
  requireArgument('options', options, isPlainObject(options), 'an object { months, checkpoints?, keepRows? }, e.g. { months: 60 }');
  requireArgument(
    'options.checkpoints',
    options.checkpoints,
    options.checkpoints === undefined || Array.isArray(options.checkpoints),
    'a list of months, e.g. [12, 36, 60]',
  );
  return runCheckedModel(calc, input, options);
}

/**
 * {@link runModel} of `calc` and `input` already checked at a public entry (forecastNpv): the months
 * and checkpoints are still checked here, the calculator and the input's shape are not checked again.
 */
export function runCheckedModel<T>(calc: Calculator<T>, input: ScenarioInput, options: RunModelOptions): ModelRun<T> {
  return isOneList(input)
    ? runModelSpecialised(calc, input, options, compileCheckedPeriods(calc, input))
    : runModelSpecialised(calc, input, options, compilePopulation(calc, input));
}

/** What the month loop needs besides the inputs, and what it records. */
interface RunRecord<T> {
  /** The last month of each period (the last one: the horizon). */
  readonly lastMonths: readonly number[];
  /** The checkpoint months, each once, in ascending order, then 0 (no month is 0: it ends the list). */
  readonly checkpointMonths: readonly number[];
  /** The cumulative NPV at each of `checkpointMonths`, filled by the month loop. */
  readonly npvAtMonths: T[];
  /** Receives each month's values when rows are kept. */
  readonly onRow: MonthSink<T> | undefined;
  /** The list at the start of the month after the horizon, set by the month loop (for the overflow check). */
  listAfter?: T;
}

/** A receiver of one month's values (see {@link MonthRow}; `kept` is the list left after the month's losses). */
type MonthSink<T> = (month: number, ...values: [T, T, T, T, T, T, T, T, T, T, T, T]) => void;

/**
 * The body of {@link runModel}, made once with the float backend as a constant of this closure.
 * The month loop ({@link runMonths}) is one piece of code for every calculator: called with two
 * calculators, its calls `mul(a, b)` see two targets, which V8 compiles as slow generic calls that box
 * every float. Called here with `float`, known to the optimiser, the loop is inlined into this function
 * and `float`'s one-line operations become plain float arithmetic; any other calculator takes the
 * generic call. One model, the same results, at the speed of a hand-written float loop.
 */
function specialiseFor(float: Calculator<number>) {
  return function run<T>(
    calc: Calculator<T>,
    input: ScenarioInput,
    options: RunModelOptions,
    plan: readonly CompiledPeriod<T>[] | PopulationPlan<T>,
  ): ModelRun<T> {
    const periods = Array.isArray(plan) ? plan : (plan as PopulationPlan<T>).periods.map((period) => period.factors);
    const { months, checkpoints = [], keepRows = false } = options;
    if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
      throw new InputError([{ path: 'months', rule: `must be a whole number of months from 1 to ${MAX_MONTHS}` }]);
    }
    for (let index = 0; index < input.changes.length; index++) {
      const { fromMonth } = input.changes[index]!;
      if (fromMonth > months)
        throw new InputError([{ path: `changes[${index}].fromMonth`, rule: `is month ${fromMonth}, beyond the ${months}-month horizon` }]);
    }
    const lastMonths: number[] = [];
    for (let s = 1; s < periods.length; s++) lastMonths.push(periods[s]!.fromMonth - 1);
    lastMonths.push(months);
    // The checkpoint months, each once, ascending (insertion sort: they are few and usually sorted already).
    const checkpointMonths: number[] = [];
    for (const month of checkpoints) {
      if (!Number.isInteger(month) || month < 1 || month > months) {
        throw new InputError([{ path: 'checkpoints', rule: `must be months from 1 to the horizon (${months})` }]);
      }
      let at = checkpointMonths.length;
      while (at > 0 && checkpointMonths[at - 1]! > month) at--;
      if (at > 0 && checkpointMonths[at - 1] === month) continue;
      if (at === checkpointMonths.length) checkpointMonths.push(month);
      else checkpointMonths.splice(at, 0, month);
    }
    checkpointMonths.push(0);
    const rows: MonthRow<T>[] = [];
    const startDate = input.startDate === undefined ? undefined : parseISO(input.startDate);
    const record: RunRecord<T> = {
      lastMonths,
      checkpointMonths,
      npvAtMonths: [],
      // A new function for each run, so that V8 never inlines the row builder into the month loop, which must stay small.
      onRow: keepRows ? pushRow.bind(undefined, calc, rows, startDate) : undefined,
      listAfter: undefined,
    };
    const npv = !Array.isArray(plan)
      ? runPopulation(calc, input, plan as PopulationPlan<T>, {
          lastMonths,
          checkpointMonths,
          npvAtMonths: record.npvAtMonths,
          rows: keepRows ? rows : undefined,
          startDate,
          set listAfter(value: T) {
            record.listAfter = value;
          },
        })
      : calc === (float as unknown as Calculator<T>)
        ? (runMonths(float, input, periods as unknown as readonly CompiledPeriod<number>[], record as unknown as RunRecord<number>) as T)
        : runMonths(calc, input, periods, record);
    // Both backends reject the same inputs: a value beyond the float range (about 1.8e308) is an overflow
    // on the exact path too, where decimal.js would carry it on (toNumber gives ±Infinity there).
    if (!Number.isFinite(calc.toNumber(npv)) || !Number.isFinite(calc.toNumber(record.listAfter!))) {
      diagnoseModelInput(input); // a malformed value (a field left undefined) is named, not taken for an overflow
      throw new InputError([
        {
          path: 'horizon',
          rule: 'the forecast overflows the number range: lower newSubscribersGrowthMonthly or inflationAnnual, raise discountRateAnnual, or shorten the horizon',
        },
      ]);
    }
    // In the order asked for: as recorded when the checkpoints were ascending already (the usual case).
    let inOrder = checkpointMonths.length === checkpoints.length + 1;
    for (let place = 0; inOrder && place < checkpoints.length; place++) inOrder = checkpoints[place] === checkpointMonths[place];
    const npvAtCheckpoints = inOrder ? record.npvAtMonths : checkpoints.map((month) => record.npvAtMonths[checkpointMonths.indexOf(month)]!);
    return { npv, npvAtCheckpoints, rows };
  };
}

const runModelSpecialised = specialiseFor(floatCalculator);

/**
 * The month loop (the equations of {@link runModel}): months 1…M of `input` under `periods`, handing each
 * month's values to `record.onRow` when rows are kept and recording the cumulative NPV at the checkpoints;
 * returns the NPV. It must stay under V8's limit for inlining, 460 bytes of bytecode (`npm run bench` reports
 * it), or the float backend loses its speed: the row builder and the planning live outside it.
 */
function runMonths<T>(calc: Calculator<T>, input: ScenarioInput, periods: readonly CompiledPeriod<T>[], record: RunRecord<T>): T {
  const { add, sub, mul, from, zero, one } = calc;
  const { lastMonths, checkpointMonths, npvAtMonths, onRow } = record;
  let subscribers = from(input.subscribers);
  let cumulative = sub(zero, from(input.investment));
  let acquisition = zero;
  let priceIndex = one;
  let discountFactor = one;
  let checkpoint = 0;
  let month = 1;
  for (let s = 0; s < periods.length; s++) {
    const {
      emailsPerMonth,
      ordersPerEmail,
      pricesFollowInflation,
      revenuePerOrder,
      grossMargin,
      fixedCosts,
      costPerEmail,
      discountFactorMonthly,
      keep,
      acquisitionFactorMonthly,
      inflationFactorMonthly,
      newSubscribersReset,
    } = periods[s]!;
    if (newSubscribersReset !== undefined) acquisition = from(newSubscribersReset);
    for (const lastMonth = lastMonths[s]!; month <= lastMonth; month++) {
      const emails = mul(subscribers, emailsPerMonth);
      const orders = mul(emails, ordersPerEmail);
      const revenue = pricesFollowInflation ? mul(orders, mul(revenuePerOrder, priceIndex)) : mul(orders, revenuePerOrder);
      const grossProfit = mul(revenue, grossMargin);
      const costs = mul(add(fixedCosts, mul(emails, costPerEmail)), priceIndex);
      const net = sub(grossProfit, costs);
      discountFactor = mul(discountFactor, discountFactorMonthly);
      const presentValue = mul(net, discountFactor);
      cumulative = add(cumulative, presentValue);
      const kept = mul(subscribers, keep);
      onRow?.(month, subscribers, kept, acquisition, emails, orders, revenue, grossProfit, costs, net, discountFactor, presentValue, cumulative);
      if (month === checkpointMonths[checkpoint]) npvAtMonths[checkpoint++] = cumulative;
      subscribers = add(kept, acquisition);
      acquisition = mul(acquisition, acquisitionFactorMonthly);
      priceIndex = mul(priceIndex, inflationFactorMonthly);
    }
  }
  record.listAfter = subscribers;
  return cumulative;
}

/** Adds month `month`'s row to `rows`, dated when the input has a start date; the list loses `subscribersStart − kept` in the month. */
function pushRow<T>(
  calc: Calculator<T>,
  rows: MonthRow<T>[],
  startDate: Date | undefined,
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
): void {
  // Property by property, in MonthRow's order: a spread of the optional date into one literal costs 30 times as much.
  const row: { -readonly [K in keyof MonthRow<T>]?: MonthRow<T>[K] } =
    startDate === undefined ? { month } : { month, date: formatISO(addMonths(startDate, month - 1), { representation: 'date' }) };
  row.subscribersStart = subscribersStart;
  row.subscribersLost = calc.sub(subscribersStart, kept);
  row.newSubscribers = newSubscribers;
  row.emailsSent = emailsSent;
  row.orders = orders;
  row.revenue = revenue;
  row.grossProfit = grossProfit;
  row.costs = costs;
  row.netCashFlow = netCashFlow;
  row.discountFactor = discountFactor;
  row.presentValue = presentValue;
  row.cumulativeNpv = cumulativeNpv;
  rows.push(row as MonthRow<T>);
}
