/**
 * Groups of unknowns whose effects on the residuals are parallel at the fit
 * (|cosine| of their Jacobian columns above 0.9999), or that have no effect at all. The Jacobian is taken
 * by central differences with steps of 1e-6 of each unknown's range.
 *
 * @param keys - the unknowns' names
 * @param bounds - their ranges
 * @param params - the point (the fit)
 * @param residuals - the residual vector at a point
 * @returns the groups, each a list of names
 *
 * @example
 * inseparableGroups(['a', 'b', 'c'], [{ min: 0, max: 1 }, { min: 0, max: 1 }, { min: 0, max: 1 }], [0.5, 0.5, 0.5], ([a, b, c]) => [a * b, 2 * a * b, c - 1])
 * //=> [['a', 'b']]
 */
export function inseparableGroups(
  keys: readonly string[],
  bounds: readonly { min: number; max: number }[],
  params: readonly number[],
  residuals: (values: readonly number[]) => readonly number[],
): string[][] {
  const columns = params.map((p, j) => {
    const h = 1e-6 * (bounds[j]!.max - bounds[j]!.min);
    const up = [...params];
    const down = [...params];
    up[j] = p + h;
    down[j] = p - h;
    const ru = residuals(up);
    const rd = residuals(down);
    return ru.map((r, i) => (r - rd[i]!) / (2 * h));
  });
  const norm = (c: readonly number[]) => Math.sqrt(c.reduce((s, x) => s + x * x, 0));
  const groups: string[][] = [];
  const grouped = new Set<number>();
  columns.forEach((a, j) => {
    if (grouped.has(j)) return;
    if (norm(a) === 0) {
      groups.push([keys[j]!]);
      grouped.add(j);
      return;
    }
    const group = [j];
    for (let k = j + 1; k < columns.length; k++) {
      const b = columns[k]!;
      const cos = a.reduce((s, x, i) => s + x * b[i]!, 0) / (norm(a) * norm(b) || 1);
      if (Math.abs(cos) > 0.9999) group.push(k);
    }
    if (group.length > 1) {
      group.forEach((g) => grouped.add(g));
      groups.push(group.map((g) => keys[g]!));
    }
  });
  return groups;
}
