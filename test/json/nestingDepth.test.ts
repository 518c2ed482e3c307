import { describe, expect, test } from 'vitest';
import { MAX_NESTING_DEPTH, nestsDeeperThan } from '../../src/json/nestingDepth';

/** `levels` lists, one inside the other, around 0. */
const nested = (levels: number): unknown => {
  let value: unknown = 0;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

describe('nestsDeeperThan', () => {
  test('counts levels of objects and lists: a plain value is 0, {} and [] are 1', () => {
    expect(nestsDeeperThan(5, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: 2 }] }, 2)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: 2 }] }, 3)).toBe(false);
  });

  test('the bound is 200 by default, and 100,000 levels are measured without recursion', () => {
    expect(MAX_NESTING_DEPTH).toBe(200);
    expect(nestsDeeperThan(nested(200))).toBe(false);
    expect(nestsDeeperThan(nested(201))).toBe(true);
    expect(nestsDeeperThan(nested(100_000))).toBe(true);
  });

  test('a cycle nests without end; an object shared by many parents is walked once per depth', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(nestsDeeperThan(cycle)).toBe(true);
    // 60 levels, each holding the level below twice: 2^60 paths, 60 objects
    let shared: unknown = { leaf: 1 };
    for (let i = 0; i < 60; i++) shared = { a: shared, b: shared };
    expect(nestsDeeperThan(shared)).toBe(false);
    expect(nestsDeeperThan(shared, 60)).toBe(true);
  });
});
