// The limit for segmented scenarios: the population model hand-written on Float64Arrays, for inputs without
// `changes` whose retention (sBG) is the scenario's. It is the yardstick of the fast path on segments and lives
// only here (the library has one copy of the model). Cohort c of a segment joined at the end of month c
// (c = 0: the list on hand at month 1, with `existingTenureMonths` of tenure).

/** The NPV at `months` of a parsed, segmented input with scenario-wide sBG retention and no changes. */
export function cohortLimitNpv(x, months) {
  const names = Object.keys(x.segments);
  const count = names.length;
  const { alpha, beta, periodMonths, existingTenureMonths } = x.retention;
  const given = names.reduce((t, n) => t + (x.segments[n].newSubscriberShare ?? 0), 0);
  const unsplit = names.reduce((t, n) => t + (x.segments[n].newSubscriberShare === undefined ? x.segments[n].share : 0), 0);
  const anyGiven = names.some((n) => x.segments[n].newSubscriberShare !== undefined);
  const maxTenure = existingTenureMonths + months + 1;
  const segments = names.map((name) => {
    const own = x.segments[name];
    const v = { ...x, ...own };
    const ordersPerEmail = v.clickRateBasis === 'opens' ? v.openRate * (v.clickRate * v.conversionRate) : v.clickRate * v.conversionRate;
    const keepOf = (churn) =>
      v.churnModel === 'additive' ? 1 - (churn + v.churnPerEmail * v.emailsPerMonth) : (1 - churn) * (1 - v.churnPerEmail) ** v.emailsPerMonth;
    // keep[n]: the share of a cohort kept in the month it completes n months of tenure.
    const keep = new Float64Array(maxTenure + 1);
    for (let n = 1; n <= maxTenure; n++) keep[n] = keepOf(n % periodMonths === 0 ? alpha / (alpha + beta + n / periodMonths - 1) : 0);
    const newShare = own.newSubscriberShare ?? (anyGiven ? (own.share / unsplit) * (1 - given) : own.share);
    return {
      emails: v.emailsPerMonth,
      orderValue: ordersPerEmail * v.averageOrderValue * v.offEmailMultiplier * v.grossMargin,
      costPerEmail: v.costPerThousandEmails / 1000,
      keep,
      share: own.share,
      newShare,
    };
  });
  const stay = new Float64Array(count).fill(1);
  const moves = (x.moves ?? []).map((m) => ({ from: names.indexOf(m.from), to: names.indexOf(m.to), share: m.sharePerMonth }));
  for (const m of moves) stay[m.from] -= m.share;
  const cohorts = months + 1;
  const n = new Float64Array(count * cohorts);
  const carried = moves.map(() => new Float64Array(cohorts));
  for (let s = 0; s < count; s++) n[s * cohorts] = x.subscribers * segments[s].share;
  const discountMonthly = 1 / (1 + x.discountRateAnnual) ** (1 / 12);
  const inflationMonthly = (1 + x.inflationAnnual) ** (1 / 12);
  const fixedCosts = x.budgetPerMonth + x.runningCostPerMonth;
  let npv = -x.investment;
  let discount = 1;
  let priceIndex = 1;
  let acquisition = x.newSubscribersPerMonth;
  for (let m = 1; m <= months; m++) {
    let grossProfit = 0;
    let sending = 0;
    for (let s = 0; s < count; s++) {
      let people = 0;
      for (let c = s * cohorts, end = c + m; c < end; c++) people += n[c];
      const emails = people * segments[s].emails;
      grossProfit += emails * segments[s].orderValue;
      sending += emails * segments[s].costPerEmail;
    }
    if (x.pricesFollowInflation) grossProfit *= priceIndex;
    discount *= discountMonthly;
    npv += (grossProfit - (fixedCosts + sending) * priceIndex) * discount;
    for (let s = 0; s < count; s++) {
      const { keep } = segments[s];
      const base = s * cohorts;
      n[base] *= keep[existingTenureMonths + m];
      for (let c = 1; c < m; c++) n[base + c] *= keep[m - c];
    }
    for (let k = 0; k < moves.length; k++) for (let c = 0; c < m; c++) carried[k][c] = n[moves[k].from * cohorts + c] * moves[k].share;
    for (let s = 0; s < count; s++) if (stay[s] !== 1) for (let c = s * cohorts, end = c + m; c < end; c++) n[c] *= stay[s];
    for (let k = 0; k < moves.length; k++) for (let c = 0; c < m; c++) n[moves[k].to * cohorts + c] += carried[k][c];
    for (let s = 0; s < count; s++) n[s * cohorts + m] = acquisition * segments[s].newShare;
    acquisition *= 1 + x.newSubscribersGrowthMonthly;
    priceIndex *= inflationMonthly;
  }
  return npv;
}
