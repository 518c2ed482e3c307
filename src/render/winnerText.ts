import type { HorizonComparison } from '../scenarios/compareScenarios';

/**
 * Who comes first at one horizon, in words that stay true when every scenario loses money:
 * `winner: H2`, or `none breaks even; H2 loses least` when every NPV is below 0 (`allLose`).
 * Names are not escaped: escape the result for markup.
 *
 * @example
 * winnerText({ winner: 'H2', allLose: false }) //=> 'winner: H2'
 * winnerText({ winner: 'H2', allLose: true }) //=> 'none breaks even; H2 loses least'
 */
export function winnerText(horizon: Pick<HorizonComparison, 'winner' | 'allLose'>): string {
  return horizon.allLose ? `none breaks even; ${horizon.winner} loses least` : `winner: ${horizon.winner}`;
}
