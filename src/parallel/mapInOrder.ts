/**
 * Maps an async source through `run` with at most `inFlight` calls at once, yielding the results in the
 * source's order whatever order they finish in: a bounded reorder buffer (the pending calls, oldest first),
 * so memory stays constant however long the source. A failed call fails the iteration when its turn comes.
 *
 * @param source - the items, in order
 * @param run - the work of one item (e.g. a worker pool's `run`)
 * @param inFlight - most calls pending at once, at least 1
 *
 * @example
 * const out = [];
 * const slowFirst = (n: number) => new Promise<number>((resolve) => setTimeout(() => resolve(n * 10), n === 1 ? 20 : 1));
 * for await (const x of mapInOrder([1, 2, 3], slowFirst, 2)) out.push(x);
 * out //=> [10, 20, 30]
 */
export async function* mapInOrder<T, R>(source: AsyncIterable<T> | Iterable<T>, run: (item: T) => Promise<R>, inFlight: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const start = (item: T) => {
    const call = run(item);
    call.catch(() => undefined); // handled when its turn comes; not an unhandled rejection meanwhile
    pending.push(call);
  };
  for await (const item of source) {
    start(item);
    if (pending.length >= Math.max(1, inFlight)) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
