import { describe, expect, test } from 'vitest';
import { svgFrame } from '../../../src/render/charts/svgFrame';

const spec = { kind: 'npv', width: 720, height: 360, id: 'npv-chart', title: 'NPV <H1>', description: 'NPV & more' };

describe('svgFrame', () => {
  test('a standalone, accessible svg: role img, labelled by its title and description, sized by a viewBox', () => {
    const svg = svgFrame(spec, ['<g class="body"/>']);
    const lines = svg.split('\n');
    expect(lines[0]).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart" data-chart="npv" viewBox="0 0 720 360" width="720" height="360" role="img" aria-labelledby="npv-chart-title npv-chart-desc" /,
    );
    expect(lines[1]).toBe('<title id="npv-chart-title">NPV &lt;H1&gt;</title>');
    expect(lines[2]).toBe('<desc id="npv-chart-desc">NPV &amp; more</desc>');
    expect(lines).toContain('<g class="body"/>');
    expect(lines.at(-1)).toBe('</svg>');
  });

  test('a title wider than the chart is wrapped onto more lines, never cut, and kept whole in <title>', () => {
    // At 15 px a character is 9 px wide: a 240 px chart shows (240 − 24) / 9 = 24 characters a line.
    const long = 'A very long title for a narrow chart indeed';
    const svg = svgFrame({ ...spec, width: 240, title: long }, []);
    expect(svg).toContain(`<title id="npv-chart-title">${long}</title>`);
    expect(svg).toContain('font-weight="600"><tspan x="12" y="22">A very long title for a</tspan><tspan x="12" y="41">narrow chart indeed</tspan></text>');
    expect(svg).not.toContain('…');
  });
});
