import { describe, expect, it } from 'vitest';
import { tornadoChart } from '../../../src/render/charts/tornadoChart';
import { assertWellFormedXml, elements, type MarkupElement, unescapeXml } from './support';

const base = 100000;
const bars = [
  { label: 'churnPerEmail', low: 104000, high: 94000 }, // swing 10,000
  { label: 'openRate', low: 80000, high: 115000 }, // swing 35,000
  { label: 'averageOrderValue', low: 70000, high: 130000 }, // swing 60,000
];

describe('tornadoChart', () => {
  it('draws two bars per input, widest swing on top', () => {
    const svg = tornadoChart(bars, base);
    assertWellFormedXml(svg);
    const rects = elements(svg, 'rect', 'series');
    expect(rects).toHaveLength(6);
    expect(elements(svg, 'text', 'bar-label').map((t) => t.text)).toEqual(['averageOrderValue', 'openRate', 'churnPerEmail']);
    const rowTop = (label: string) => Math.min(...rects.filter((r) => r['data-bar'] === label).map((r) => Number(r.y)));
    expect(rowTop('averageOrderValue')).toBeLessThan(rowTop('openRate'));
    expect(rowTop('openRate')).toBeLessThan(rowTop('churnPerEmail'));
  });

  it('keeps the order given when asked', () => {
    expect(elements(tornadoChart(bars, base, { sortBySwing: false }), 'text', 'bar-label').map((t) => t.text)).toEqual([
      'churnPerEmail',
      'openRate',
      'averageOrderValue',
    ]);
  });

  it('starts every bar at the base line, its length proportional to its distance from the base', () => {
    const svg = tornadoChart(bars, base);
    const baseX = Number(elements(svg, 'line', 'base')[0]!.x1);
    const pxPerUnit = (r: MarkupElement, value: number) => Number(r.width) / Math.abs(value - base);
    const scales: number[] = [];
    for (const bar of bars) {
      for (const side of ['low', 'high'] as const) {
        const rect = elements(svg, 'rect', side).find((r) => r['data-bar'] === bar.label)!;
        const [left, right] = [Number(rect.x), Number(rect.x) + Number(rect.width)];
        expect(bar[side] < base ? right : left).toBeCloseTo(baseX, 0);
        scales.push(pxPerUnit(rect, bar[side]));
      }
    }
    // One px-per-dollar for every bar (to the 0.1 px the SVG is written at: well within 1 %).
    for (const s of scales) expect(s / scales[0]!).toBeCloseTo(1, 2);
  });

  it('writes the values at the bar ends and the base above its line', () => {
    const svg = tornadoChart(bars, base);
    expect(elements(svg, 'text', 'bar-value').map((t) => t.text)).toEqual(expect.arrayContaining(['$70K', '$130K', '$80K', '$115K', '$104K', '$94K']));
    expect(elements(svg, 'text', 'base-label')[0]!.text).toBe('base $100K');
  });

  it('escapes labels and grows its default height with the bars', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const svg = tornadoChart([{ label: evil, low: 1, high: 2 }], 1.5);
    assertWellFormedXml(svg);
    expect(svg).not.toContain('<img');
    expect(unescapeXml(elements(svg, 'rect', 'low')[0]!['data-bar']!)).toBe(evil);
    const height = (n: number) =>
      Number(
        elements(
          tornadoChart(
            Array.from({ length: n }, (_, i) => ({ label: `x${i}`, low: 0, high: i + 1 })),
            0,
          ),
          'svg',
        )[0]!.height,
      );
    expect(height(10) - height(5)).toBe(5 * 28);
  });

  it('rejects no bars, non-finite values and a height too small for the bars', () => {
    expect(() => tornadoChart([], 0)).toThrow('bars: must hold at least one bar');
    expect(() => tornadoChart([{ label: 'a', low: Number.NaN, high: 1 }], 0)).toThrow('bars[0].low: must be a finite number');
    expect(() => tornadoChart(bars, Number.POSITIVE_INFINITY)).toThrow('base: must be a finite number');
    expect(() =>
      tornadoChart(
        Array.from({ length: 40 }, (_, i) => ({ label: `x${i}`, low: 0, high: i })),
        0,
        { height: 200 },
      ),
    ).toThrow('options.height: must be at least');
  });

  it('draws a bar that does not move the result as a zero-width bar, without NaN', () => {
    const svg = tornadoChart([{ label: 'flat', low: 5, high: 5 }], 5);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(elements(svg, 'rect', 'series').map((r) => r.width)).toEqual(['0', '0']);
  });

  const long = 'Growth of new subscribers (g), segment dormant 1.35% to 1.65%';
  const twoBars = [
    { label: long, low: 90000, high: 110000 },
    { label: 'Open rate (OR) 36% to 44%', low: 95000, high: 105000 },
  ];
  /** The lines of the first bar's label, with their x and y. */
  const labelLines = (svg: string) => {
    const label = /<text class="bar-label"[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/.exec(svg)![1]!;
    return [...label.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/tspan>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
  };

  it('wraps a long label beside its bar at its spaces instead of cutting it, right-aligned inside the chart, the row taller', () => {
    const svg = tornadoChart(twoBars, 100000, { width: 720 });
    assertWellFormedXml(svg);
    expect(svg).not.toContain('…');
    const lines = labelLines(svg);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe(long);
    // Right-aligned at x: the longest line, at the generous 0.6 em a character, starts inside the SVG.
    for (const line of lines) expect(line.x - [...line.text].length * 0.6 * 12).toBeGreaterThanOrEqual(0);
    expect(lines[0]!.x).toBeLessThanOrEqual(720 * 0.45);
    const bars = elements(svg, 'rect', 'high').map((r) => Number(r.y));
    expect(bars[1]! - bars[0]!).toBeGreaterThan(28); // the two-line row is taller than a one-line row
  });

  it('on a narrow chart writes each label above its bar, across the chart, never cut', () => {
    const svg = tornadoChart(twoBars, 100000, { width: 320 });
    assertWellFormedXml(svg);
    expect(svg).not.toContain('…');
    const lines = labelLines(svg);
    expect(lines.map((l) => l.text).join(' ')).toBe(long);
    for (const line of lines) {
      expect(line.x).toBe(12);
      expect(12 + [...line.text].length * 0.6 * 12).toBeLessThanOrEqual(320 - 12);
    }
    const firstBarTop = Math.min(
      ...elements(svg, 'rect', 'series')
        .filter((r) => r['data-bar'] === long)
        .map((r) => Number(r.y)),
    );
    expect(Math.max(...lines.map((l) => l.y)) + 4).toBeLessThanOrEqual(firstBarTop); // the label's baseline area ends above the bar
    // The bars take the chart's width: the plot starts at 30 px, not after a label column.
    expect(Math.min(...elements(svg, 'rect', 'series').map((r) => Number(r.x)))).toBeLessThan(320 / 2);
  });
});
