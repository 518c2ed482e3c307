/** 2654435761 = ⌊2³² / φ⌋ (Knuth's multiplicative hash): consecutive lines get seeds spread over the whole range. */
const SPREAD = 0x9e3779b1;

/**
 * The Monte Carlo seed of one line of a batch, from the batch's seed and the line's number only, never from
 * the worker or the order in which lines finish: the same line gets the same draws whatever `--workers`,
 * `--shard` or `--resume`.
 *
 * ```
 * seed(line) = (batchSeed + line × 2654435761) mod 2³²
 * ```
 *
 * @param batchSeed - the batch's seed, a whole number from 0 to 2³² − 1
 * @param line - the line's number in the input (from 1)
 * @returns a whole number from 0 to 2³² − 1, as `simulate` takes it
 *
 * @example
 * lineSeed(1, 1) //=> 2654435762
 * lineSeed(1, 2) //=> 1013904227
 */
export function lineSeed(batchSeed: number, line: number): number {
  return (batchSeed + Math.imul(line, SPREAD)) >>> 0;
}
