import { describe, expect, test } from 'vitest';
import { MoveBuffers } from '../../src/model/moveBuffers';
import { cellOpsOf } from '../../src/calculator/cellOps';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';

const d = decimalCalculator.from;

describe('MoveBuffers', () => {
  test('all moves act on the counts before any of them, cohort by cohort (by hand)', () => {
    const ops = cellOpsOf(decimalCalculator);
    // segments a, b, c with two cohorts each: a = [100, 10], b = [50, 5], c = [0, 0]
    const cells = ops.create(6);
    [100, 10, 50, 5, 0, 0].forEach((v, i) => (cells[i] = d(v)));
    const buffers = new MoveBuffers(decimalCalculator, ops, 3, 2);
    const moves = [
      { from: 0, to: 1, share: d('0.1') },
      { from: 0, to: 2, share: d('0.2') },
      { from: 1, to: 0, share: d('0.5') },
    ];
    const people = ops.create(3);
    [people[0], people[1], people[2]] = [d(110), d(55), d(0)];
    buffers.apply({ moves }, cells, 2, people);
    // a: 100 − 10 − 20 + 25 = 95, 10 − 1 − 2 + 2.5 = 9.5; b: 50 − 25 + 10 = 35, 5 − 2.5 + 1 = 3.5; c: 20, 2
    expect(Array.from({ length: 6 }, (_, i) => String(cells[i]))).toEqual(['95', '9.5', '35', '3.5', '20', '2']);
    expect(Array.from({ length: 3 }, (_, s) => String(buffers.out[s]))).toEqual(['33', '27.5', '0']);
    expect(Array.from({ length: 3 }, (_, s) => String(buffers.into[s]))).toEqual(['27.5', '11', '22']);
  });

  test('only the active cohorts move', () => {
    const ops = cellOpsOf(decimalCalculator);
    const cells = ops.create(4);
    [10, 10, 0, 0].forEach((v, i) => (cells[i] = d(v)));
    const people = ops.create(2);
    [people[0], people[1]] = [d(10), d(0)]; // the people in the active cohorts
    new MoveBuffers(decimalCalculator, ops, 2, 2).apply({ moves: [{ from: 0, to: 1, share: d('0.5') }] }, cells, 1, people);
    expect(Array.from({ length: 4 }, (_, i) => String(cells[i]))).toEqual(['5', '10', '5', '0']);
  });
});
