import { describe, expect, test } from 'vitest';
import { chartFigure, NARROW_CHART, WIDE_CHART } from '../../../src/render/report/chartFigure';
import { npvChart } from '../../../src/render/charts/npvChart';
import { reportStyles } from '../../../src/render/report/reportStyles';

describe('chartFigure', () => {
  test('draws the chart at the wide and the narrow width, ids unique, the caption escaped', () => {
    const calls: [number, string][] = [];
    const html = chartFigure(
      (width, id) => {
        calls.push([width, id]);
        return `<svg data-width="${width}"/>`;
      },
      'npv-chart',
      'a <b> & c',
    );
    expect(calls).toEqual([
      [640, 'npv-chart'],
      [320, 'npv-chart-narrow'],
    ]);
    expect(html).toContain('<div class="chart-wide"><svg data-width="640"/></div>');
    expect(html).toContain('<div class="chart-narrow"><svg data-width="320"/></div>');
    expect(html).toContain('<figcaption>a &lt;b&gt; &amp; c</figcaption>');
    expect(chartFigure(() => '', 'x')).not.toContain('figcaption');
  });

  test('a real chart: the two drawings share no id', () => {
    const html = chartFigure((width, id) => npvChart([{ name: 'a', values: [1, 2, 3] }], { width, id }), 'npv');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the widths keep 11 px text at 10 px or more in the boxes the stylesheet gives them', () => {
    // Narrow: shown on screens up to 720 px; the smallest is a 360 px phone, whose box is 360 − 2 × 12 (page) − 2 × 12 (section) − 2 (border) = 310 px.
    expect((11 * 310) / NARROW_CHART).toBeGreaterThanOrEqual(10);
    // Wide: shown from 721 px: 721 − 2 × 24 − 2 × 20 − 2 = 631 px; two a row only from 600 px each.
    expect((11 * 600) / WIDE_CHART).toBeGreaterThanOrEqual(10);
    expect(reportStyles).toMatch(/@media screen and \(max-width: 720px\)/);
    expect(reportStyles).toMatch(/minmax\(min\(600px, 100%\), 1fr\)/);
  });
});
