import { describe, expect, test } from 'vitest';
import { wrapLabel } from '../../../src/render/charts/wrapLabel';

describe('wrapLabel', () => {
  test('breaks at spaces, each line at most the width, nothing lost', () => {
    const label = 'Retention β (sBG), segment dormant 1.08 – 1.32 *';
    for (const width of [9, 12, 20, 30]) {
      const lines = wrapLabel(label, width);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
      expect(lines.join(' ')).toBe(label);
    }
    expect(wrapLabel(label, 20)).toEqual(['Retention β (sBG),', 'segment dormant 1.08', '– 1.32 *']);
  });

  test('a label that fits is one line; spaces collapse; an empty label is one empty line', () => {
    expect(wrapLabel('Open rate (OR)', 14)).toEqual(['Open rate (OR)']);
    expect(wrapLabel('  a   b ', 10)).toEqual(['a b']);
    expect(wrapLabel('', 10)).toEqual(['']);
  });

  test('a word longer than a line is split at the line length, and only then', () => {
    expect(wrapLabel('Subscriberstoolong x', 6)).toEqual(['Subscr', 'iberst', 'oolong', 'x']);
    expect(wrapLabel('ab cd', 1)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('counts characters, not UTF-16 units', () => {
    expect(wrapLabel('αβγ δεζ', 3)).toEqual(['αβγ', 'δεζ']);
    expect(wrapLabel('😀😀 😀', 2)).toEqual(['😀😀', '😀']);
  });
});

describe('wrapLabel: no-break spaces', () => {
  test('a no-break space is not a place to break', () => {
    expect(wrapLabel('Average order value (AOV) $90.00\u00a0to\u00a0$110.00', 28)).toEqual(['Average order value (AOV)', '$90.00\u00a0to\u00a0$110.00']);
  });
});

describe('wrapLabel: no-break spaces that cannot hold', () => {
  test('a no-break group longer than a line is broken at its no-break spaces, not inside a value', () => {
    expect(wrapLabel('Budget (B) $1,080.00\u00a0to\u00a0$1,320.00', 12)).toEqual(['Budget (B)', '$1,080.00 to', '$1,320.00']);
  });
});
