import type { Calculator } from '../calculator/calculator';
import { inputSegments } from '../schema/inputSegments';
import { monthlyLossShare } from '../schema/monthlyLossShare';
import type { ScenarioInput } from '../schema/scenarioInput';

/** The per-month factors of a run of months with constant inputs, in the calculator's number type. */
export interface CompiledSegment<T> {
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
  /** (1 + inflationAnnual)^(1/12): monthly growth of the price index. */
  readonly inflationMonthly: T;
  readonly pricesFollowInflation: boolean;
  /** (1 + discountRateAnnual)^(−1/12): one month's discount factor. */
  readonly discountMonthly: T;
  /** 1 + newSubscribersGrowthMonthly. */
  readonly acquisitionGrowth: T;
  /** Pn (people per month, as given) from this segment's first month when this segment sets it (or is the first), else undefined: acquisition carries on. */
  readonly newSubscribersReset: number | undefined;
}

/**
 * Turns an input into runs of months with constant factors (see {@link inputSegments}),
 * computing each factor once per run so the monthly loop needs no powers.
 *
 * ```
 * keep            = 1 − (churnPerMonth + churnPerEmail × emailsPerMonth)        (additive)
 *                 = (1 − churnPerMonth) × (1 − churnPerEmail)^emailsPerMonth     (compound)
 * ordersPerEmail  = openRate × clickRate × conversionRate                      (clickRateBasis "opens", CTOR)
 *                 = clickRate × conversionRate                                 (clickRateBasis "delivered", CTR)
 * inflationMonthly = (1 + inflationAnnual)^(1/12)
 * discountMonthly  = (1 + discountRateAnnual)^(−1/12)
 * ```
 */
export function compileSegments<T>(calc: Calculator<T>, input: ScenarioInput): CompiledSegment<T>[] {
  // Without changes the input itself is the one run of months (inputSegments would copy it).
  if (input.changes.length === 0) return [compileSegment(calc, input, 1, true)];
  return inputSegments(input).map((segment, index) =>
    compileSegment(calc, segment.values, segment.fromMonth, index === 0 || segment.changedFields.includes('newSubscribersPerMonth')),
  );
}

/** The factors of one run of months from `fromMonth`, whose values are `v`; `resetsAcquisition` when it sets Pn. */
function compileSegment<T>(calc: Calculator<T>, v: Omit<ScenarioInput, 'changes'>, fromMonth: number, resetsAcquisition: boolean): CompiledSegment<T> {
  const { one } = calc;
  const twelfth = calc.div(one, calc.from(12));
  const keep =
    v.churnModel === 'additive'
      ? calc.sub(one, monthlyLossShare(calc, v))
      : calc.mul(calc.sub(one, calc.from(v.churnPerMonth)), calc.pow(calc.sub(one, calc.from(v.churnPerEmail)), calc.from(v.emailsPerMonth)));
  const perDelivered = calc.mul(calc.from(v.clickRate), calc.from(v.conversionRate));
  return {
    fromMonth,
    keep,
    loss: calc.sub(one, keep),
    emailsPerMonth: calc.from(v.emailsPerMonth),
    ordersPerEmail: v.clickRateBasis === 'opens' ? calc.mul(calc.from(v.openRate ?? 0), perDelivered) : perDelivered,
    revenuePerOrder: calc.mul(calc.from(v.averageOrderValue), calc.from(v.offEmailMultiplier)),
    grossMargin: calc.from(v.grossMargin),
    fixedCosts: calc.add(calc.from(v.budgetPerMonth), calc.from(v.runningCostPerMonth)),
    costPerEmail: calc.div(calc.from(v.costPerThousandEmails), calc.from(1000)),
    inflationMonthly: calc.pow(calc.add(one, calc.from(v.inflationAnnual)), twelfth),
    pricesFollowInflation: v.pricesFollowInflation,
    discountMonthly: calc.div(one, calc.pow(calc.add(one, calc.from(v.discountRateAnnual)), twelfth)),
    acquisitionGrowth: calc.add(one, calc.from(v.newSubscribersGrowthMonthly)),
    newSubscribersReset: resetsAcquisition ? v.newSubscribersPerMonth : undefined,
  };
}
