import type Decimal from 'decimal.js';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { parseScenarioInput } from '../../schema/parseScenarioInput';
import { type AnalysisHorizon, analysisMonths } from './analysisMonths';
import { type AnnualIrr, annualIrrOf } from './annualIrrOf';
import { type CashFlowMonth, monthlyCashFlows } from './monthlyCashFlows';
import { paybackMonthOf } from './paybackMonthOf';
import type { ScenarioInputData } from '../../schema/scenarioInput';

/** Options of {@link paybackOf}: the horizon (default 5 years). */
export type PaybackOptions = AnalysisHorizon;

/** The result of {@link paybackOf}: exact money, nothing rounded. */
export interface PaybackResult extends AnnualIrr {
  /** The horizon M, in months. */
  readonly months: number;
  /** The up-front investment, paid at t = 0 (money). */
  readonly investment: Decimal;
  /** NPV over the horizon (money at t = 0). */
  readonly npv: Decimal;
  /** Simple payback: the first month m ≥ 1 with −investment + Σ_{k≤m} net_k ≥ 0 (undiscounted); null when never within the horizon. */
  readonly paybackMonth: number | null;
  /** Discounted payback: the first month m ≥ 1 whose cumulative NPV is ≥ 0; null when never within the horizon. */
  readonly discountedPaybackMonth: number | null;
  /** Months 0 (the investment) to M. */
  readonly monthly: readonly CashFlowMonth[];
}

/**
 * When a scenario pays back its investment, on its own: the simple and the discounted payback
 * month, and the internal rate of return of its cash flows, annualised.
 *
 * ```
 * flow_0 = −investment,  flow_m = net_m                               (money, m = 1…M)
 * paybackMonth           = min { m ≥ 1 : Σ_{k=0..m} flow_k ≥ 0 }
 * discountedPaybackMonth = min { m ≥ 1 : −investment + Σ_{k=1..m} net_k × DF_k ≥ 0 }
 * Σ_{m=0..M} flow_m / (1 + irrMonthly)^m = 0,   irrAnnual = (1 + irrMonthly)^12 − 1
 * ```
 * Payback is the first crossing (the classic definition): a cumulative value that later falls
 * below 0 again still counts. With no investment, payback is the first month whose cumulative
 * flow is ≥ 0 (month 1 when the first month earns money). The IRR is null, with `irrReason`,
 * when the flows never change sign (e.g. no investment and every month positive). Money runs on
 * the exact backend.
 *
 * @param input - a scenario input (validated here; an already parsed input is accepted as is)
 * @param options - `{ years }` or `{ months }` (default 5 years)
 * @returns payback months, IRR, NPV and the monthly cumulative flows
 * @throws {InputError} listing every problem as `field: rule`
 *
 * @example
 * const result = paybackOf({ subscribers: 10000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1,
 *   conversionRate: 0.05, averageOrderValue: 40, budgetPerMonth: 1200, investment: 1000, discountRateAnnual: 0 }, { months: 12 });
 * result.paybackMonth //=> 3 (400 a month repays 1,000 in month 3)
 * result.npv.toString() //=> '3800'
 */
export function paybackOf(input: ScenarioInputData, options: PaybackOptions = {}): PaybackResult {
  const months = analysisMonths(options, 5);
  const parsed = parseScenarioInput(input);
  const monthly = monthlyCashFlows(parsed, months);
  return {
    months,
    investment: decimalCalculator.from(parsed.investment),
    npv: monthly[months]!.cumulativeNpv,
    paybackMonth: paybackMonthOf(monthly.map((m) => m.cumulativeCashFlow)),
    discountedPaybackMonth: paybackMonthOf(monthly.map((m) => m.cumulativeNpv)),
    ...annualIrrOf(monthly.map((m) => m.netCashFlow)),
    monthly,
  };
}
