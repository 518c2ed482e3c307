import { describe, expect, it } from 'vitest';
import { subscribersChart } from '../../../src/render/charts/subscribersChart';
import { assertWellFormedXml, elements, pathPoints } from './support';

const series = [
  { name: 'baseline', values: Array.from({ length: 60 }, (_, i) => 4000 + 150 * i) }, // 4,000 … 12,850
  { name: 'weekly', values: Array.from({ length: 60 }, (_, i) => 4000 + 100 * i) },
  { name: 'daily', values: Array.from({ length: 60 }, (_, i) => 4000 - 50 * i) },
];

describe('subscribersChart', () => {
  it('draws one series path per scenario in a well-formed SVG of its own kind', () => {
    const svg = subscribersChart(series);
    assertWellFormedXml(svg);
    expect(elements(svg, 'svg')[0]!['data-chart']).toBe('subscribers');
    expect(elements(svg, 'path', 'series')).toHaveLength(3);
    expect(elements(svg, 'path', 'series').every((p) => pathPoints(p.d!).length === 60)).toBe(true);
  });

  it('counts people from 0, without a currency, compact from 10,000 on', () => {
    const svg = subscribersChart(series, { height: 360 });
    const labels = elements(svg, 'text', 'tick-label').map((t) => t.text);
    // 0 … 12,850 in about five ticks: d3 steps by 2,000 up to 14,000.
    expect(labels.slice(0, 8)).toEqual(['0', '2K', '4K', '6K', '8K', '10K', '12K', '14K']);
    expect(labels.join(' ')).not.toContain('$');
  });

  it('describes the last month of every scenario and names the largest list', () => {
    const desc = elements(subscribersChart(series), 'desc')[0]!.text;
    expect(desc).toContain('At month 60: baseline 12,850; weekly 9,900; daily 1,050.');
    expect(desc).toContain('Highest: baseline.');
  });

  it('is pure: the same string for the same input', () => {
    expect(subscribersChart(series)).toBe(subscribersChart(structuredClone(series)));
  });
});
