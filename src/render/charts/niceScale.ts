import { type ScaleLinear, scaleLinear } from 'd3-scale';

/** A linear scale with round ends and the ticks to draw on it. */
export interface NiceScale {
  readonly scale: ScaleLinear<number, number>;
  /** d3's ticks of the niced domain: 1, 2 or 5 × a power of ten apart. */
  readonly ticks: readonly number[];
}

/**
 * A d3 linear scale over `[min, max]`, extended to round numbers (`nice`, unless told not to) so
 * that the first and last ticks sit on the ends of the axis, with about `tickCount` ticks. A domain of one value (a flat or a
 * one-point series) is widened by one unit, or 10 %, on each side, so that it still has an axis.
 *
 * ```
 * [min, max] = [v − w, v + w]  when min = max = v,  w = max(1, |v| / 10)
 * ```
 *
 * @param domain - the smallest and largest value to show (finite)
 * @param range - the pixels they map to, e.g. `[bottom, top]` for a y axis
 * @param tickCount - about how many ticks (d3 picks the nearest 1-2-5 step)
 * @param nice - extend the domain to round ends (default true); false keeps the data's ends (ticks fall inside)
 * @returns the scale and its ticks
 *
 * @example
 * niceScale([-17000, 163724], [300, 0], 6).ticks //=> [-50000, 0, 50000, 100000, 150000, 200000]
 */
export function niceScale(domain: readonly [number, number], range: readonly [number, number], tickCount: number, nice = true): NiceScale {
  let [min, max] = domain;
  if (min === max) {
    const widen = Math.max(1, Math.abs(min) / 10);
    [min, max] = [min - widen, max + widen];
  }
  const scale = scaleLinear().domain([min, max]).range([range[0], range[1]]);
  if (nice) scale.nice(tickCount);
  return { scale, ticks: scale.ticks(tickCount) };
}
