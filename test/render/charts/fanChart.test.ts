import { describe, expect, it } from 'vitest';
import { fanChart } from '../../../src/render/charts/fanChart';
import { assertWellFormedXml, elements, pathPoints } from './support';

const band = Array.from({ length: 61 }, (_, m) => ({ month: m, p5: -17000 + 1000 * m, p50: -17000 + 2000 * m, p95: -17000 + 3000 * m }));

describe('fanChart', () => {
  it('draws the P5–P95 band and the median as two series paths', () => {
    const svg = fanChart(band);
    assertWellFormedXml(svg);
    expect(elements(svg, 'path', 'series').map((p) => p.class)).toEqual(['series band', 'series median']);
    expect(elements(svg, 'g', 'legend-item').map((g) => g.text)).toHaveLength(2);
    expect(svg).toContain('>P5–P95</text>');
  });

  it('closes the band along p95 one way and p5 back, the median through every month', () => {
    const svg = fanChart(band);
    const [area, median] = elements(svg, 'path', 'series').map((p) => pathPoints(p.d!));
    expect(area).toHaveLength(2 * 61);
    expect(median).toHaveLength(61);
    // At every month the median lies between the band's edges (y grows downwards).
    median!.forEach(([x, y], i) => {
      const [top, bottom] = area!.filter(([ax]) => ax === x) as [[number, number], [number, number]];
      expect(Math.min(top[1], bottom[1])).toBeLessThanOrEqual(y);
      expect(Math.max(top[1], bottom[1])).toBeGreaterThanOrEqual(y);
      if (i > 0) expect(x).toBeGreaterThan(median![i - 1]![0]);
    });
  });

  it('says the last month’s percentiles in its description', () => {
    expect(elements(fanChart(band), 'desc')[0]!.text).toContain('At month 60: P5 $43,000, P50 $103,000, P95 $163,000.');
  });

  it('handles a one-month band with a dot', () => {
    const svg = fanChart([{ month: 12, p5: 1, p50: 2, p95: 3 }]);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(elements(svg, 'circle')).toHaveLength(1);
  });

  it('rejects an empty band, crossed percentiles and months out of order', () => {
    expect(() => fanChart([])).toThrow('band: must hold at least one month');
    expect(() => fanChart([{ month: 1, p5: 3, p50: 2, p95: 4 }])).toThrow('band[0]: must have p5 ≤ p50 ≤ p95');
    expect(() =>
      fanChart([
        { month: 2, p5: 1, p50: 2, p95: 3 },
        { month: 2, p5: 1, p50: 2, p95: 3 },
      ]),
    ).toThrow('band[1].month: must be later than the month before');
    expect(() => fanChart([{ month: 1, p5: Number.NaN, p50: 2, p95: 3 }])).toThrow('band[0].p5: must be a finite number');
  });
});
