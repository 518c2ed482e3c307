import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { buildReport, fanChart, formatMoney, formatNumber, npvChart, renderReport, subscribersChart, tornadoChart } from '../../src/index';
import { InputError } from '../../src/errors/inputError';

/** Every numeric attribute of an SVG (coordinates, sizes, radii, the view box) parsed as numbers. */
function svgNumbers(svg: string): number[] {
  const attributes = [...svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height|viewBox|d|points)="([^"]*)"/g)].map((m) => m[1]!);
  return attributes.flatMap((value) => value.match(/-?[\d.]+(?:e[-+]?\d+)?|NaN|Infinity/g) ?? []).map(Number);
}

const extremes: Record<string, readonly number[]> = {
  zeros: [0, 0, 0],
  subnormal: [0, 1e-310, 2e-310],
  'all equal subnormal': [1e-310, 1e-310],
  'smallest subnormals': [5e-324, 1e-323],
  'a trillion': [1e12, -1e12, 1e12],
  'the largest drawable': [1e300, -1e300],
  'all equal': [5, 5, 5],
  'one point': [3],
};

describe('no chart draws a non-finite coordinate', () => {
  for (const [name, values] of Object.entries(extremes)) {
    test(`${name}: every chart's numbers are finite and no NaN/Infinity appears`, () => {
      const charts = [
        npvChart([
          { name: 'a', values },
          { name: 'b', values: values.map((v) => v / 2) },
        ]),
        subscribersChart([{ name: 'a', values: values.map(Math.abs) }]),
        fanChart(values.map((v, i) => ({ month: i + 1, p5: v, p50: v, p95: v }))),
        tornadoChart([{ label: 'a', low: Math.min(...values), high: Math.max(...values) }], values[0]!),
      ];
      for (const svg of charts) {
        expect(svg).not.toMatch(/NaN|Infinity|∞/);
        const numbers = svgNumbers(svg);
        expect(numbers.length).toBeGreaterThan(0);
        expect(numbers.every(Number.isFinite)).toBe(true);
      }
    });
  }
});

describe('no non-finite number is printed', () => {
  test('formatMoney and formatNumber refuse NaN and ±Infinity (never "$NaN" or "$∞")', () => {
    for (const value of [NaN, Infinity, -Infinity, new Decimal(NaN), new Decimal(Infinity)]) {
      expect(() => formatMoney(value)).toThrow(InputError);
      expect(() => formatNumber(value)).toThrow(InputError);
    }
  });

  test('a report of a file with averageOrderValue 1e-310 holds no NaN or Infinity', () => {
    const baseline = {
      subscribers: 1000,
      emailsPerMonth: 2,
      openRate: 0.4,
      clickRate: 0.1,
      conversionRate: 0.05,
      averageOrderValue: 1e-310,
      discountRateAnnual: 0.1,
    };
    const html = renderReport(buildReport({ baseline, hypotheses: { H1: { openRate: 0.5 } } }));
    expect(html).not.toMatch(/NaN|Infinity|∞/);
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) expect(svgNumbers(svg).every(Number.isFinite)).toBe(true);
  });
});
