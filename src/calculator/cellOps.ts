import type { Calculator } from './calculator';
import { floatCalculator } from './floatCalculator';

/** A list of numbers of a calculator's type that can be written in place (a `Float64Array` for floats). */
export interface CellArray<T> {
  [index: number]: T;
  readonly length: number;
}

/**
 * The few operations on runs of numbers that a population engine repeats for every cell of its state
 * (and for every segment of a month),
 * each a plain loop of the calculator's `add` and `mul` (sums from left to right). One interface, two
 * implementations: {@link cellOpsOf} gives loops over `Float64Array` with native arithmetic for the float
 * calculator — the same operations in the same order, so the same results bit for bit — and loops of the
 * calculator's own methods for any other. A run is `count` cells of `a` from `start`.
 */
export interface CellOps<T> {
  /** A new array of `length` zeros. */
  create(length: number): CellArray<T>;
  /** Σ a[start + i] (i < count); `zero` when count is 0. */
  sum(a: CellArray<T>, start: number, count: number): T;
  /** a[start + i] ← a[start + i] × k; returns the new Σ. */
  scale(a: CellArray<T>, start: number, count: number, k: T): T;
  /** a[start + i] ← a[start + i] × table[top − i] (the table read backwards from `top`); returns the new Σ. */
  scaleByTable(a: CellArray<T>, start: number, count: number, table: CellArray<T>, top: number): T;
  /** out[i] ← a[start + i] × k (i < count). */
  scaleInto(out: CellArray<T>, a: CellArray<T>, start: number, count: number, k: T): void;
  /** a[start + i] ← a[start + i] + b[i] (i < count). */
  addInto(a: CellArray<T>, start: number, b: CellArray<T>, count: number): void;
  /** a[start + i] ← a[start + i] − b[i] (i < count). */
  subtractInto(a: CellArray<T>, start: number, b: CellArray<T>, count: number): void;
  /** out[i] ← a[i] × b[i] (i < count); returns Σ out[i]. */
  multiply(out: CellArray<T>, a: CellArray<T>, b: CellArray<T>, count: number): T;
}

/** The cell operations on Float64Arrays: plain loops of native `+` and `×`. */
const floatCellOps: CellOps<number> = {
  create: (length) => new Float64Array(length),
  sum(a, start, count) {
    let total = 0;
    for (let i = start, end = start + count; i < end; i++) total += a[i]!;
    return total;
  },
  scale(a, start, count, k) {
    let total = 0;
    for (let i = start, end = start + count; i < end; i++) total += a[i] = a[i]! * k;
    return total;
  },
  scaleByTable(a, start, count, table, top) {
    let total = 0;
    for (let i = 0; i < count; i++) total += a[start + i] = a[start + i]! * table[top - i]!;
    return total;
  },
  scaleInto(out, a, start, count, k) {
    for (let i = 0; i < count; i++) out[i] = a[start + i]! * k;
  },
  addInto(a, start, b, count) {
    for (let i = 0; i < count; i++) a[start + i] = a[start + i]! + b[i]!;
  },
  subtractInto(a, start, b, count) {
    for (let i = 0; i < count; i++) a[start + i] = a[start + i]! - b[i]!;
  },
  multiply(out, a, b, count) {
    let total = 0;
    for (let i = 0; i < count; i++) total += out[i] = a[i]! * b[i]!;
    return total;
  },
};

/** The cell operations of any calculator, through its own `add` and `mul`. */
function genericCellOps<T>(calc: Calculator<T>): CellOps<T> {
  const { add, sub, mul, zero } = calc;
  return {
    create: (length) => new Array<T>(length).fill(zero),
    sum(a, start, count) {
      let total = zero;
      for (let i = start, end = start + count; i < end; i++) total = add(total, a[i]!);
      return total;
    },
    scale(a, start, count, k) {
      let total = zero;
      for (let i = start, end = start + count; i < end; i++) total = add(total, (a[i] = mul(a[i]!, k)));
      return total;
    },
    scaleByTable(a, start, count, table, top) {
      let total = zero;
      for (let i = 0; i < count; i++) total = add(total, (a[start + i] = mul(a[start + i]!, table[top - i]!)));
      return total;
    },
    scaleInto(out, a, start, count, k) {
      for (let i = 0; i < count; i++) out[i] = mul(a[start + i]!, k);
    },
    addInto(a, start, b, count) {
      for (let i = 0; i < count; i++) a[start + i] = add(a[start + i]!, b[i]!);
    },
    subtractInto(a, start, b, count) {
      for (let i = 0; i < count; i++) a[start + i] = sub(a[start + i]!, b[i]!);
    },
    multiply(out, a, b, count) {
      let total = zero;
      for (let i = 0; i < count; i++) total = add(total, (out[i] = mul(a[i]!, b[i]!)));
      return total;
    },
  };
}

const made = new WeakMap<Calculator<unknown>, CellOps<unknown>>();

/**
 * The cell operations of a calculator: native loops over Float64Arrays for {@link floatCalculator}, loops
 * of the calculator's methods for any other (made once per calculator).
 *
 * @example
 * const ops = cellOpsOf(floatCalculator);
 * const cells = ops.create(3);
 * cells[0] = 1; cells[1] = 2; cells[2] = 3;
 * ops.scale(cells, 1, 2, 10) //=> 50
 * ops.sum(cells, 0, 3) //=> 51
 */
export function cellOpsOf<T>(calc: Calculator<T>): CellOps<T> {
  if (calc === (floatCalculator as unknown as Calculator<T>)) return floatCellOps as unknown as CellOps<T>;
  let ops = made.get(calc as Calculator<unknown>) as CellOps<T> | undefined;
  if (ops === undefined) made.set(calc as Calculator<unknown>, (ops = genericCellOps(calc)) as CellOps<unknown>);
  return ops;
}
