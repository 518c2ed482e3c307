import { describe, expect, test } from 'vitest';
import { seriesStyle } from '../../../src/render/charts/palette';

describe('seriesStyle', () => {
  test('the seven Okabe–Ito colours and four dash patterns cycle together: neighbours differ in both', () => {
    expect(seriesStyle(0)).toEqual({ colour: '#0072B2', dash: '' });
    expect(seriesStyle(1)).toEqual({ colour: '#D55E00', dash: '7 4' });
    expect(seriesStyle(2)).toEqual({ colour: '#009E73', dash: '2 3' });
    expect(seriesStyle(3)).toEqual({ colour: '#CC79A7', dash: '10 3 2 3' });
    expect(seriesStyle(4)).toEqual({ colour: '#E69F00', dash: '' });
    expect(seriesStyle(6)).toEqual({ colour: '#000000', dash: '2 3' });
    expect(seriesStyle(7)).toEqual({ colour: '#0072B2', dash: '10 3 2 3' });
    for (let i = 0; i < 27; i++) {
      expect(seriesStyle(i).colour).not.toBe(seriesStyle(i + 1).colour);
      expect(seriesStyle(i).dash).not.toBe(seriesStyle(i + 1).dash);
    }
  });

  test('28 series look different; the 29th repeats the first', () => {
    const styles = Array.from({ length: 28 }, (_, i) => JSON.stringify(seriesStyle(i)));
    expect(new Set(styles).size).toBe(28);
    expect(seriesStyle(28)).toEqual(seriesStyle(0));
  });
});
