/** Steps between ticks, in months: the first that keeps the ticks within the count asked for is used. */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200] as const;
const DAY_MS = 86_400_000;

/**
 * Ticks for a date axis whose values are days since 1970-01-01 (UTC): the first days of months, every
 * 1, 2, 3, 6, 12, 24 … months (the smallest step giving at most `maxTicks` ticks inside the range),
 * aligned on the calendar (a 3-month step ticks January, April, July, October; a 12-month one January).
 *
 * ```
 * day(y, m) = Date.UTC(y, m, 1) / 86,400,000      (days since 1970-01-01)
 * ```
 *
 * @param range - the first and last day shown (days since 1970-01-01, finite, first ≤ last)
 * @param maxTicks - at most this many ticks (1 or more)
 * @returns the ticks in increasing order, days since 1970-01-01 (none when no month starts inside the range)
 *
 * @example
 * dateTicks([Date.UTC(2025, 0, 7) / 86400000, Date.UTC(2026, 11, 28) / 86400000], 8).map((day) => new Date(day * 86400000).toISOString().slice(0, 7))
 * //=> ['2025-04', '2025-07', '2025-10', '2026-01', '2026-04', '2026-07', '2026-10']
 */
export function dateTicks(range: readonly [number, number], maxTicks: number): number[] {
  const [first, last] = [new Date(range[0] * DAY_MS), new Date(range[1] * DAY_MS)];
  // Months since year 0, of the first month starting on or after the range's first day, and of the last one.
  const from = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() === 1 && range[0] % 1 === 0 ? 0 : 1);
  const to = last.getUTCFullYear() * 12 + last.getUTCMonth();
  const ticksOf = (step: number) => {
    const ticks: number[] = [];
    for (let month = Math.ceil(from / step) * step; month <= to; month += step) ticks.push(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS);
    return ticks;
  };
  for (const step of STEPS) {
    const ticks = ticksOf(step);
    if (ticks.length <= Math.max(1, maxTicks)) return ticks;
  }
  return ticksOf(STEPS.at(-1)!).slice(0, Math.max(1, maxTicks));
}
