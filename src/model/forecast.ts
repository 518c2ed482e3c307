import type Decimal from 'decimal.js';
import { decimalCalculator } from '../calculator/decimalCalculator';
import { parseScenarioInput } from '../schema/parseScenarioInput';
import type { ScenarioInput } from '../schema/scenarioInput';
import { plausibilityWarnings } from '../schema/plausibilityWarnings';
import { type Horizon, horizonMonths } from '../schema/horizon';
import type { MonthRow } from './monthRow';
import { runModel } from './runModel';
import type { ScenarioInputData } from '../schema/scenarioInput';

/** The result of {@link forecast}: exact money, nothing rounded. */
export interface Forecast {
  /** The validated input, defaults filled in. */
  readonly input: ScenarioInput;
  /** Number of months forecast. */
  readonly months: number;
  /** One row per month. */
  readonly rows: readonly MonthRow<Decimal>[];
  /** The up-front investment, paid at t = 0 (money). */
  readonly investment: Decimal;
  /** NPV over the horizon: −investment + Σ presentValue (money at t = 0). */
  readonly npv: Decimal;
  /** Values the schema accepts but that look like mistakes, as `field: what to do` (see `plausibilityWarnings`); empty when none. */
  readonly warnings: readonly string[];
}

/**
 * Forecasts one scenario month by month with exact decimal money.
 *
 * Conventions (see {@link runModel} for every equation): month m = 1…M; subscribers at the
 * start of a month receive its emails; the investment is paid at t = 0; each month's net
 * cash flow is discounted at the end of the month, DF_m = (1 + discountRateAnnual)^(−m/12).
 *
 * @param input - a scenario input (validated here; an already parsed input is accepted as is)
 * @param horizon - `{ months }` or `{ years }`
 * @throws {InputError} listing every problem as `field: rule`
 *
 * @example
 * const result = forecast({ subscribers: 10000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1,
 *   conversionRate: 0.05, averageOrderValue: 40, budgetPerMonth: 1200, discountRateAnnual: 0 }, { months: 1 });
 * result.rows[0].orders.toString() //=> '40'
 * result.npv.toString() //=> '400'
 */
export function forecast(input: ScenarioInputData, horizon: Horizon): Forecast {
  const months = horizonMonths(horizon);
  const parsed = parseScenarioInput(input);
  const run = runModel(decimalCalculator, parsed, { months, keepRows: true });
  return { input: parsed, months, rows: run.rows, investment: decimalCalculator.from(parsed.investment), npv: run.npv, warnings: plausibilityWarnings(parsed) };
}
