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
