import { describe, expect, test } from 'vitest';
import { lineChart } from '../../../src/render/charts/lineChart';

const spec = { kind: 'npv', valueKind: 'money', title: 'NPV', valueTitle: 'NPV', what: 'Cumulative NPV' } as const;
const descriptionOf = (svg: string) => /<desc id="[^"]+">([^<]*)<\/desc>/.exec(svg)?.[1];

describe('lineChart', () => {
  test('one path a series, in order, with the palette; the description names each last value and the highest', () => {
    const svg = lineChart(
      [
        { name: 'baseline', values: [-100, 50, 200] },
        { name: 'H1', values: [-300, 100, 400] },
      ],
      {},
      spec,
    );
    expect(svg.match(/<path class="series"/g)).toHaveLength(2);
    expect(svg).toMatch(/<path class="series" data-series="baseline" d="M[^"]+" fill="none" stroke="#0072B2"/);
    expect(svg).toMatch(/<path class="series" data-series="H1" d="M[^"]+" fill="none" stroke="#D55E00"/);
    expect(descriptionOf(svg)).toBe('Cumulative NPV of 2 scenarios, months 1 to 3. At month 3: baseline $200; H1 $400. Highest: H1.');
  });

  test('a shorter series says where it ends; a one-month series is a dot', () => {
    const svg = lineChart(
      [
        { name: 'long', values: [1, 2, 3] },
        { name: 'short', values: [5] },
      ],
      { firstMonth: 0 },
      spec,
    );
    expect(descriptionOf(svg)).toBe('Cumulative NPV of 2 scenarios, months 0 to 2. At month 2: long $3; short $5 (month 0). Highest: short.');
    expect(svg.match(/<circle /g)).toHaveLength(1);
  });

  test('options: title, id and description given are used as they are', () => {
    const svg = lineChart([{ name: 'a', values: [1, 2] }], { id: 'mine', title: 'Mine', description: 'Said here' }, spec);
    expect(svg).toContain('<title id="mine-title">Mine</title>');
    expect(svg).toContain('<desc id="mine-desc">Said here</desc>');
  });

  test('refuses empty series and bad options, naming them', () => {
    expect(() => lineChart([{ name: 'a', values: [] }], {}, spec)).toThrow(/^series\[0\]\.values: /);
    expect(() => lineChart([{ name: 'a', values: [1] }], { width: 10 }, spec)).toThrow('options.width: must be from 240 to 4000 px');
  });
});

describe('lineChart: series that coincide', () => {
  test('a series with the same values as an earlier one says so in the legend and the description, and is dashed over it', () => {
    const svg = lineChart(
      [
        { name: 'baseline', values: [1, 2, 3] },
        { name: 'H1', values: [1, 2, 4] },
        { name: 'H2', values: [1, 2, 3] },
      ],
      {},
      spec,
    );
    const legend = [...svg.matchAll(/<g class="legend-item">.*?<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(legend).toEqual(['baseline', 'H1', 'H2 (= baseline)']);
    expect(descriptionOf(svg)).toContain('H2 has the same values as baseline (the lines coincide).');
    const dashOf = (name: string) => new RegExp(`data-series="${name}"[^>]*?(?:stroke-dasharray="([^"]+)")?/>`).exec(svg)?.[1];
    expect(dashOf('baseline')).toBeUndefined();
    expect(dashOf('H2')).toBe('2 3');
    // The earlier of two coinciding lines is drawn wider, so that it shows at the edges of the one on top.
    const widthOf = (name: string) => new RegExp(`data-series="${name}"[^>]*? stroke-width="([\\d.]+)"`).exec(svg)?.[1];
    expect([widthOf('baseline'), widthOf('H1'), widthOf('H2')]).toEqual(['4', '2', '2']);
  });

  test('three lines that coincide: each drawn 2 px wider than the one on top of it', () => {
    const values = [5, 6, 7];
    const svg = lineChart(
      ['a', 'b', 'c'].map((name) => ({ name, values })),
      {},
      spec,
    );
    const widths = [...svg.matchAll(/<path class="series"[^>]*? stroke-width="([\d.]+)"/g)].map((m) => m[1]);
    expect(widths).toEqual(['6', '4', '2']);
    const legend = [...svg.matchAll(/<g class="legend-item">.*?<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(legend).toEqual(['a', 'b (= a)', 'c (= a)']);
  });

  test('series that differ anywhere are not said to coincide', () => {
    const svg = lineChart(
      [
        { name: 'a', values: [1, 2, 3] },
        { name: 'b', values: [1, 2] },
        { name: 'c', values: [1, 2, 3.0000001] },
      ],
      {},
      spec,
    );
    expect(svg).not.toContain('(=');
    expect(svg).not.toContain('coincide');
  });
});

describe('lineChart: height', () => {
  const series = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Hypothesis ${i + 1}`, values: [i, i + 1] }));
  const heightOf = (svg: string) => Number(/<svg [^>]*height="(\d+)"/.exec(svg)![1]);

  test('360 px by default; taller by default when a long legend needs it, so that the plot keeps 200 px', () => {
    expect(heightOf(lineChart(series(3), {}, spec))).toBe(360);
    const tall = lineChart(series(100), { width: 320 }, spec);
    expect(heightOf(tall)).toBeGreaterThan(360);
    const grid = [...tall.matchAll(/<line class="grid" [^>]*y1="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...grid) - Math.min(...grid)).toBeGreaterThanOrEqual(150); // the y axis still spans the plot
  });

  test('a height given is kept, and one too small for the legend is refused, naming it', () => {
    expect(heightOf(lineChart(series(3), { height: 300 }, spec))).toBe(300);
    expect(() => lineChart(series(100), { width: 320, height: 360 }, spec)).toThrow(/^options\.height: must be at least \d+ px to fit the legend and a plot$/);
  });
});
