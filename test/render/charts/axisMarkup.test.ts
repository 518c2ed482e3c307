import { scaleLinear } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { axisMarkup } from '../../../src/render/charts/axisMarkup';

const plot = { left: 50, top: 40, right: 650, bottom: 340 };

describe('axisMarkup', () => {
  test('bottom: a tick and a label at each tick, the domain line and the title; no grid by default', () => {
    const scale = scaleLinear().domain([0, 60]).range([50, 650]); // month m at 50 + 10 m
    const svg = axisMarkup({ orient: 'bottom', scale, ticks: [0, 30, 60], label: String, plot, title: 'month' });
    expect(svg.startsWith('<g class="axis axis-bottom">')).toBe(true);
    expect(svg).toContain('<line class="tick" x1="350" x2="350" y1="340" y2="345" stroke="#999"/>');
    expect(svg).toContain('<text class="tick-label" x="650" y="358" text-anchor="middle" fill="#555">60</text>');
    expect(svg).toContain('<line class="domain" x1="50" x2="650" y1="340" y2="340" stroke="#999"/>');
    expect(svg).toContain('<text class="axis-title" x="350" y="376" text-anchor="middle" fill="#555">month</text>');
    expect(svg).not.toContain('class="grid"');
  });

  test('left: a grid line across the plot and a label at each tick; labels and title escaped', () => {
    const scale = scaleLinear().domain([0, 100]).range([340, 40]); // value v at 340 − 3 v
    const svg = axisMarkup({ orient: 'left', scale, ticks: [0, 50], label: (v) => `<${v}>`, plot, title: 'NPV & more' });
    expect(svg).toContain('<line class="grid" x1="50" x2="650" y1="190" y2="190" stroke="#e3e3e3"/>');
    expect(svg).toContain('<text class="tick-label" x="44" y="190" dy="0.32em" text-anchor="end" fill="#555">&lt;50&gt;</text>');
    expect(svg).toContain('rotate(-90)" text-anchor="middle" fill="#555">NPV &amp; more</text>');
    expect(axisMarkup({ orient: 'left', scale, ticks: [0], label: String, plot, grid: false })).not.toContain('class="grid"');
  });
});
