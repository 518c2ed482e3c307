import { describe, expect, test } from 'vitest';
import { timeChart } from '../../../src/render/charts/timeChart';

const spec = {
  kind: 'npv',
  id: 'npv-chart',
  title: 'NPV',
  description: 'NPV by month',
  width: 720,
  height: 360,
  currency: 'USD',
  locale: 'en-US',
  valueKind: 'money',
  valueTitle: 'NPV',
  months: [0, 60],
  values: [-17000, 163724],
  horizonsMonths: [12, 36, 60],
  legend: [],
  draw: () => ['<path class="mine"/>'],
} as const;

describe('timeChart', () => {
  test('frames the axes, a zero line when 0 is in view, the horizon marks and the data drawn', () => {
    const svg = timeChart(spec);
    expect(svg).toContain('data-chart="npv"');
    expect(svg).toContain('<g class="axis axis-left">');
    expect(svg).toContain('<g class="axis axis-bottom">');
    expect(svg).toContain('<line class="zero"');
    expect(svg.match(/<line class="horizon"/g)).toHaveLength(3);
    expect(svg).toContain('<g class="data">\n<path class="mine"/>\n</g>');
    expect(svg).toContain('>month</text>');
  });

  test('no zero line when every value is above 0', () => {
    expect(timeChart({ ...spec, values: [1000, 5000] })).not.toContain('<line class="zero"');
  });

  test('money ticks carry the currency', () => {
    expect(timeChart(spec)).toMatch(/class="tick-label"[^>]*>\$/);
  });

  test('refuses a height that leaves no room to plot', () => {
    expect(() => timeChart({ ...spec, height: 100 })).toThrow(/^options\.height: must be at least \d+ px to fit the legend and a plot$/);
  });
});
