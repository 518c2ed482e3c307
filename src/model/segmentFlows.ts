import type { CellArray, CellOps } from '../calculator/cellOps';
import type { CompiledSegment } from './compilePopulation';

/**
 * A month's cash flows of every segment at once, as vectors over the segments (one cell operation a
 * step, so the float path runs them as native loops):
 *
 * ```
 * emails_s      = S_s × emailsPerMonth_s
 * orders_s      = emails_s × ordersPerEmail_s
 * revenue_s     = orders_s × revenuePerOrder_s            (× P_m first when prices follow inflation)
 * grossProfit_s = revenue_s × grossMargin_s
 * sending_s     = emails_s × costPerEmail_s               (sending costs at month-1 prices)
 * ```
 * with the totals Σ_s of each, summed from the first segment on. One object for a whole run: `usePeriod`
 * loads a run of months' factors, `run` computes a month into its vectors and totals.
 */
export class SegmentFlows<T> {
  private readonly emailsPerMonth: CellArray<T>;
  private readonly ordersPerEmail: CellArray<T>;
  private readonly revenuePerOrder: CellArray<T>;
  private readonly revenueAtPrices: CellArray<T>;
  private readonly grossMargin: CellArray<T>;
  private readonly costPerEmail: CellArray<T>;
  /** Each segment's emails, orders, revenue, gross profit and sending costs of the month last run. */
  readonly emails: CellArray<T>;
  readonly orders: CellArray<T>;
  readonly revenue: CellArray<T>;
  readonly grossProfit: CellArray<T>;
  readonly sending: CellArray<T>;
  /** Their totals over the segments. */
  totalEmails: T;
  totalOrders: T;
  totalRevenue: T;
  totalGrossProfit: T;
  totalSending: T;

  constructor(
    private readonly ops: CellOps<T>,
    private readonly count: number,
    zero: T,
  ) {
    const vector = () => ops.create(count);
    [this.emailsPerMonth, this.ordersPerEmail, this.revenuePerOrder, this.revenueAtPrices, this.grossMargin, this.costPerEmail] = [1, 2, 3, 4, 5, 6].map(
      vector,
    ) as [CellArray<T>, CellArray<T>, CellArray<T>, CellArray<T>, CellArray<T>, CellArray<T>];
    [this.emails, this.orders, this.revenue, this.grossProfit, this.sending] = [1, 2, 3, 4, 5].map(vector) as [
      CellArray<T>,
      CellArray<T>,
      CellArray<T>,
      CellArray<T>,
      CellArray<T>,
    ];
    this.totalEmails = this.totalOrders = this.totalRevenue = this.totalGrossProfit = this.totalSending = zero;
  }

  /** Loads the segments' factors of a run of months. */
  usePeriod(segments: readonly CompiledSegment<T>[]): void {
    segments.forEach((segment, s) => {
      this.emailsPerMonth[s] = segment.emailsPerMonth;
      this.ordersPerEmail[s] = segment.ordersPerEmail;
      this.revenuePerOrder[s] = segment.revenuePerOrder;
      this.grossMargin[s] = segment.grossMargin;
      this.costPerEmail[s] = segment.costPerEmail;
    });
  }

  /** Computes a month's flows from the people of each segment; `priceIndex` when prices follow inflation (else undefined). */
  run(people: CellArray<T>, priceIndex: T | undefined): void {
    const { ops, count } = this;
    this.totalEmails = ops.multiply(this.emails, people, this.emailsPerMonth, count);
    this.totalOrders = ops.multiply(this.orders, this.emails, this.ordersPerEmail, count);
    let perOrder = this.revenuePerOrder;
    if (priceIndex !== undefined) {
      ops.scaleInto(this.revenueAtPrices, this.revenuePerOrder, 0, count, priceIndex);
      perOrder = this.revenueAtPrices;
    }
    this.totalRevenue = ops.multiply(this.revenue, this.orders, perOrder, count);
    this.totalGrossProfit = ops.multiply(this.grossProfit, this.revenue, this.grossMargin, count);
    this.totalSending = ops.multiply(this.sending, this.emails, this.costPerEmail, count);
  }
}
