import type { ScenarioInputData } from '../../src/schema/scenarioInput';

export { deepFreeze } from '../model/support';

/** A list of 10,000 with a small budget and 10 % yearly discounting: every hypothesis below changes one lever. */
export const baseline = {
  subscribers: 10000,
  newSubscribersPerMonth: 200,
  churnPerMonth: 0.01,
  churnPerEmail: 0.002,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 40,
  grossMargin: 0.6,
  budgetPerMonth: 1200,
  discountRateAnnual: 0.1,
} as const satisfies ScenarioInputData;
