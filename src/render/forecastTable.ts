import type { Forecast } from '../model/forecast';
import { formatMoney, type MoneyFormat } from './formatMoney';
import { formatNumber } from './formatNumber';
import { textTable } from './textTable';
import { requireArgument } from '../errors/argument';
import { isPlainObject } from '../json/isPlainObject';
import { optionsArgument } from '../errors/optionsArgument';

const header = ['month', 'subscribers', 'emails', 'orders', 'revenue', 'gross profit', 'costs', 'net cash flow', 'present value', 'cumulative NPV'];

/** Said under the table, so that revenue − costs ≠ net cash flow is not read as an error. */
const NET_NOTE = 'net cash flow = gross profit − costs, where gross profit = revenue × gross margin';

/**
 * The month table of a forecast as text (money rounded to cents here, and only here), followed by
 * a line saying how the net cash flow is made: gross profit (revenue × gross margin) − costs.
 *
 * @example
 * forecastTable(forecast(input, { years: 1 }))
 * //=> 'month  subscribers  emails  orders    revenue  gross profit      costs  …\n…\n\nnet cash flow = gross profit − costs, where gross profit = revenue × gross margin'
 */
export function forecastTable(result: Forecast, format: MoneyFormat = {}): string {
  requireArgument('result', result, isPlainObject(result) && Array.isArray(result.rows), 'a forecast, as forecast() returns');
  format = optionsArgument(format, 'format');
  const money = (d: Parameters<typeof formatMoney>[0]) => formatMoney(d, format);
  const rows = result.rows.map((r) => [
    r.date ?? String(r.month),
    formatNumber(r.subscribersStart, 0, format.locale),
    formatNumber(r.emailsSent, 0, format.locale),
    formatNumber(r.orders, 1, format.locale),
    money(r.revenue),
    money(r.grossProfit),
    money(r.costs),
    money(r.netCashFlow),
    money(r.presentValue),
    money(r.cumulativeNpv),
  ]);
  return `${textTable(header, rows)}\n\n${NET_NOTE}`;
}
