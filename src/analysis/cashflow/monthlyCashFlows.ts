import type Decimal from 'decimal.js';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { runModel } from '../../model/runModel';
import type { ScenarioInput } from '../../schema/scenarioInput';

/** One month of `monthlyCashFlows` (used by `paybackOf` and `breakEvenOf`): exact money, nothing rounded. */
export interface CashFlowMonth {
  /** 0 for the investment at t = 0, then 1…M. */
  readonly month: number;
  /** −investment in month 0, net_m after (money). */
  readonly netCashFlow: Decimal;
  /** −investment + Σ_{k≤m} net_k, undiscounted (money). */
  readonly cumulativeCashFlow: Decimal;
  /** −investment + Σ_{k≤m} net_k × DF_k: the NPV of months 1…m (money at t = 0). */
  readonly cumulativeNpv: Decimal;
}

/**
 * A scenario's cash flows month by month from t = 0, as the payback analyses read them:
 * the investment as month 0, then the model's net cash flow of each month (exact backend).
 *
 * ```
 * flow_0 = −investment,          flow_m = net_m                      (m = 1…M, money)
 * cumulativeCashFlow_m = Σ_{k=0..m} flow_k
 * cumulativeNpv_m      = −investment + Σ_{k=1..m} net_k × DF_k        (the model's own)
 * ```
 *
 * @param input - a validated input (the output of `parseScenarioInput`); not mutated
 * @param months - the horizon M, in months
 * @returns M + 1 entries, months 0…M
 * @throws {InputError} e.g. `changes[0].fromMonth: is month 72, beyond the 60-month horizon`
 *
 * @example
 * monthlyCashFlows(parseScenarioInput({ ...input, investment: 1000 }), 12)[0].netCashFlow.toString() //=> '-1000'
 */
export function monthlyCashFlows(input: ScenarioInput, months: number): CashFlowMonth[] {
  const run = runModel(decimalCalculator, input, { months, keepRows: true });
  const investment = decimalCalculator.sub(decimalCalculator.zero, decimalCalculator.from(input.investment));
  const result: CashFlowMonth[] = [{ month: 0, netCashFlow: investment, cumulativeCashFlow: investment, cumulativeNpv: investment }];
  let cumulative = investment;
  for (const row of run.rows) {
    cumulative = cumulative.plus(row.netCashFlow);
    result.push({ month: row.month, netCashFlow: row.netCashFlow, cumulativeCashFlow: cumulative, cumulativeNpv: row.cumulativeNpv });
  }
  return result;
}
