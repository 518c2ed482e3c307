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

const segmentHeader = [
  'month',
  'subscribers',
  'lost',
  'moved out',
  'moved in',
  'new',
  'emails',
  'orders',
  'revenue',
  'gross profit',
  'sending costs',
  'contribution',
];

/** Said under the segments' tables: their costs are sending costs only, so their contributions add up to more than the net cash flow. */
const SEGMENT_NOTE =
  'contribution = gross profit − sending costs; the budget, running cost and investment belong to the whole list, so the segments add up to the net cash flow plus those';

/**
 * The month table of a forecast as text (money rounded to cents here, and only here), followed by
 * a line saying how the net cash flow is made: gross profit (revenue × gross margin) − costs.
 * A segmented forecast adds one table per segment, in the order written: its subscribers at the start,
 * lost (churn), moved out and in (moves), new subscribers, emails, orders, revenue, gross profit, sending
 * costs and contribution (gross profit − sending costs), then a line saying that the fixed costs belong
 * to the whole list.
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
  const main = `${textTable(header, rows)}\n\n${NET_NOTE}`;
  const first = result.rows[0]?.segments;
  if (first === undefined) return main;
  const count = (d: Parameters<typeof formatNumber>[0], digits = 0) => formatNumber(d, digits, format.locale);
  const segmentTables = Object.keys(first).map((name) => {
    const segmentRows = result.rows.map((r) => {
      const s = r.segments![name]!;
      return [
        r.date ?? String(r.month),
        count(s.subscribersStart),
        count(s.subscribersLost),
        count(s.movedOut),
        count(s.movedIn),
        count(s.newSubscribers),
        count(s.emailsSent),
        count(s.orders, 1),
        money(s.revenue),
        money(s.grossProfit),
        money(s.costs),
        money(s.netCashFlow),
      ];
    });
    return `Segment ${name}\n\n${textTable(segmentHeader, segmentRows)}`;
  });
  return [main, ...segmentTables, SEGMENT_NOTE].join('\n\n');
}
