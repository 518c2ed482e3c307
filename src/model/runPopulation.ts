import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import type { Calculator } from '../calculator/calculator';
import type { ScenarioInput } from '../schema/scenarioInput';
import type { PopulationPlan, PopulationPeriod } from './compilePopulation';
import type { MonthRow, SegmentMonth } from './monthRow';

/** What the population engine needs besides the plan, and what it records (as the one-list month loop's record). */
export interface PopulationRecord<T> {
  /** The last month of each run of months (the last one: the horizon). */
  readonly lastMonths: readonly number[];
  /** The checkpoint months, each once, ascending, then 0. */
  readonly checkpointMonths: readonly number[];
  /** The cumulative NPV at each of `checkpointMonths`, filled in. */
  readonly npvAtMonths: T[];
  /** Receives each month's row when rows are kept. */
  readonly rows: MonthRow<T>[] | undefined;
  /** First day of month 1, when dated. */
  readonly startDate: Date | undefined;
  /** The list at the start of the month after the horizon, set at the end. */
  listAfter?: T;
}

/**
 * The population engine: the month loop of `runModel` over a list held per segment and, when some
 * segment has retention by tenure, per cohort (the existing list at its tenure, then one cohort per
 * month of new subscribers). For month m = 1…M and each segment s:
 *
 * ```
 * S_s        = Σ_cohorts n_{s,c}                                   (people at the start of the month)
 * emails_s   = S_s × emailsPerMonth_s,  orders_s = emails_s × ordersPerEmail_s
 * revenue_s  = orders_s × revenuePerOrder_s [× P_m],  grossProfit_s = revenue_s × grossMargin_s
 * costs_s    = emails_s × costPerEmail_s × P_m                      (sending costs)
 * net_m      = Σ grossProfit_s − (fixedCosts + Σ emails_s × costPerEmail_s) × P_m
 * n_{s,c}   ← n_{s,c} × keep_{s,c}      keep_{s,c} = keepFactor(churn): churn = sbgChurn(k) when the month ends the
 *                                        k-th period of the cohort's tenure, else 0 (constant churn: churnPerMonth)
 * n_{s,c}   ← n_{s,c} × stay_s + Σ_{moves r→s} n_{r,c} × sharePerMonth      (after losses; tenure kept)
 * new cohort of segment s at the month's end: A_m × newSubscriberShare_s, tenure 0
 * ```
 * Discounting, the price index and acquisition are the one-list loop's running products. Cost: the
 * number of cohorts grows by one a month, so a run is O(segments × M²) with retention (O(segments × M) without).
 *
 * @returns the NPV over the horizon
 */
export function runPopulation<T>(calc: Calculator<T>, input: ScenarioInput, plan: PopulationPlan<T>, record: PopulationRecord<T>): T {
  const { add, sub, mul, from, zero, one } = calc;
  const { lastMonths, checkpointMonths, npvAtMonths, rows } = record;
  const segmentCount = plan.segmentNames.length;
  const months = lastMonths[lastMonths.length - 1]!;
  const existing = plan.tracksTenure ? [...new Set(plan.existingTenureMonths)] : [0];
  const cohortCount = plan.tracksTenure ? existing.length + months : 1;
  // Completed months of tenure of each cohort at the start of month 1 (new cohorts: minus their month of joining).
  const tenureAtStart = (cohort: number) => (cohort < existing.length ? existing[cohort]! : existing.length - 1 - cohort);
  const cells: T[] = new Array<T>(segmentCount * cohortCount).fill(zero);
  const subscribers = from(input.subscribers);
  plan.periods[0]!.segments.forEach((segment, s) => {
    const cohort = plan.tracksTenure ? existing.indexOf(plan.existingTenureMonths[s]!) : 0;
    cells[s * cohortCount + cohort] = segmentCount === 1 ? subscribers : mul(subscribers, from(input.segments![segment.name!]!.share));
  });
  let cumulative = sub(zero, from(input.investment));
  let acquisition = zero;
  let priceIndex = one;
  let discountFactor = one;
  let checkpoint = 0;
  let month = 1;
  const start: T[] = new Array<T>(segmentCount);
  const kept: T[] = new Array<T>(segmentCount);
  for (let p = 0; p < plan.periods.length; p++) {
    const period = plan.periods[p]!;
    const { fixedCosts, pricesFollowInflation, discountFactorMonthly, acquisitionFactorMonthly, inflationFactorMonthly, newSubscribersReset } = period.factors;
    if (newSubscribersReset !== undefined) acquisition = from(newSubscribersReset);
    for (const lastMonth = lastMonths[p]!; month <= lastMonth; month++) {
      const active = plan.tracksTenure ? existing.length + month - 1 : 1;
      let emails = zero;
      let orders = zero;
      let revenue = zero;
      let grossProfit = zero;
      let sendingCosts = zero;
      const parts: SegmentMonth<T>[] = [];
      for (let s = 0; s < segmentCount; s++) {
        const segment = period.segments[s]!;
        const base = s * cohortCount;
        let people: T = cells[base]!;
        for (let c = 1; c < active; c++) people = add(people, cells[base + c]!);
        start[s] = people;
        const segmentEmails = mul(people, segment.emailsPerMonth);
        const segmentOrders = mul(segmentEmails, segment.ordersPerEmail);
        const segmentRevenue = pricesFollowInflation
          ? mul(segmentOrders, mul(segment.revenuePerOrder, priceIndex))
          : mul(segmentOrders, segment.revenuePerOrder);
        const segmentGrossProfit = mul(segmentRevenue, segment.grossMargin);
        const segmentSending = mul(segmentEmails, segment.costPerEmail);
        emails = s === 0 ? segmentEmails : add(emails, segmentEmails);
        orders = s === 0 ? segmentOrders : add(orders, segmentOrders);
        revenue = s === 0 ? segmentRevenue : add(revenue, segmentRevenue);
        grossProfit = s === 0 ? segmentGrossProfit : add(grossProfit, segmentGrossProfit);
        sendingCosts = s === 0 ? segmentSending : add(sendingCosts, segmentSending);
        if (rows !== undefined && input.segments !== undefined)
          parts.push(segmentPart(calc, people, segmentEmails, segmentOrders, segmentRevenue, segmentGrossProfit, mul(segmentSending, priceIndex)));
      }
      const costs = mul(add(fixedCosts, sendingCosts), priceIndex);
      const net = sub(grossProfit, costs);
      discountFactor = mul(discountFactor, discountFactorMonthly);
      const presentValue = mul(net, discountFactor);
      cumulative = add(cumulative, presentValue);
      if (month === checkpointMonths[checkpoint]) npvAtMonths[checkpoint++] = cumulative;
      // Losses, by cohort when retention depends on tenure.
      let keptTotal = zero;
      for (let s = 0; s < segmentCount; s++) {
        const segment = period.segments[s]!;
        const base = s * cohortCount;
        let segmentKept = zero;
        for (let c = 0; c < active; c++) {
          const ended = tenureAtStart(c) + month; // completed months of tenure at the month's end
          const retention = segment.retention;
          const keep =
            retention !== undefined && ended > 0 && ended % retention.periodMonths === 0
              ? retention.keepAtPeriodEnd(ended / retention.periodMonths)
              : segment.keep;
          const left = mul(cells[base + c]!, keep);
          cells[base + c] = left;
          segmentKept = c === 0 ? left : add(segmentKept, left);
        }
        kept[s] = segmentKept;
        keptTotal = s === 0 ? segmentKept : add(keptTotal, segmentKept);
      }
      const moved = period.moves.length > 0 ? applyMoves(calc, period, cells, cohortCount, active, rows !== undefined) : undefined;
      // New subscribers join at the month's end, with tenure 0.
      const newCohort = plan.tracksTenure ? existing.length + month - 1 : 0;
      for (let s = 0; s < segmentCount; s++) {
        const joining = segmentCount === 1 ? acquisition : mul(acquisition, period.segments[s]!.newSubscriberShare);
        const at = s * cohortCount + newCohort;
        cells[at] = plan.tracksTenure ? joining : add(cells[at]!, joining);
        if (rows !== undefined && input.segments !== undefined) {
          parts[s] = {
            ...parts[s]!,
            subscribersLost: sub(start[s]!, kept[s]!),
            movedOut: moved?.out[s] ?? zero,
            movedIn: moved?.in[s] ?? zero,
            newSubscribers: joining,
          };
        }
      }
      if (rows !== undefined) {
        let subscribersStart: T = start[0]!;
        for (let s = 1; s < segmentCount; s++) subscribersStart = add(subscribersStart, start[s]!);
        rows.push(
          monthRow(
            calc,
            record.startDate,
            month,
            subscribersStart,
            keptTotal,
            acquisition,
            emails,
            orders,
            revenue,
            grossProfit,
            costs,
            net,
            discountFactor,
            presentValue,
            cumulative,
            plan,
            parts,
          ),
        );
      }
      acquisition = mul(acquisition, acquisitionFactorMonthly);
      priceIndex = mul(priceIndex, inflationFactorMonthly);
    }
  }
  let listAfter = zero;
  for (const cell of cells) listAfter = add(listAfter, cell);
  record.listAfter = listAfter;
  return cumulative;
}

/** Moves a share of each segment into others, cohort by cohort, from the counts after losses (all moves of a month at once). */
function applyMoves<T>(calc: Calculator<T>, period: PopulationPeriod<T>, cells: T[], cohortCount: number, active: number, count: boolean) {
  const { add, mul, zero } = calc;
  const segmentCount = period.segments.length;
  const out: T[] = new Array<T>(segmentCount).fill(zero);
  const into: T[] = new Array<T>(segmentCount).fill(zero);
  const before: T[] = new Array<T>(segmentCount);
  for (let c = 0; c < active; c++) {
    for (let s = 0; s < segmentCount; s++) before[s] = cells[s * cohortCount + c]!;
    for (let s = 0; s < segmentCount; s++) cells[s * cohortCount + c] = mul(before[s]!, period.segments[s]!.stay);
    for (const move of period.moves) {
      const moving = mul(before[move.from]!, move.share);
      cells[move.to * cohortCount + c] = add(cells[move.to * cohortCount + c]!, moving);
      if (count) {
        out[move.from] = add(out[move.from]!, moving);
        into[move.to] = add(into[move.to]!, moving);
      }
    }
  }
  return { out, in: into };
}

/** A segment's part of a month, before its losses, moves and new subscribers are known. */
function segmentPart<T>(calc: Calculator<T>, people: T, emails: T, orders: T, revenue: T, grossProfit: T, costs: T): SegmentMonth<T> {
  const { zero, sub } = calc;
  return {
    subscribersStart: people,
    subscribersLost: zero,
    movedOut: zero,
    movedIn: zero,
    newSubscribers: zero,
    emailsSent: emails,
    orders,
    revenue,
    grossProfit,
    costs,
    netCashFlow: sub(grossProfit, costs),
  };
}

/** One month's row of a population, with its segments' parts when the scenario has segments. */
function monthRow<T>(
  calc: Calculator<T>,
  startDate: Date | undefined,
  month: number,
  subscribersStart: T,
  kept: T,
  newSubscribers: T,
  emailsSent: T,
  orders: T,
  revenue: T,
  grossProfit: T,
  costs: T,
  netCashFlow: T,
  discountFactor: T,
  presentValue: T,
  cumulativeNpv: T,
  plan: PopulationPlan<T>,
  parts: readonly SegmentMonth<T>[],
): MonthRow<T> {
  const row: MonthRow<T> = {
    month,
    ...(startDate === undefined ? {} : { date: formatISO(addMonths(startDate, month - 1), { representation: 'date' }) }),
    subscribersStart,
    subscribersLost: calc.sub(subscribersStart, kept),
    newSubscribers,
    emailsSent,
    orders,
    revenue,
    grossProfit,
    costs,
    netCashFlow,
    discountFactor,
    presentValue,
    cumulativeNpv,
  };
  if (parts.length === 0) return row;
  return { ...row, segments: Object.fromEntries(plan.segmentNames.map((name, s) => [name!, parts[s]!])) };
}
