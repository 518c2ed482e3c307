import type { Calculator } from '../calculator/calculator';
import { floatCalculator } from '../calculator/floatCalculator';
import { inputPeriods } from '../schema/inputPeriods';
import { calculatorArgument } from './calculatorArgument';
import { modelInputArgument } from './modelInputArgument';
import { monthlyLossShare } from '../schema/monthlyLossShare';
import { monthlyFactor } from '../finance/monthlyFactor';
import type { ScenarioInput } from '../schema/scenarioInput';

/** The per-month factors of a run of months with constant inputs, in the calculator's number type. */
export interface CompiledPeriod<T> {
  readonly fromMonth: number;
  /** keep: share of the list still subscribed after one month (additive 1 − c − DR·e, compound (1 − c)(1 − DR)^e). */
  readonly keep: T;
  /** 1 − keep: share lost in one month. */
  readonly loss: T;
  /** e: emails per subscriber per month. */
  readonly emailsPerMonth: T;
  /** Orders per email: OR × CTOR × CR (basis "opens") or CTR × CR (basis "delivered"). */
  readonly ordersPerEmail: T;
  /** Revenue per order at month-1 prices: AOV × offEmailMultiplier (money). */
  readonly revenuePerOrder: T;
  readonly grossMargin: T;
  /** Fixed costs at month-1 prices: budgetPerMonth + runningCostPerMonth (money per month). */
  readonly fixedCosts: T;
  /** costPerThousandEmails / 1000 (money per email). */
  readonly costPerEmail: T;
  /** (1 + inflationAnnual)^(1/12): monthly growth of the price index (`monthlyFactor`). */
  readonly inflationFactorMonthly: T;
  readonly pricesFollowInflation: boolean;
  /** (1 + discountRateAnnual)^(−1/12): one month's discount factor (1 / `monthlyFactor`). */
  readonly discountFactorMonthly: T;
  /** 1 + newSubscribersGrowthMonthly. */
  readonly acquisitionFactorMonthly: T;
  /** Pn (people per month, as given) from this period's first month when this period sets it (or is the first), else undefined: acquisition carries on. */
  readonly newSubscribersReset: number | undefined;
}

/**
 * Turns an input into runs of months with constant factors (see {@link inputPeriods}),
 * computing each factor once per run so the monthly loop needs no powers.
 *
 * ```
 * keep            = 1 − (churnPerMonth + churnPerEmail × emailsPerMonth)        (additive)
 *                 = (1 − churnPerMonth) × (1 − churnPerEmail)^emailsPerMonth     (compound)
 * ordersPerEmail  = openRate × clickRate × conversionRate                      (clickRateBasis "opens", CTOR)
 *                 = clickRate × conversionRate                                 (clickRateBasis "delivered", CTR)
 * inflationFactorMonthly = (1 + inflationAnnual)^(1/12)                      (monthlyFactor)
 * discountFactorMonthly  = (1 + discountRateAnnual)^(−1/12)                   (1 / monthlyFactor)
 * ```
 * The churn share lost is the schema's `monthlyLossShare` (the rule it validates), the 12th roots are
 * finance's `monthlyFactor`: each equation has one home.
 * A missing or malformed `calc` or `input` is refused with an InputError naming it.
 */
export function compilePeriods<T>(calc: Calculator<T>, input: ScenarioInput): CompiledPeriod<T>[] {
  calculatorArgument(calc);
  modelInputArgument(input);
  return compileCheckedPeriods(calc, input);
}

/**
 * {@link compilePeriods} of arguments already checked at a public entry (runModel, forecastNpv):
 * the model's own calls check nothing twice.
 */
export const compileCheckedPeriods: <T>(calc: Calculator<T>, input: ScenarioInput) => CompiledPeriod<T>[] = specialiseFor(floatCalculator);

/**
 * {@link compilePeriods}, made once with the float backend as a constant of this closure (as the month
 * loop is, see runModel): called with `float`, {@link compilePeriod} is inlined and its one-line float
 * operations become plain arithmetic, where a call seen with two calculators boxes every float.
 */
function specialiseFor(float: Calculator<number>) {
  return function compile<T>(calc: Calculator<T>, input: ScenarioInput): CompiledPeriod<T>[] {
    // Without changes the input itself is the one run of months (inputPeriods would copy it).
    if (input.changes.length === 0) {
      return [
        calc === (float as unknown as Calculator<T>)
          ? (compilePeriod(float, input, 1, true) as unknown as CompiledPeriod<T>)
          : compilePeriod(calc, input, 1, true),
      ];
    }
    return inputPeriods(input).map((period, index) =>
      compilePeriod(calc, period.values, period.fromMonth, index === 0 || period.changedFields.includes('newSubscribersPerMonth')),
    );
  };
}

/**
 * The factors of one set of values in force (a scenario's, or a segment's with the scenario's around it),
 * from month 1: {@link compilePeriods}' formulas, for the population engine.
 *
 * @example
 * compileValues(floatCalculator, parseScenarioInput(articleBaseline)).ordersPerEmail //=> 0.0020000000000000005
 */
export function compileValues<T>(calc: Calculator<T>, values: Omit<ScenarioInput, 'changes'>): CompiledPeriod<T> {
  return compilePeriod(calc, values, 1, true);
}

/**
 * The share of a list (or of a cohort) kept after one month whose churn not due to sends is `churn`:
 *
 * ```
 * keep = 1 − (churn + churnPerEmail × emailsPerMonth)              (additive, see monthlyLossShare)
 *      = (1 − churn) × (1 − churnPerEmail)^emailsPerMonth           (compound)
 * ```
 * `sending` is the part due to sends ({@link sendingFactor}), given when it is already computed.
 * `churn` is `churnPerMonth`, or with retention by tenure the retention churn of the month (`sbgChurn`
 * when a period of the cohort's tenure ends, else 0).
 *
 * @example
 * keepFactor(floatCalculator, { churnModel: 'compound', churnPerEmail: 0.5, emailsPerMonth: 2 }, 0.2) //=> 0.2
 */
export function keepFactor<T>(calc: Calculator<T>, v: SendingValues, churn: T, sending: T = sendingFactor(calc, v)): T {
  const { add, sub, mul, one } = calc;
  return v.churnModel === 'additive' ? sub(one, add(churn, sending)) : mul(sub(one, churn), sending);
}

/** The values {@link keepFactor} reads: how churns combine, the per-email churn and the emails a month. */
export interface SendingValues {
  readonly churnModel: 'additive' | 'compound';
  readonly churnPerEmail: number;
  readonly emailsPerMonth: number;
}

/**
 * The part of {@link keepFactor} due to sends, the same every month of a run: under additive churn the share
 * lost to sends, `churnPerEmail × emailsPerMonth` (`monthlyLossShare` with no other churn); under compound
 * churn the share kept through them, `(1 − churnPerEmail)^emailsPerMonth`. Computed once where many keep
 * factors share it (retention by tenure: one a period of tenure).
 *
 * @example
 * sendingFactor(floatCalculator, { churnModel: 'compound', churnPerEmail: 0.5, emailsPerMonth: 2 }) //=> 0.25
 */
export function sendingFactor<T>(calc: Calculator<T>, v: SendingValues): T {
  const { from, sub, pow, one, zero } = calc;
  return v.churnModel === 'additive' ? monthlyLossShare(calc, v, zero) : pow(sub(one, from(v.churnPerEmail)), from(v.emailsPerMonth));
}

/**
 * The factors of one run of months from `fromMonth`, whose values are `v`; `resetsAcquisition` when it sets Pn.
 * Keep it under V8's inlining limit of 460 bytes of bytecode (`node --print-bytecode
 * --print-bytecode-filter=compilePeriod` prints its size), or the float path boxes every factor.
 */
function compilePeriod<T>(calc: Calculator<T>, v: Omit<ScenarioInput, 'changes'>, fromMonth: number, resetsAcquisition: boolean): CompiledPeriod<T> {
  const { from, add, sub, mul, div, one } = calc;
  const keep = keepFactor(calc, v, from(v.churnPerMonth));
  const perDelivered = mul(from(v.clickRate), from(v.conversionRate));
  return {
    fromMonth,
    keep,
    loss: sub(one, keep),
    emailsPerMonth: from(v.emailsPerMonth),
    ordersPerEmail: v.clickRateBasis === 'opens' ? mul(from(v.openRate ?? 0), perDelivered) : perDelivered,
    revenuePerOrder: mul(from(v.averageOrderValue), from(v.offEmailMultiplier)),
    grossMargin: from(v.grossMargin),
    fixedCosts: add(from(v.budgetPerMonth), from(v.runningCostPerMonth)),
    costPerEmail: div(from(v.costPerThousandEmails), from(1000)),
    inflationFactorMonthly: monthlyFactor(calc, v.inflationAnnual),
    pricesFollowInflation: v.pricesFollowInflation,
    discountFactorMonthly: div(one, monthlyFactor(calc, v.discountRateAnnual)),
    acquisitionFactorMonthly: add(one, from(v.newSubscribersGrowthMonthly)),
    newSubscribersReset: resetsAcquisition ? v.newSubscribersPerMonth : undefined,
  };
}
