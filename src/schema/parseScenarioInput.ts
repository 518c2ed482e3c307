import { parseWith } from './parseWith';
import { refuseDeepNesting } from './refuseDeepNesting';
import { ScenarioInput } from './scenarioInput';

/**
 * Validates one scenario's inputs and fills in the defaults.
 *
 * @param data - anything, typically parsed JSON
 * @returns the typed input; a new object, `data` is not mutated
 * @throws {InputError} listing every problem as `field: rule`
 *
 * @example
 * parseScenarioInput({ subscribers: 10000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1,
 *   conversionRate: 0.05, averageOrderValue: 40, budgetPerMonth: 1200, discountRateAnnual: 0.1 }).churnModel
 * //=> 'additive'
 * parseScenarioInput({ subscribers: -5 })
 * //=> throws InputError: "subscribers: must be 0 or more (subscribers on the list at the start, people)\nemailsPerMonth: is required\n…"
 */
export function parseScenarioInput(data: unknown): ScenarioInput {
  refuseDeepNesting(data);
  return parseWith(ScenarioInput, data);
}
