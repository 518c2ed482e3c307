import { describe, expect, it } from 'vitest';
import { npvChart } from '../../../src/render/charts/npvChart';
import { InputError } from '../../../src/errors/inputError';
import { assertWellFormedXml, elements, pathPoints, unescapeXml } from './support';

const months = (n: number, f: (m: number) => number) => Array.from({ length: n }, (_, i) => f(i + 1));
const twoScenarios = [
  { name: 'baseline', values: months(60, (m) => m * 1500) }, // 1,500 … 90,000
  { name: 'H1', values: months(60, (m) => -10000 + m * 1800) }, // −8,200 … 98,000
];
const leftAxis = (svg: string) => svg.slice(svg.indexOf('<g class="axis axis-left">'), svg.indexOf('</g>', svg.indexOf('<g class="axis axis-left">')));
const bottomAxis = (svg: string) => svg.slice(svg.indexOf('<g class="axis axis-bottom">'), svg.indexOf('</g>', svg.indexOf('<g class="axis axis-bottom">')));

describe('npvChart', () => {
  it('draws one well-formed, accessible SVG with one series path per scenario', () => {
    const svg = npvChart(twoScenarios);
    assertWellFormedXml(svg);
    const root = elements(svg, 'svg')[0]!;
    expect(root.role).toBe('img');
    expect(root['aria-labelledby']).toBe('npv-chart-title npv-chart-desc');
    expect(elements(svg, 'title').map((t) => t.id)).toContain('npv-chart-title');
    expect(elements(svg, 'desc')[0]!.id).toBe('npv-chart-desc');
    expect(elements(svg, 'path', 'series').map((p) => p['data-series'])).toEqual(['baseline', 'H1']);
    expect(elements(svg, 'g', 'legend-item')).toHaveLength(2);
  });

  it('puts every month of a series on the path, in order, at the height its value maps to', () => {
    const svg = npvChart(twoScenarios, { height: 360 });
    // Two tick labels read back to their values give the y axis independently of the code: y = a + b × value.
    const ticks = elements(leftAxis(svg), 'text', 'tick-label');
    const value = (label: string) => Number(label.replace(/[$,]/g, '').replace('K', 'e3').replace('−', '-'));
    const [t0, t1] = [ticks[0]!, ticks.at(-1)!];
    const slope = (Number(t1.y) - Number(t0.y)) / (value(t1.text) - value(t0.text));
    const points = pathPoints(elements(svg, 'path', 'series')[0]!.d!);
    expect(points).toHaveLength(60);
    points.forEach(([x, y], i) => {
      expect(y).toBeCloseTo(Number(t0.y) + slope * ((i + 1) * 1500 - value(t0.text)), 0);
      if (i > 0) expect(x).toBeGreaterThan(points[i - 1]![0]);
    });
  });

  it('labels money ticks with nice round steps in compact currency format', () => {
    const svg = npvChart(twoScenarios, { height: 360 });
    // Values span −8,200 … 98,000; with 0 in view and about five ticks, d3's 1-2-5 steps give 20,000 apart.
    expect(elements(leftAxis(svg), 'text', 'tick-label').map((t) => t.text)).toEqual(['-$20K', '$0', '$20K', '$40K', '$60K', '$80K', '$100K']);
    // About one month tick per 70 px of a 720 px chart: nine wanted, d3 steps by 5 months.
    expect(elements(bottomAxis(svg), 'text', 'tick-label').map((t) => t.text)).toEqual(['5', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55', '60']);
  });

  it('uses the currency and locale asked for', () => {
    const svg = npvChart(twoScenarios, { currency: 'EUR', locale: 'de-DE', height: 360 });
    expect(elements(leftAxis(svg), 'text', 'tick-label').map((t) => t.text)).toContain('100.000\u00a0€');
    expect(svg).toContain('baseline 90.000\u00a0€');
  });

  it('draws the zero line at the height of the $0 tick', () => {
    const svg = npvChart(twoScenarios);
    const zeroTick = elements(leftAxis(svg), 'text', 'tick-label').find((t) => t.text === '$0')!;
    expect(elements(svg, 'line', 'zero')[0]!.y1).toBe(zeroTick.y);
  });

  it('marks the 1, 3 and 5 year horizons, and only those inside the data', () => {
    expect(elements(npvChart(twoScenarios), 'line', 'horizon').map((l) => l['data-month'])).toEqual(['12', '36', '60']);
    expect(elements(npvChart(twoScenarios, { horizonsMonths: [6, 24] }), 'text', 'horizon-label').map((t) => t.text)).toEqual(['6 mo', '2 yr']);
    const short = [{ name: 'baseline', values: months(18, (m) => m) }];
    expect(elements(npvChart(short), 'line', 'horizon').map((l) => l['data-month'])).toEqual(['12']);
  });

  it('starts at month 0 when told the values start at t = 0', () => {
    const svg = npvChart([{ name: 'H4', values: [-17000, ...months(12, (m) => -17000 + m * 2000)] }], { firstMonth: 0 });
    expect(elements(bottomAxis(svg), 'text', 'tick-label')[0]!.text).toBe('0');
    expect(pathPoints(elements(svg, 'path', 'series')[0]!.d!)).toHaveLength(13);
  });

  it('escapes a malicious scenario name everywhere it is written', () => {
    const evil = `<script>alert("x")</script> & 'q'`;
    const svg = npvChart([
      { name: evil, values: [1, 2, 3] },
      { name: 'ok', values: [3, 2, 1] },
    ]);
    assertWellFormedXml(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(unescapeXml(elements(svg, 'path', 'series')[0]!['data-series']!)).toBe(evil);
  });

  it('never writes NaN or Infinity into the SVG, even for flat or zero series', () => {
    for (const values of [[0, 0, 0], [5, 5, 5], [-1e12, 1e12], [0]]) {
      const svg = npvChart([{ name: 'a', values }]);
      expect(svg).not.toMatch(/NaN|Infinity/);
      assertWellFormedXml(svg);
    }
  });

  it('draws a one-month series as a dot', () => {
    const svg = npvChart([{ name: 'one month', values: [4200] }]);
    expect(elements(svg, 'circle')).toHaveLength(1);
    expect(elements(svg, 'path', 'series')).toHaveLength(1);
  });

  it('draws series of different lengths over the longest', () => {
    const svg = npvChart([
      { name: 'long', values: months(24, (m) => m) },
      { name: 'short', values: months(6, (m) => m) },
    ]);
    expect(pathPoints(elements(svg, 'path', 'series')[1]!.d!)).toHaveLength(6);
    expect(elements(svg, 'desc')[0]!.text).toContain('short $6 (month 6)');
  });

  it('rejects no series, an empty series and non-finite values with field: rule messages', () => {
    expect(() => npvChart([])).toThrow(new InputError([{ path: 'series', rule: 'must hold at least one series' }]));
    expect(() => npvChart([{ name: 'a', values: [] }])).toThrow('series[0].values: must hold at least one month');
    expect(() => npvChart([{ name: 'a', values: [1, Number.NaN] }])).toThrow('series[0].values[1]: must be a finite number');
    expect(() => npvChart([{ name: 'a', values: [1, Infinity] }])).toThrow('series[0].values[1]:');
    expect(() => npvChart([{ name: 'a', values: [1] }], { width: 10 })).toThrow('options.width: must be from 240 to 4000 px');
    expect(() => npvChart([{ name: 'a', values: [1] }], { currency: 'dollars' })).toThrow('options.currency:');
    expect(() => npvChart([{ name: 'a', values: [1] }], { id: 'x"><script>' })).toThrow('options.id:');
    expect(() => npvChart([{ name: 'a', values: [1] }], { colour: 'red' } as never)).toThrow('options.colour: is not a known field');
  });

  it('gives the same string for the same input, and does not mutate it', () => {
    const input = structuredClone(twoScenarios);
    expect(npvChart(input, { title: 'NPV' })).toBe(npvChart(structuredClone(twoScenarios), { title: 'NPV' }));
    expect(input).toEqual(twoScenarios);
  });

  it('uses the title and description given, escaped', () => {
    const svg = npvChart(twoScenarios, { id: 'npv-2', title: 'A & B', description: 'x < y' });
    expect(elements(svg, 'title')[0]).toMatchObject({ id: 'npv-2-title', text: 'A &amp; B' });
    expect(elements(svg, 'desc')[0]).toMatchObject({ id: 'npv-2-desc', text: 'x &lt; y' });
  });
});
