/**
 * One month of a forecast. Money and people are of the calculator's number type `T`
 * (`Decimal` from {@link forecast}, `number` on the fast path); nothing is rounded.
 */
export interface MonthRow<T> {
  /** Month number, 1-based. */
  readonly month: number;
  /** First day of the month, `YYYY-MM-DD`, when the input has a `startDate`. */
  readonly date?: string;
  /** S_m: subscribers on the list at the start of the month (people). */
  readonly subscribersStart: T;
  /** Subscribers lost during the month: S_m × (1 − keep) (people). */
  readonly subscribersLost: T;
  /** New subscribers who join during the month: Pn × (1 + g)^(m−1) (people). */
  readonly newSubscribers: T;
  /** Emails sent: S_m × emailsPerMonth. */
  readonly emailsSent: T;
  /** Orders: emails × openRate × clickRate × conversionRate (CTOR basis) or emails × clickRate × conversionRate (CTR basis). */
  readonly orders: T;
  /** Revenue: orders × averageOrderValue × offEmailMultiplier (× price index when prices follow inflation) (money). */
  readonly revenue: T;
  /** Gross profit: revenue × grossMargin (money). */
  readonly grossProfit: T;
  /** Costs: (budgetPerMonth + runningCostPerMonth + costPerThousandEmails × emails / 1000) × price index (money). */
  readonly costs: T;
  /** Net cash flow: gross profit − costs (money). */
  readonly netCashFlow: T;
  /** DF_m = (1 + discountRateAnnual)^(−m/12). */
  readonly discountFactor: T;
  /** Present value of the month's net cash flow: net × DF_m (money at t = 0). */
  readonly presentValue: T;
  /** −investment + Σ present values of months 1…m (money at t = 0). */
  readonly cumulativeNpv: T;
  /** Each segment's part of the month, by name in the order written, when the scenario has `segments`. */
  readonly segments?: Readonly<Record<string, SegmentMonth<T>>>;
}

/**
 * One segment's part of a month. Its costs are its sending costs; the fixed costs (budget, running
 * cost) and the investment belong to the whole scenario, so the segments' `netCashFlow`s add up to
 * the month's net cash flow plus its fixed costs.
 */
export interface SegmentMonth<T> {
  /** Subscribers in the segment at the start of the month (people). */
  readonly subscribersStart: T;
  /** Subscribers of the segment lost in the month (churn, not moves) (people). */
  readonly subscribersLost: T;
  /** Subscribers who moved out of the segment at the month's end (people). */
  readonly movedOut: T;
  /** Subscribers who moved into the segment at the month's end (people). */
  readonly movedIn: T;
  /** New subscribers who join the segment at the month's end (people). */
  readonly newSubscribers: T;
  /** Emails sent to the segment. */
  readonly emailsSent: T;
  readonly orders: T;
  /** Revenue (money). */
  readonly revenue: T;
  /** Gross profit: revenue × grossMargin (money). */
  readonly grossProfit: T;
  /** Sending costs: costPerThousandEmails × emails / 1000 × price index (money). */
  readonly costs: T;
  /** The segment's contribution: gross profit − sending costs (money). */
  readonly netCashFlow: T;
}
