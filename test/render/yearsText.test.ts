import { describe, expect, test } from 'vitest';
import { yearsText } from '../../src/render/yearsText';

describe('yearsText', () => {
  test('writes one year in the singular and every other horizon in the plural', () => {
    expect(yearsText(1)).toBe('1 year');
    expect(yearsText(5)).toBe('5 years');
    expect(yearsText(2.5)).toBe('2.5 years');
    expect(yearsText(0.5)).toBe('0.5 years');
  });
});
