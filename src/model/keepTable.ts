import type { CellArray, CellOps } from '../calculator/cellOps';
import type { CompiledSegment } from './compilePopulation';

/**
 * A segment's keep factors by tenure over a run of months: at n, the share of a cohort kept in a month in
 * which it completes n months of tenure — the retention's `keepAtPeriodEnd(n / periodMonths)` when n ends a
 * period, else the segment's `keep` (per-email churn only). Filled as far as the months need, each entry once.
 *
 * @example
 * const segment = compilePopulation(floatCalculator, parseScenarioInput({ ...input, churnPerMonth: 0, churnPerEmail: 0, retention: { alpha: 1, beta: 3 } })).periods[0].segments[0];
 * Array.from(new KeepTable(cellOpsOf(floatCalculator), segment, 3).upTo(3)).slice(1) //=> [0.75, 0.8, 0.8333333333333334]
 */
export class KeepTable<T> {
  private readonly table: CellArray<T>;
  private filled = 0;

  /**
   * @param ops - the calculator's cell operations
   * @param segment - a segment with retention by tenure
   * @param longestTenure - the most months of tenure the table must reach
   */
  constructor(
    ops: CellOps<T>,
    private readonly segment: CompiledSegment<T>,
    longestTenure: number,
  ) {
    this.table = ops.create(longestTenure + 1);
  }

  /** The table, filled for n = 1…last (entry 0 is unused). */
  upTo(last: number): CellArray<T> {
    const { retention, keep } = this.segment;
    for (let n = this.filled + 1; n <= last; n++) {
      this.table[n] = n % retention!.periodMonths === 0 ? retention!.keepAtPeriodEnd(n / retention!.periodMonths) : keep;
    }
    if (last > this.filled) this.filled = last;
    return this.table;
  }
}
