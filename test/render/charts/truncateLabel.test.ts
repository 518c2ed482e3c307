import { describe, expect, test } from 'vitest';
import { truncateLabel } from '../../../src/render/charts/truncateLabel';

describe('truncateLabel', () => {
  test('a label within the limit is kept as it is', () => {
    expect(truncateLabel('H2+H4')).toBe('H2+H4');
    expect(truncateLabel('a'.repeat(32))).toBe('a'.repeat(32));
  });

  test('a longer one is cut to the limit, … included, without a trailing space', () => {
    expect(truncateLabel('Welcome series with a very long name indeed', 20)).toBe('Welcome series with…');
    expect([...truncateLabel('a'.repeat(40))]).toHaveLength(32);
  });

  test('counts characters, not UTF-16 units', () => {
    expect(truncateLabel('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
