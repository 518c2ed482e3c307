import { describe, expect, test } from 'vitest';
import { chartTitleLines } from '../../../src/render/charts/chartTitleLines';

describe('chartTitleLines', () => {
  test('a title that fits the width is one line', () => {
    expect(chartTitleLines('Cumulative NPV by month (discounted)', 640)).toEqual(['Cumulative NPV by month (discounted)']);
  });

  test('a long title is wrapped at its spaces, each line within the width at 9 px a character, nothing cut', () => {
    const title = 'Subscribers per segment: a scenario with a long name indeed';
    const lines = chartTitleLines(title, 320);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect([...line].length * 9).toBeLessThanOrEqual(320 - 24);
  });
});
