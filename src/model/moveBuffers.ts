import type { Calculator } from '../calculator/calculator';
import type { CellArray, CellOps } from '../calculator/cellOps';
import type { PopulationPeriod } from './compilePopulation';

/**
 * A month's moves between segments, all from the counts after the month's losses, cohort by cohort
 * (tenure kept): each move carries `n_{from,c} × sharePerMonth`, which leaves its segment and joins the
 * target. One object for a run; `out` and `into` hold each segment's totals of the month last applied.
 *
 * @example
 * const ops = cellOpsOf(floatCalculator);
 * const cells = ops.create(2); cells[0] = 100; cells[1] = 50; // segments a and b, one cell each
 * const moves = new MoveBuffers(floatCalculator, ops, 2, 1);
 * moves.apply({ moves: [{ from: 0, to: 1, share: 0.1 }] } as never, cells, 1, cells); // one cohort each: the cells are the segments' people
 * [cells[0], cells[1], moves.out[0], moves.into[1]] //=> [90, 60, 10, 10]
 */
export class MoveBuffers<T> {
  /** People who moved out of each segment in the month. */
  readonly out: CellArray<T>;
  /** People who moved into each segment in the month. */
  readonly into: CellArray<T>;
  private readonly carried: CellArray<T>[] = [];

  /**
   * @param calc - the arithmetic
   * @param ops - its cell operations
   * @param segmentCount - the segments
   * @param cohortCount - the cells of each segment (its cohorts)
   */
  constructor(
    private readonly calc: Calculator<T>,
    private readonly ops: CellOps<T>,
    segmentCount: number,
    private readonly cohortCount: number,
  ) {
    this.out = ops.create(segmentCount);
    this.into = ops.create(segmentCount);
  }

  /** Applies the run's moves to the first `active` cohorts of each segment in `cells`, whose segments hold `people` after the month's losses. */
  apply(period: Pick<PopulationPeriod<T>, 'moves'>, cells: CellArray<T>, active: number, people: CellArray<T>): void {
    const { calc, ops, cohortCount, out, into, carried } = this;
    const { moves } = period;
    for (let s = 0; s < out.length; s++) out[s] = into[s] = calc.zero;
    for (let k = 0; k < moves.length; k++) {
      const move = moves[k]!;
      ops.scaleInto((carried[k] ??= ops.create(cohortCount)), cells, move.from * cohortCount, active, move.share);
      // Σ_c n_{from,c} × share, as share × the segment's people after losses (one product, not a sum over cohorts).
      const moving = calc.mul(people[move.from]!, move.share);
      out[move.from] = calc.add(out[move.from]!, moving);
      into[move.to] = calc.add(into[move.to]!, moving);
    }
    for (let k = 0; k < moves.length; k++) ops.subtractInto(cells, moves[k]!.from * cohortCount, carried[k]!, active);
    for (let k = 0; k < moves.length; k++) ops.addInto(cells, moves[k]!.to * cohortCount, carried[k]!, active);
  }
}
