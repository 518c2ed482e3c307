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
 * one-point series, or a span below 1e-9 such as subnormal numbers) is widened around its middle by one unit, or 10 %, on each side, so that it still has an axis.
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
  // A span too small to draw (equal values, or differences below 1e-9, such as subnormal numbers) is widened around its middle.
  if (!(max - min > Math.max(1e-9, 1e-12 * Math.max(Math.abs(min), Math.abs(max))))) {
    const middle = min === max ? min : min / 2 + max / 2;
    const widen = Math.max(1, Math.abs(middle) / 10);
    [min, max] = [middle - widen, middle + widen];
  }
  const scale = scaleLinear().domain([min, max]).range([range[0], range[1]]);
  if (nice) scale.nice(tickCount);
  return { scale, ticks: scale.ticks(tickCount) };
}
