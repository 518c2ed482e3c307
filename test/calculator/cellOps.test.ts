import { describe, expect, test } from 'vitest';
import { cellOpsOf } from '../../src/calculator/cellOps';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import type { Calculator } from '../../src/calculator/calculator';
import { seededRandom } from '../../src/numeric/seededRandom';

// The float calculator's methods behind a new object: cellOpsOf gives it the generic loops, not the Float64Array ones.
const floatThroughMethods: Calculator<number> = { ...floatCalculator };

describe('cellOpsOf', () => {
  test('on decimals: sums, scales and moves by hand', () => {
    const ops = cellOpsOf(decimalCalculator);
    const d = decimalCalculator.from;
    const cells = ops.create(4);
    [cells[0], cells[1], cells[2], cells[3]] = [d('0.1'), d('0.2'), d('0.3'), d('0.4')];
    expect(ops.sum(cells, 1, 2).toString()).toBe('0.5');
    expect(ops.sum(cells, 0, 0).toString()).toBe('0');
    expect(ops.scale(cells, 0, 2, d('10')).toString()).toBe('3'); // 1 + 2
    expect([cells[0], cells[1]].map(String)).toEqual(['1', '2']);
    const table = [d(0), d('0.5'), d('0.25'), d('0.125')];
    // cells[2] × table[3], cells[3] × table[2]: the table read backwards
    expect(ops.scaleByTable(cells, 2, 2, table, 3).toString()).toBe('0.1375'); // 0.3 × 0.125 + 0.4 × 0.25
    const out = ops.create(2);
    ops.scaleInto(out, cells, 0, 2, d('0.1'));
    expect([out[0], out[1]].map(String)).toEqual(['0.1', '0.2']);
    ops.addInto(cells, 2, out, 2);
    expect([cells[2], cells[3]].map(String)).toEqual(['0.1375', '0.3']); // 0.0375 + 0.1, 0.1 + 0.2
  });

  test('the float loops give the same numbers, bit for bit, as the float calculator through its methods', () => {
    const fast = cellOpsOf(floatCalculator);
    const generic = cellOpsOf(floatThroughMethods);
    expect(fast).not.toBe(generic);
    const random = seededRandom(7);
    for (let round = 0; round < 50; round++) {
      const length = 1 + Math.floor(random() * 40);
      const values = Array.from({ length }, () => random() * 1e4);
      const table = Array.from({ length: length + 1 }, () => random());
      const a = fast.create(length);
      const b = generic.create(length);
      values.forEach((v, i) => ((a[i] = v), (b[i] = v)));
      const start = Math.floor(random() * length);
      const count = length - start;
      const k = random();
      expect(fast.sum(a, start, count)).toBe(generic.sum(b, start, count));
      expect(fast.scale(a, start, count, k)).toBe(generic.scale(b, start, count, k));
      expect(fast.scaleByTable(a, 0, length, table, length)).toBe(generic.scaleByTable(b, 0, length, table, length));
      const outA = fast.create(length);
      const outB = generic.create(length);
      fast.scaleInto(outA, a, 0, length, k);
      generic.scaleInto(outB, b, 0, length, k);
      expect(Array.from(outA)).toEqual(Array.from({ length }, (_, i) => outB[i]));
      fast.addInto(a, 0, outA, length);
      generic.addInto(b, 0, outB, length);
      expect(Array.from(a)).toEqual(Array.from({ length }, (_, i) => b[i]));
    }
  });

  test('one set of operations per calculator; floats on Float64Arrays', () => {
    expect(cellOpsOf(decimalCalculator)).toBe(cellOpsOf(decimalCalculator));
    expect(cellOpsOf(floatCalculator).create(3)).toBeInstanceOf(Float64Array);
    expect(Array.isArray(cellOpsOf(decimalCalculator).create(3))).toBe(true);
  });
});
