import { describe, expect, test } from 'vitest';
import { progressLine } from '../../src/parallel/progressLine';

describe('progressLine', () => {
  test('lines, lines a second, share read and the time left at the pace so far', () => {
    // 10 s for a quarter: 30 s left.
    expect(progressLine(2500, 10, 25, 100)).toBe('batch: 2,500 lines · 250 lines/s · 25 % · ETA 0:30');
    expect(progressLine(1, 3600, 1, 2)).toBe('batch: 1 lines · 0 lines/s · 50 % · ETA 1:00:00');
  });

  test('no share or time left when the size is unknown (standard input)', () => {
    expect(progressLine(10, 0, 5, undefined)).toBe('batch: 10 lines · 0 lines/s');
  });
});
