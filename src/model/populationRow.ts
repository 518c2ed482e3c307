import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import type { Calculator } from '../calculator/calculator';
import type { MonthRow, SegmentMonth } from './monthRow';

/** A month's totals, as the population engine computes them: a row's values but the people lost, given as the people `kept` after the month's losses (before moves and new subscribers). */
export type MonthTotals<T> = Omit<MonthRow<T>, 'month' | 'date' | 'subscribersLost' | 'segments'> & { readonly kept: T };

/**
 * One month's row of a population: the totals (people lost = at the start − kept), dated from `startDate`
 * when given, and each segment's part by name when the scenario has segments (`names` and `parts` in the
 * segments' order; none for an unsegmented scenario).
 *
 * @example
 * const d = decimalCalculator.from;
 * const totals = { subscribersStart: d(100), kept: d(90), newSubscribers: d(5), emailsSent: d(200), orders: d(2), revenue: d(80), grossProfit: d(40), costs: d(10), netCashFlow: d(30), discountFactor: d(1), presentValue: d(30), cumulativeNpv: d(30) };
 * populationRow(decimalCalculator, undefined, 1, totals, [], []).subscribersLost.toString() //=> '10'
 */
export function populationRow<T>(
  calc: Calculator<T>,
  startDate: Date | undefined,
  month: number,
  totals: MonthTotals<T>,
  names: readonly (string | undefined)[],
  parts: readonly SegmentMonth<T>[],
): MonthRow<T> {
  const { kept, ...values } = totals;
  const row: MonthRow<T> = {
    month,
    ...(startDate === undefined ? {} : { date: formatISO(addMonths(startDate, month - 1), { representation: 'date' }) }),
    subscribersStart: values.subscribersStart,
    subscribersLost: calc.sub(values.subscribersStart, kept),
    newSubscribers: values.newSubscribers,
    emailsSent: values.emailsSent,
    orders: values.orders,
    revenue: values.revenue,
    grossProfit: values.grossProfit,
    costs: values.costs,
    netCashFlow: values.netCashFlow,
    discountFactor: values.discountFactor,
    presentValue: values.presentValue,
    cumulativeNpv: values.cumulativeNpv,
  };
  if (parts.length === 0) return row;
  return { ...row, segments: Object.fromEntries(names.map((name, s) => [name!, parts[s]!])) };
}
