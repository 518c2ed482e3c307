import type { Forecast } from '../model/forecast';
import { formatMoney, type MoneyFormat } from './formatMoney';
import { formatNumber } from './formatNumber';
import { textTable } from './textTable';

const header = ['month', 'subscribers', 'emails', 'orders', 'revenue', 'costs', 'net cash flow', 'present value', 'cumulative NPV'];

/**
 * The month table of a forecast as text (money rounded to cents here, and only here).
 *
 * @example
 * forecastTable(forecast(input, { years: 1 }))
 * //=> 'month  subscribers  emails  orders  revenue  …'
 */
export function forecastTable(result: Forecast, format: MoneyFormat = {}): string {
  const money = (d: Parameters<typeof formatMoney>[0]) => formatMoney(d, format);
  const rows = result.rows.map((r) => [
    r.date ?? String(r.month),
    formatNumber(r.subscribersStart, 0, format.locale),
    formatNumber(r.emailsSent, 0, format.locale),
    formatNumber(r.orders, 1, format.locale),
    money(r.revenue),
    money(r.costs),
    money(r.netCashFlow),
    money(r.presentValue),
    money(r.cumulativeNpv),
  ]);
  return textTable(header, rows);
}
