import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/errors/inputError';
import { fitChart, type FitChartSpec } from '../../../src/render/charts/fitChart';

const spec: FitChartSpec = {
  kind: 'history-openRate',
  id: 'open',
  title: 'Open rate',
  description: 'Two campaigns',
  width: 640,
  height: 320,
  locale: 'en-US',
  xKind: 'count',
  xTitle: 'campaign',
  yKind: 'percent',
  yTitle: 'open rate',
  yFromZero: true,
};
const group = {
  name: '',
  observed: [
    { x: 1, y: 0.3 },
    { x: 2, y: 0.34 },
  ],
  fitted: [
    { x: 1, y: 0.32 },
    { x: 2, y: 0.32 },
  ],
  bands: [
    {
      label: 'single campaign, 90 %',
      points: [
        { x: 1, low: 0.25, high: 0.39 },
        { x: 2, low: 0.25, high: 0.39 },
      ],
    },
    {
      label: 'mean, 90 %',
      points: [
        { x: 1, low: 0.31, high: 0.33 },
        { x: 2, low: 0.31, high: 0.33 },
      ],
    },
  ],
};
const yOf = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<circle class="${cls}" cx="[^"]+" cy="([^"]+)"`, 'g'))].map((m) => Number(m[1]));

describe('fitChart', () => {
  test('draws the bands (the widest lighter), the fitted line and a dot per observation, with the text alternative given', () => {
    const svg = fitChart([group], spec);
    expect(svg).toContain('<desc id="open-desc">Two campaigns</desc>');
    expect(svg.match(/<path class="band"[^>]*fill-opacity="([^"]+)"/g)!.map((m) => /fill-opacity="([^"]+)"/.exec(m)![1])).toEqual(['0.12', '0.25']);
    expect(svg.match(/<path class="fitted"/g)).toHaveLength(1);
    // The higher rate is drawn higher up (a smaller y).
    const [low, high] = yOf(svg, 'observed');
    expect(high!).toBeLessThan(low!);
    expect(svg).toMatch(/<text class="tick-label"[^>]*>40%<\/text>/);
    // The legend: observed (a dot), fitted (a line), the two bands (boxes).
    expect([...svg.matchAll(/<g class="legend-item"><(circle|line|rect)/g)].map((m) => m[1])).toEqual(['circle', 'line', 'rect', 'rect']);
  });

  test('dates: ticks on month starts (every second month across a year), labelled in the locale', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const svg = fitChart(
      [
        {
          name: 'VIP',
          observed: [
            { x: day('2025-01-07'), y: 0.3 },
            { x: day('2025-12-30'), y: 0.4 },
          ],
          fitted: [],
          bands: [],
        },
      ],
      {
        ...spec,
        xKind: 'date',
      },
    );
    expect(svg).toMatch(/>Mar 2025<\/text>/);
    expect(svg).toContain('VIP: observed');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  test('counts: a y axis of people from 0, compact from 10K on', () => {
    const svg = fitChart([{ name: '', observed: [{ x: 0, y: 20000 }], fitted: [{ x: 0, y: 20000 }], bands: [] }], { ...spec, yKind: 'count' });
    expect(svg).toMatch(/>20K<\/text>/);
    expect(svg).toMatch(/>0<\/text>/);
  });

  test('several groups: each its dots and line in its colour, the bands named once, in grey', () => {
    const svg = fitChart([group, { ...group, name: 'VIP' }], spec);
    const legend = [...svg.matchAll(/<g class="legend-item">(?:<title>[^<]*<\/title>)?<(circle|line|rect)[^>]*(?:fill|stroke)="(#[0-9A-Fa-f]{6})"[^>]*>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(legend).toEqual(['circle #0072B2', 'line #0072B2', 'circle #D55E00', 'line #D55E00', 'rect #8a8a8a', 'rect #8a8a8a']);
    expect(svg.match(/<path class="band"/g)).toHaveLength(4);
  });

  test('a y axis spanning the values only, when asked: no tick at 0', () => {
    const list = [
      {
        name: '',
        observed: [
          { x: 0, y: 19600 },
          { x: 1, y: 21000 },
        ],
        fitted: [],
        bands: [],
      },
    ];
    const yTicks = (svg: string) => [.../<g class="axis axis-left">[\s\S]*?<\/g>/.exec(svg)![0].matchAll(/class="tick-label"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(yTicks(fitChart(list, { ...spec, yKind: 'count', yFromZero: false }))).not.toContain('0');
    expect(yTicks(fitChart(list, { ...spec, yKind: 'count', yFromZero: true }))).toContain('0');
  });

  test('a dot with a label names it on hover, escaped', () => {
    const svg = fitChart([{ name: '', observed: [{ x: 1, y: 0.3, label: 'Sale <b>&</b>' }], fitted: [], bands: [] }], spec);
    expect(svg).toMatch(/<circle class="observed" [^>]*><title>Sale &lt;b&gt;&amp;&lt;\/b&gt;<\/title><\/circle>/);
  });

  test('refuses nothing to draw and values that are not finite', () => {
    expect(() => fitChart([{ name: '', observed: [], fitted: [], bands: [] }], spec)).toThrow(InputError);
    expect(() => fitChart([{ name: '', observed: [{ x: 1, y: Number.NaN }], fitted: [], bands: [] }], spec)).toThrow('groups: must hold finite numbers only');
  });
});
