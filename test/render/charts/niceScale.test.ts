import { describe, expect, it } from 'vitest';
import { niceScale } from '../../../src/render/charts/niceScale';

describe('niceScale', () => {
  it('rounds the domain out to ticks 1, 2 or 5 × a power of ten apart', () => {
    const { scale, ticks } = niceScale([3, 97], [0, 100], 5);
    expect(scale.domain()).toEqual([0, 100]);
    expect(ticks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('maps the ends of the domain to the ends of the range, reversed for a y axis', () => {
    const { scale } = niceScale([0, 100], [300, 50], 5);
    expect([scale(0), scale(50), scale(100)]).toEqual([300, 175, 50]);
  });

  it('widens a one-value domain so that it still has an axis', () => {
    expect(niceScale([0, 0], [0, 1], 4).scale.domain()).toEqual([-1, 1]);
    expect(niceScale([500, 500], [0, 1], 4).scale.domain()).toEqual([440, 560]);
  });

  it('keeps the data’s ends when not niced, ticks falling inside', () => {
    const { scale, ticks } = niceScale([1, 60], [0, 590], 6, false);
    expect(scale.domain()).toEqual([1, 60]);
    expect(ticks).toEqual([10, 20, 30, 40, 50, 60]);
  });
});
