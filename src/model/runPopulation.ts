import type { Calculator } from '../calculator/calculator';
import type { ScenarioInput } from '../schema/scenarioInput';
import type { PopulationPlan } from './compilePopulation';
import { cellOpsOf } from '../calculator/cellOps';
import type { MonthRow, SegmentMonth } from './monthRow';
import { KeepTable } from './keepTable';
import { MoveBuffers } from './moveBuffers';
import { populationRow } from './populationRow';
import { SegmentFlows } from './segmentFlows';

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
 * n_{s,c}   ← n_{s,c} − Σ_{moves s→t} n_{s,c} × share + Σ_{moves r→s} n_{r,c} × share   (after losses; tenure kept)
 * new cohort of segment s at the month's end: A_m × newSubscriberShare_s, tenure 0
 * ```
 * Discounting, the price index and acquisition are the one-list loop's running products. The month's
 * flows are vectors over the segments (`SegmentFlows`), losses and moves are cell operations over each
 * segment's cohorts (`KeepTable`, `MoveBuffers`): on floats all run as native loops over Float64Arrays.
 * Cost: the number of cohorts grows by one a month, so a run is O(segments × M²) with retention
 * (O(segments × M) without); see `populationCellMonths`.
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
  const longestExisting = Math.max(...existing);
  const cells = ops.create(segmentCount * cohortCount);
  // Each segment's people, a running total of its cohorts' changes (losses, moves, new subscribers).
  const people = ops.create(segmentCount);
  const subscribers = from(input.subscribers);
  plan.periods[0]!.segments.forEach((segment, s) => {
    const cohort = plan.tracksTenure ? existing.indexOf(plan.existingTenureMonths[s]!) : 0;
    people[s] = cells[s * cohortCount + cohort] = segmentCount === 1 ? subscribers : mul(subscribers, from(input.segments![segment.name!]!.share));
  });
  const flows = new SegmentFlows(ops, segmentCount, zero);
  const moved = plan.periods.some((period) => period.moves.length > 0) ? new MoveBuffers(calc, ops, segmentCount, cohortCount) : undefined;
  const kept = ops.create(segmentCount);
  const joining = ops.create(segmentCount);
  const newSubscriberShares = ops.create(segmentCount);
  const start = ops.create(segmentCount);
  let cumulative = sub(zero, from(input.investment));
  let acquisition = zero;
  let priceIndex = one;
  let discountFactor = one;
  let checkpoint = 0;
  let month = 1;
  for (let p = 0; p < plan.periods.length; p++) {
    const period = plan.periods[p]!;
    const { fixedCosts, pricesFollowInflation, discountFactorMonthly, acquisitionFactorMonthly, inflationFactorMonthly, newSubscribersReset } = period.factors;
    if (newSubscribersReset !== undefined) acquisition = from(newSubscribersReset);
    flows.usePeriod(period.segments);
    period.segments.forEach((segment, s) => (newSubscriberShares[s] = segment.newSubscriberShare));
    const tables = period.segments.map((segment) => (segment.retention === undefined ? undefined : new KeepTable(ops, segment, longestExisting + months)));
    for (const lastMonth = lastMonths[p]!; month <= lastMonth; month++) {
      const active = plan.tracksTenure ? existing.length + month - 1 : 1;
      flows.run(people, pricesFollowInflation ? priceIndex : undefined);
      const costs = mul(add(fixedCosts, flows.totalSending), priceIndex);
      const net = sub(flows.totalGrossProfit, costs);
      discountFactor = mul(discountFactor, discountFactorMonthly);
      const presentValue = mul(net, discountFactor);
      cumulative = add(cumulative, presentValue);
      if (month === checkpointMonths[checkpoint]) npvAtMonths[checkpoint++] = cumulative;
      if (rows !== undefined) for (let s = 0; s < segmentCount; s++) start[s] = people[s]!;
      // Losses: with retention by tenure each cohort keeps the share of the tenure it completes this month.
      for (let s = 0; s < segmentCount; s++) {
        const base = s * cohortCount;
        const table = tables[s];
        let segmentKept: T;
        if (table === undefined) segmentKept = ops.scale(cells, base, active, period.segments[s]!.keep);
        else {
          const keeps = table.upTo(longestExisting + month);
          segmentKept = ops.scaleByTable(cells, base + existing.length, month - 1, keeps, month - 1);
          for (let c = 0; c < existing.length; c++) segmentKept = add(segmentKept, (cells[base + c] = mul(cells[base + c]!, keeps[existing[c]! + month]!)));
        }
        kept[s] = people[s] = segmentKept;
      }
      if (period.moves.length > 0) {
        moved!.apply(period, cells, active, kept);
        ops.subtractInto(people, 0, moved!.out, segmentCount);
        ops.addInto(people, 0, moved!.into, segmentCount);
      }
      // New subscribers join at the month's end, with tenure 0.
      const newCohort = plan.tracksTenure ? existing.length + month - 1 : 0;
      if (segmentCount === 1) joining[0] = acquisition;
      else ops.scaleInto(joining, newSubscriberShares, 0, segmentCount, acquisition);
      ops.addInto(people, 0, joining, segmentCount);
      for (let s = 0; s < segmentCount; s++) {
        const at = s * cohortCount + newCohort;
        cells[at] = plan.tracksTenure ? joining[s]! : add(cells[at]!, joining[s]!);
      }
      const parts: SegmentMonth<T>[] = [];
      for (let s = 0; s < segmentCount; s++) {
        if (rows !== undefined && input.segments !== undefined) {
          const segmentCosts = mul(flows.sending[s]!, priceIndex);
          parts.push({
            subscribersStart: start[s]!,
            subscribersLost: sub(start[s]!, kept[s]!),
            movedOut: period.moves.length > 0 ? moved!.out[s]! : zero,
            movedIn: period.moves.length > 0 ? moved!.into[s]! : zero,
            newSubscribers: joining[s]!,
            emailsSent: flows.emails[s]!,
            orders: flows.orders[s]!,
            revenue: flows.revenue[s]!,
            grossProfit: flows.grossProfit[s]!,
            costs: segmentCosts,
            netCashFlow: sub(flows.grossProfit[s]!, segmentCosts),
          });
        }
      }
      if (rows !== undefined) {
        const totals = {
          subscribersStart: ops.sum(start, 0, segmentCount),
          kept: ops.sum(kept, 0, segmentCount),
          newSubscribers: acquisition,
          emailsSent: flows.totalEmails,
          orders: flows.totalOrders,
          revenue: flows.totalRevenue,
          grossProfit: flows.totalGrossProfit,
          costs,
          netCashFlow: net,
          discountFactor,
          presentValue,
          cumulativeNpv: cumulative,
        };
        rows.push(populationRow(calc, record.startDate, month, totals, plan.segmentNames, parts));
      }
      acquisition = mul(acquisition, acquisitionFactorMonthly);
      priceIndex = mul(priceIndex, inflationFactorMonthly);
    }
  }
  record.listAfter = ops.sum(cells, 0, cells.length);
  return cumulative;
}
