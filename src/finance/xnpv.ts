import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type Decimal from 'decimal.js';
import { ExactDecimal } from '../calculator/decimalCalculator';
import { InputError } from '../errors/inputError';
import { toExact, type Numeric } from './numeric';
import { requireArgument } from '../errors/argument';

/**
 * Net present value of cash flows on arbitrary dates, with Excel's `XNPV` convention:
 * whole calendar days from the first date, a 365-day year, and everything valued at the
 * first date (`dates[0]`), which need not be the earliest.
 *
 * ```
 * XNPV = Σ_{i=0}^{n−1} flows[i] / (1 + rate)^((dates[i] − dates[0]) / 365)
 * ```
 *
 * Units: `rate` is an annual effective rate as a fraction (0.1 = 10 % per year); date
 * differences are whole days (local calendar days, via date-fns `differenceInCalendarDays`,
 * so the time of day and daylight-saving shifts are ignored); the flows and the result are
 * money in the same currency. Strings are parsed as ISO 8601 (`'2024-01-31'`, local time).
 * Unlike Excel, a date before `dates[0]` is not an error: that flow is compounded forward.
 *
 * The arithmetic is exact decimal ({@link ExactDecimal}, 40 significant digits); the fractional
 * powers are correctly rounded to 40 digits. The inputs are not modified.
 *
 * @param rate - annual discount rate, a fraction greater than −1.
 * @param flows - cash flows, `flows[i]` on `dates[i]`.
 * @param dates - one date per flow: `Date` objects or ISO 8601 strings.
 * @returns the net present value at `dates[0]` as a `Decimal`, in the flows' currency.
 * @throws {InputError} when there are no flows, the lengths differ, a date is invalid,
 *   `rate` ≤ −1 or a value is not a finite number.
 *
 * @example
 * xnpv(0.1, [-1000, 1100], ['2023-01-01', '2024-01-01']).toString()
 * //=> '0'
 */
export function xnpv(rate: Numeric, flows: readonly Numeric[], dates: readonly (Date | string)[]): Decimal {
  const r = toExact(rate, 'rate');
  if (r.lte(-1)) throw new InputError([{ path: 'rate', rule: 'must be greater than -1 (−100 % per year)' }]);
  requireArgument('flows', flows, Array.isArray(flows), 'a list of cash flows, e.g. [-100, 60, 60.5]');
  requireArgument('dates', dates, Array.isArray(dates), "a list of dates, one per cash flow, e.g. ['2024-01-01', '2025-01-01']");
  if (flows.length === 0) throw new InputError([{ path: 'flows', rule: 'must contain at least one cash flow' }]);
  if (dates.length !== flows.length) {
    throw new InputError([{ path: 'dates', rule: `must have one date per cash flow (${flows.length} flows, ${dates.length} dates)` }]);
  }
  const days = dates.map((d, i) => toDate(d, i));
  const first = days[0] as Date;
  const growth = r.plus(1);
  let total: Decimal = new ExactDecimal(0);
  flows.forEach((flow, i) => {
    const amount = toExact(flow, `flows[${i}]`);
    const elapsed = differenceInCalendarDays(days[i] as Date, first);
    total = total.plus(elapsed === 0 ? amount : amount.div(growth.pow(new ExactDecimal(elapsed).div(365))));
  });
  return total;
}

function toDate(d: Date | string, i: number): Date {
  const date = typeof d === 'string' ? parseISO(d) : d;
  if (!(date instanceof Date) || !isValid(date)) {
    throw new InputError([
      { path: `dates[${i}]`, rule: `must be a valid date (a Date or an ISO 8601 string such as '2024-01-31'), got ${JSON.stringify(String(d))}` },
    ]);
  }
  return date;
}
