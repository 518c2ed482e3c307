import { describe, expect, it } from 'vitest';
import { percentText } from '../../src/render/percentText';

describe('percentText', () => {
  it('writes a fraction as a percentage in the locale, one decimal unless asked', () => {
    expect(percentText(1.2756, 'en-US')).toBe('127.6%');
    expect(percentText(0.12127, 'en-US', 2)).toBe('12.13%');
    expect(percentText(0.5, 'de-DE')).toBe('50\u00a0%');
  });
});
