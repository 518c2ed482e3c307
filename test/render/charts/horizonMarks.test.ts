import { scaleLinear } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { horizonMarks } from '../../../src/render/charts/horizonMarks';

// Months 0…60 over 100…700 px: month m is at 100 + 10 m px.
const x = scaleLinear().domain([0, 60]).range([100, 700]);
const plot = { left: 100, top: 40, right: 700, bottom: 320 };

describe('horizonMarks', () => {
  test('a dashed line and a label at each horizon inside the domain: years as "yr", others as "mo"', () => {
    const svg = horizonMarks([12, 18, 60, 72], x, plot);
    expect(svg.match(/<line class="horizon"/g)).toHaveLength(3); // 72 is outside 0…60
    expect(svg).toContain('<line class="horizon" data-month="12" x1="220" x2="220" y1="40" y2="320" stroke="#777" stroke-dasharray="4 3"/>');
    expect(svg).toContain('<text class="horizon-label" x="280" y="35" text-anchor="middle" font-size="11" fill="#555">18 mo</text>');
    expect(svg).toContain('x="700" y="35" text-anchor="middle" font-size="11" fill="#555">5 yr</text>');
    expect(svg).not.toContain('data-month="72"');
  });

  test('an empty group when no horizon is inside', () => {
    expect(horizonMarks([120], x, plot)).toBe('<g class="horizons">\n\n</g>');
  });
});
