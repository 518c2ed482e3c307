// Random valid scenario inputs for the benchmarks (bench/run.mjs, bench/batch.mjs).

/**
 * A random valid scenario: realistic ranges, both churn models, both click-rate bases, inflation on and off.
 * `everyField`: the open rate written even where the click rate is per delivered email (no field left to its
 * default); `withChanges`: half of the scenarios change four inputs from a random month. The stream's numbers
 * are drawn in the same order either way.
 */
export function randomScenarioData(random, { withChanges = false, everyField = false } = {}) {
  const between = (low, high) => low + (high - low) * random();
  const opens = random() < 0.5;
  const data = {
    subscribers: Math.round(between(100, 200_000)),
    newSubscribersPerMonth: between(0, 2_000),
    newSubscribersGrowthMonthly: between(-0.02, 0.05),
    churnPerMonth: between(0, 0.05),
    churnPerEmail: between(0, 0.01),
    churnModel: random() < 0.5 ? 'additive' : 'compound',
    emailsPerMonth: Math.round(between(1, 12)),
    ...(opens ? { openRate: between(0.1, 0.6) } : everyField ? { openRate: 0.3 } : {}),
    clickRate: between(0.01, 0.2),
    clickRateBasis: opens ? 'opens' : 'delivered',
    conversionRate: between(0.005, 0.1),
    averageOrderValue: between(10, 300),
    grossMargin: between(0.2, 1),
    offEmailMultiplier: between(1, 1.5),
    budgetPerMonth: between(0, 5_000),
    costPerThousandEmails: between(0, 3),
    investment: between(0, 30_000),
    runningCostPerMonth: between(0, 500),
    inflationAnnual: random() < 0.3 ? 0 : between(0, 0.06),
    pricesFollowInflation: random() < 0.5,
    discountRateAnnual: between(0.02, 0.4),
  };
  if (withChanges && random() < 0.5) {
    data.changes = [
      { fromMonth: 1 + Math.floor(random() * 60), set: { emailsPerMonth: Math.round(between(1, 8)), budgetPerMonth: between(0, 5_000) } },
      { fromMonth: 1 + Math.floor(random() * 60), set: { discountRateAnnual: between(0.02, 0.4), newSubscribersPerMonth: between(0, 2_000) } },
    ];
  }
  return data;
}
