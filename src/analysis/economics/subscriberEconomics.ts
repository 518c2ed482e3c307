import type Decimal from 'decimal.js';
import { z } from 'zod';
import { decimalCalculator as dc } from '../../calculator/decimalCalculator';
import { forecast } from '../../model/forecast';
import type { MonthRow } from '../../model/monthRow';
import { MAX_AMOUNT } from '../../schema/fields';
import { parseWith } from '../../schema/parseWith';
import { parseScenarioInput } from '../../schema/parseScenarioInput';
import { type SubscriberValue, subscriberValue } from './subscriberValue';
import { optionsArgument } from '../../errors/optionsArgument';
import type { ScenarioInputData } from '../../schema/scenarioInput';

const amount = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .min(0, { error: `must be 0 or more (${what})` })
    .max(MAX_AMOUNT, { error: `must be at most ${MAX_AMOUNT} (${what})` });

/** What {@link subscriberEconomics} takes besides the input. */
export const SubscriberEconomicsOptions = z.strictObject({
  /** Horizon in years (whose twelfths are whole months). */
  years: z.number().optional(),
  /** Horizon in months. */
  months: z.number().optional(),
  /** Money spent each month to acquire new subscribers (ads, lead magnets …). Not part of the model's cash flows. */
  acquisitionSpend: amount('money spent per month to acquire new subscribers').optional(),
  /** Leads per month, when counted apart from new subscribers (e.g. sign-up forms started); default: leads are the new subscribers. */
  leadsPerMonth: amount('leads per month').optional(),
  /** Completed months of tenure of the list's subscriber valued (see `subscriberValue`); default: the list's own. */
  tenureMonths: z.number().optional(),
});
export type SubscriberEconomicsOptions = z.input<typeof SubscriberEconomicsOptions>;

/** The list and funnel figures of one month; a ratio is null when its denominator is 0 (or the spend was not given). */
export interface MonthEconomics {
  readonly month: number;
  readonly subscribersStart: Decimal;
  readonly newSubscribers: Decimal;
  readonly subscribersLost: Decimal;
  readonly leads: Decimal;
  /** (new − lost) / subscribers at the start of the month (fraction per month). */
  readonly listGrowthRate: Decimal | null;
  /** revenue / emails sent (money per email). */
  readonly revenuePerEmail: Decimal | null;
  /** CPO: email costs / orders (money per order). */
  readonly cpo: Decimal | null;
  /** CAC: acquisition spend / new subscribers (money per subscriber). */
  readonly cac: Decimal | null;
  /** CPL: acquisition spend / leads (money per lead). */
  readonly cpl: Decimal | null;
}

/** The result of {@link subscriberEconomics}: exact money, `null` where a denominator is 0. */
export interface SubscriberEconomics {
  /** M: months forecast. */
  readonly months: number;
  /** Sums over the M months (people, emails, orders; money undiscounted). */
  readonly totals: {
    readonly newSubscribers: Decimal;
    readonly subscribersLost: Decimal;
    readonly leads: Decimal;
    readonly emailsSent: Decimal;
    readonly orders: Decimal;
    readonly revenue: Decimal;
    readonly grossProfit: Decimal;
    /** The model's monthly email costs (budget, running cost, sending cost); the investment is not included. */
    readonly costs: Decimal;
    /** acquisitionSpend × M, or null when not given. */
    readonly acquisitionSpend: Decimal | null;
  };
  /** CAC over the horizon: acquisitionSpend × M / Σ new subscribers (money per subscriber). */
  readonly cac: Decimal | null;
  /** CPL over the horizon: acquisitionSpend × M / Σ leads (money per lead). */
  readonly cpl: Decimal | null;
  /** CPO over the horizon: Σ costs / Σ orders (money per order). */
  readonly cpo: Decimal | null;
  /** Σ revenue / Σ emails sent (money per email). */
  readonly revenuePerEmail: Decimal | null;
  /** Average list growth per month: (S_end / S_1)^(1/M) − 1, S_end the list after month M (fraction per month); null when S_1 = 0. */
  readonly listGrowthRateMonthly: Decimal | null;
  /** The value of one subscriber over the same M months (see `subscriberValue`). */
  readonly subscriberValue: SubscriberValue;
  /** LTV / CAC: subscriberValue.newSubscriberValue / cac (unitless), when both exist. */
  readonly ltvToCac: Decimal | null;
  readonly monthly: readonly MonthEconomics[];
}

const ratio = (numerator: Decimal | null, denominator: Decimal): Decimal | null =>
  numerator === null || denominator.isZero() ? null : numerator.div(denominator);
const sum = <R>(rows: readonly R[], pick: (row: R) => Decimal): Decimal => rows.reduce<Decimal>((total, row) => total.plus(pick(row)), dc.zero);

/**
 * The economics of the list behind a forecast, in the marketer's ratios (see metrics.md):
 *
 * ```
 * CAC             = acquisitionSpend / new subscribers                    (money per subscriber; per month and over M months)
 * CPL             = acquisitionSpend / leads                              (leads = new subscribers unless leadsPerMonth is given)
 * CPO             = email costs / orders                                  (costs_m of the model; investment excluded)
 * list growth_m   = (new_m − lost_m) / S_m                                (fraction per month)
 * average growth  = (S_{M+1} / S_1)^(1/M) − 1,  S_{M+1} = S_M + new_M − lost_M
 * revenue / email = Σ revenue / Σ emails sent                             (money per email)
 * LTV / CAC       = subscriberValue(input, M).newSubscriberValue / CAC   (the value of a new subscriber: tenure 0, split by newSubscriberShare)
 * ```
 * A new subscriber counts as the acquired customer of the email programme. The acquisition spend is
 * money outside the model (it is not in the NPV); put it into `budgetPerMonth` if it belongs there.
 * Ratios are exact decimals, `null` when the denominator is 0 or the spend was not given.
 *
 * @param input - a scenario input (validated here)
 * @param options - `{ years }` or `{ months }` (default 5 years), `acquisitionSpend?`, `leadsPerMonth?`, `tenureMonths?`
 * @returns totals, the ratios over the horizon and per month, and the value of a subscriber
 * @throws {InputError} for bad input or options
 *
 * @example
 * const e = subscriberEconomics(articleBaseline, { years: 1, acquisitionSpend: 500 });
 * e.cac.toFixed(2)      //=> '1.44'   ($500 × 12 months / 4,174 new subscribers)
 * e.ltvToCac.toFixed(1) //=> '2.6'    (a subscriber's first year is worth $3.80 of gross profit)
 */
export function subscriberEconomics(input: ScenarioInputData, options: SubscriberEconomicsOptions = {}): SubscriberEconomics {
  const parsed = parseScenarioInput(input);
  const { years, months: monthsOption, acquisitionSpend, leadsPerMonth, tenureMonths } = parseWith(SubscriberEconomicsOptions, optionsArgument(options));
  const value = subscriberValue(parsed, { years, months: monthsOption, tenureMonths });
  const { rows, months } = forecast(parsed, { months: value.months });
  const spend = acquisitionSpend === undefined ? null : dc.from(acquisitionSpend);
  const leadsOf = (row: MonthRow<Decimal>) => (leadsPerMonth === undefined ? row.newSubscribers : dc.from(leadsPerMonth));
  const monthly = rows.map((row): MonthEconomics => ({
    month: row.month,
    subscribersStart: row.subscribersStart,
    newSubscribers: row.newSubscribers,
    subscribersLost: row.subscribersLost,
    leads: leadsOf(row),
    listGrowthRate: ratio(row.newSubscribers.minus(row.subscribersLost), row.subscribersStart),
    revenuePerEmail: ratio(row.revenue, row.emailsSent),
    cpo: ratio(row.costs, row.orders),
    cac: ratio(spend, row.newSubscribers),
    cpl: ratio(spend, leadsOf(row)),
  }));
  const totals = {
    newSubscribers: sum(rows, (r) => r.newSubscribers),
    subscribersLost: sum(rows, (r) => r.subscribersLost),
    leads: sum(monthly, (r) => r.leads),
    emailsSent: sum(rows, (r) => r.emailsSent),
    orders: sum(rows, (r) => r.orders),
    revenue: sum(rows, (r) => r.revenue),
    grossProfit: sum(rows, (r) => r.grossProfit),
    costs: sum(rows, (r) => r.costs),
    acquisitionSpend: spend === null ? null : spend.times(months),
  };
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const listAtEnd = last.subscribersStart.plus(last.newSubscribers).minus(last.subscribersLost);
  const cac = ratio(totals.acquisitionSpend, totals.newSubscribers);
  return {
    months,
    totals,
    cac,
    cpl: ratio(totals.acquisitionSpend, totals.leads),
    cpo: ratio(totals.costs, totals.orders),
    revenuePerEmail: ratio(totals.revenue, totals.emailsSent),
    listGrowthRateMonthly: first.subscribersStart.isZero() ? null : listAtEnd.div(first.subscribersStart).pow(dc.from(1).div(months)).minus(1),
    subscriberValue: value,
    ltvToCac: cac === null ? null : ratio(value.newSubscriberValue, cac),
    monthly,
  };
}
