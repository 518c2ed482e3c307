import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/numeric/seededRandom';

const take = (next: () => number, count: number) => Array.from({ length: count }, () => next());

describe('seededRandom', () => {
  test('is mulberry32: seed 1 starts 0.6270739405881613 (the published generator)', () => {
    expect(seededRandom(1)()).toBe(0.6270739405881613);
  });

  test('the same seed gives the same sequence; another seed another', () => {
    expect(take(seededRandom(42), 100)).toEqual(take(seededRandom(42), 100));
    expect(take(seededRandom(43), 5)).not.toEqual(take(seededRandom(42), 5));
  });

  test('draws lie in [0, 1) and are uniform: mean ½ and variance 1/12 within 4 standard errors', () => {
    const n = 100_000;
    const draws = take(seededRandom(7), n);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = draws.reduce((a, b) => a + b, 0) / n;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / n));
  });

  test('a seed is taken as an unsigned 32-bit integer', () => {
    expect(take(seededRandom(2 ** 32 + 5), 3)).toEqual(take(seededRandom(5), 3));
  });

  test('refuses a seed that is not a finite number', () => {
    expect(() => seededRandom(Number.NaN)).toThrow('seed: must be a finite number, e.g. 42');
  });
});
