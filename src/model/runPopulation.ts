import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import type { Calculator } from '../calculator/calculator';
import type { ScenarioInput } from '../schema/scenarioInput';
import type { CompiledSegment, PopulationPlan, PopulationPeriod } from './compilePopulation';
import { type CellArray, type CellOps, cellOpsOf } from '../calculator/cellOps';
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
 * S_s        = Σ_cohorts n_{s,c}          (people at the start of the month: a running total of the cohorts' changes)
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
  const ops = cellOpsOf(calc);
  const { lastMonths, checkpointMonths, npvAtMonths, rows } = record;
  const segmentCount = plan.segmentNames.length;
  const months = lastMonths[lastMonths.length - 1]!;
  // Cohorts of each segment: the existing list at each distinct tenure, then the new subscribers of months 1…M.
  const existing = plan.tracksTenure ? [...new Set(plan.existingTenureMonths)] : [0];
  const cohortCount = plan.tracksTenure ? existing.length + months : 1;
  const cells = ops.create(segmentCount * cohortCount);
  const subscribers = from(input.subscribers);
  plan.periods[0]!.segments.forEach((segment, s) => {
    const cohort = plan.tracksTenure ? existing.indexOf(plan.existingTenureMonths[s]!) : 0;
    cells[s * cohortCount + cohort] = segmentCount === 1 ? subscribers : mul(subscribers, from(input.segments![segment.name!]!.share));
  });
  const moved = plan.periods.some((period) => period.moves.length > 0) ? new MoveBuffers(calc, ops, segmentCount, cohortCount) : undefined;
  let cumulative = sub(zero, from(input.investment));
  let acquisition = zero;
  let priceIndex = one;
  let discountFactor = one;
  let checkpoint = 0;
  let month = 1;
  // Each segment's people, kept as a running total (losses, moves and new subscribers applied to it) rather than summed over its cohorts each month.
  const people: T[] = plan.segmentNames.map((_, s) => ops.sum(cells, s * cohortCount, cohortCount));
  const start: T[] = new Array<T>(segmentCount);
  const kept: T[] = new Array<T>(segmentCount);
  for (let p = 0; p < plan.periods.length; p++) {
    const period = plan.periods[p]!;
    const { fixedCosts, pricesFollowInflation, discountFactorMonthly, acquisitionFactorMonthly, inflationFactorMonthly, newSubscribersReset } = period.factors;
    if (newSubscribersReset !== undefined) acquisition = from(newSubscribersReset);
    const tables = period.segments.map((segment) => (segment.retention === undefined ? undefined : new KeepTable(ops, segment, months)));
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
        start[s] = people[s]!;
        const segmentEmails = mul(people[s]!, segment.emailsPerMonth);
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
        if (rows !== undefined && input.segments !== undefined) {
          parts.push(segmentPart(calc, people[s]!, segmentEmails, segmentOrders, segmentRevenue, segmentGrossProfit, mul(segmentSending, priceIndex)));
        }
      }
      const costs = mul(add(fixedCosts, sendingCosts), priceIndex);
      const net = sub(grossProfit, costs);
      discountFactor = mul(discountFactor, discountFactorMonthly);
      const presentValue = mul(net, discountFactor);
      cumulative = add(cumulative, presentValue);
      if (month === checkpointMonths[checkpoint]) npvAtMonths[checkpoint++] = cumulative;
      // Losses: with retention by tenure each cohort keeps the share of the tenure it completes this month.
      let keptTotal = zero;
      for (let s = 0; s < segmentCount; s++) {
        const base = s * cohortCount;
        const table = tables[s];
        let segmentKept: T;
        if (table === undefined) segmentKept = ops.scale(cells, base, active, period.segments[s]!.keep);
        else {
          segmentKept = ops.scaleByTable(cells, base + existing.length, month - 1, table.upTo(month - 1), month - 1);
          for (let c = 0; c < existing.length; c++) segmentKept = add(segmentKept, (cells[base + c] = mul(cells[base + c]!, table.at(existing[c]! + month))));
        }
        kept[s] = people[s] = segmentKept;
        keptTotal = s === 0 ? segmentKept : add(keptTotal, segmentKept);
      }
      if (period.moves.length > 0) {
        moved!.apply(period, cells, active);
        for (let s = 0; s < segmentCount; s++) people[s] = add(sub(people[s]!, moved!.out[s]!), moved!.into[s]!);
      }
      // New subscribers join at the month's end, with tenure 0.
      const newCohort = plan.tracksTenure ? existing.length + month - 1 : 0;
      for (let s = 0; s < segmentCount; s++) {
        const joining = segmentCount === 1 ? acquisition : mul(acquisition, period.segments[s]!.newSubscriberShare);
        const at = s * cohortCount + newCohort;
        cells[at] = plan.tracksTenure ? joining : add(cells[at]!, joining);
        people[s] = add(people[s]!, joining);
        if (parts.length > 0) {
          const movedOut = period.moves.length > 0 ? moved!.out[s]! : zero;
          const movedIn = period.moves.length > 0 ? moved!.into[s]! : zero;
          parts[s] = { ...parts[s]!, subscribersLost: sub(start[s]!, kept[s]!), movedOut, movedIn, newSubscribers: joining };
        }
      }
      if (rows !== undefined) {
        const subscribersStart = start.reduce((total, people) => add(total, people));
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
  record.listAfter = ops.sum(cells, 0, cells.length);
  return cumulative;
}

/** A segment's keep factor by the months of tenure a cohort completes in a month (n = 1, 2, …), filled as the months need it. */
class KeepTable<T> {
  private readonly table: CellArray<T>;
  private filled = 0;
  constructor(
    ops: CellOps<T>,
    private readonly segment: CompiledSegment<T>,
    months: number,
  ) {
    this.table = ops.create(months + 1);
  }

  /** The keep factor of a month in which a cohort completes n months of tenure: the retention's at a period's end, else the segment's. */
  at(n: number): T {
    if (n <= this.filled) return this.table[n]!;
    const { retention, keep } = this.segment;
    return n % retention!.periodMonths === 0 ? retention!.keepAtPeriodEnd(n / retention!.periodMonths) : keep;
  }

  /** The table, filled for n = 1…last. */
  upTo(last: number): CellArray<T> {
    for (; this.filled < last; this.filled++) this.table[this.filled + 1] = this.at(this.filled + 1);
    return this.table;
  }
}

/** The month's moves, all from the counts after losses: what each move carries, cohort by cohort, then the segments' outflows and inflows. */
class MoveBuffers<T> {
  readonly out: T[];
  readonly into: T[];
  private readonly carried: CellArray<T>[] = [];
  constructor(
    private readonly calc: Calculator<T>,
    private readonly ops: CellOps<T>,
    segmentCount: number,
    private readonly cohortCount: number,
  ) {
    this.out = new Array<T>(segmentCount);
    this.into = new Array<T>(segmentCount);
  }

  /** Moves `sharePerMonth` of each move's segment into its target (tenure kept); totals per segment in `out` and `into`. */
  apply(period: PopulationPeriod<T>, cells: CellArray<T>, active: number): void {
    const { calc, ops, cohortCount, out, into, carried } = this;
    const { moves, segments } = period;
    out.fill(calc.zero);
    into.fill(calc.zero);
    for (let k = 0; k < moves.length; k++) {
      const move = moves[k]!;
      const moving = ops.scaleInto((carried[k] ??= ops.create(cohortCount)), cells, move.from * cohortCount, active, move.share);
      out[move.from] = calc.add(out[move.from]!, moving);
      into[move.to] = calc.add(into[move.to]!, moving);
    }
    for (let s = 0; s < segments.length; s++) if (segments[s]!.stay !== calc.one) ops.scale(cells, s * cohortCount, active, segments[s]!.stay);
    for (let k = 0; k < moves.length; k++) ops.addInto(cells, moves[k]!.to * cohortCount, carried[k]!, active);
  }
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
