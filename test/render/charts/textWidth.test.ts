import { describe, expect, test } from 'vitest';
import { textWidth } from '../../../src/render/charts/textWidth';

describe('textWidth', () => {
  test('0.6 em a character: 5 characters at 12 px are 36 px', () => {
    expect(textWidth('$100K')).toBeCloseTo(36, 12);
    expect(textWidth('$100K', 10)).toBeCloseTo(30, 12);
    expect(textWidth('')).toBe(0);
  });

  test('counts characters, not UTF-16 units', () => {
    expect(textWidth('€😀')).toBeCloseTo(2 * 0.6 * 12, 12);
  });
});
