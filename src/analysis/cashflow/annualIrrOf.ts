import type Decimal from 'decimal.js';
import { irr } from '../../finance/irr';
import { monthlyToAnnualRate } from '../../finance/monthlyToAnnualRate';
import { InputError } from '../../errors/inputError';

/** The result of `annualIrrOf` (the IRR of `paybackOf` and `breakEvenOf`). */
export interface AnnualIrr {
  /** IRR per month (fraction), or null when there is none. */
  readonly irrMonthly: number | null;
  /** IRR per year, effective (fraction): (1 + irrMonthly)^12 − 1, comparable with `discountRateAnnual`; or null. */
  readonly irrAnnual: number | null;
  /** Why there is no IRR (or no annual one), when `irrAnnual` is null. */
  readonly irrReason?: string;
}

/**
 * The internal rate of return of monthly cash flows (flows[0] at t = 0), per month and
 * annualised, or null with the reason when it does not exist (no sign change, no root).
 *
 * ```
 * Σ_{m=0..M} flows_m / (1 + irrMonthly)^m = 0
 * irrAnnual = (1 + irrMonthly)^12 − 1
 * ```
 * With more than one sign change in the flows there can be several rates; `irr` then
 * returns the one nearest its guess of 10 % a month.
 *
 * @param flows - money, month 0 first
 * @returns `{ irrMonthly, irrAnnual }` (fractions) or nulls and `irrReason`; never throws for the
 *   model's flows (an `irr` error becomes the reason)
 *
 * @example
 * annualIrrOf([-100, 60, 60].map((x) => new Decimal(x))).irrMonthly //=> 0.1306623862918075
 * annualIrrOf([100, 60].map((x) => new Decimal(x))).irrReason
 * //=> 'the cash flows must change sign at least once (an IRR needs both costs and returns)'
 */
export function annualIrrOf(flows: readonly Decimal[]): AnnualIrr {
  let monthly: number;
  try {
    monthly = irr(flows);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { irrMonthly: null, irrAnnual: null, irrReason: `the cash flows ${error.problems.map((p) => p.rule).join('; ')}` };
  }
  const annual = monthlyToAnnualRate(monthly);
  if (!Number.isFinite(annual)) {
    return { irrMonthly: monthly, irrAnnual: null, irrReason: `the monthly IRR (${monthly}) is too large to express as an annual rate` };
  }
  return { irrMonthly: monthly, irrAnnual: annual };
}
