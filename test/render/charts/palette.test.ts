import { describe, expect, test } from 'vitest';
import { seriesStyle } from '../../../src/render/charts/palette';

describe('seriesStyle', () => {
  test('seven Okabe–Ito colours, solid, then the same colours dashed', () => {
    expect(seriesStyle(0)).toEqual({ colour: '#0072B2', dash: '' });
    expect(seriesStyle(1)).toEqual({ colour: '#D55E00', dash: '' });
    expect(seriesStyle(6)).toEqual({ colour: '#000000', dash: '' });
    expect(seriesStyle(7)).toEqual({ colour: '#0072B2', dash: '7 4' });
    expect(seriesStyle(15)).toEqual({ colour: '#D55E00', dash: '2 3' });
  });

  test('28 series look different; the 29th repeats the first', () => {
    const styles = Array.from({ length: 28 }, (_, i) => JSON.stringify(seriesStyle(i)));
    expect(new Set(styles).size).toBe(28);
    expect(seriesStyle(28)).toEqual(seriesStyle(0));
  });
});
