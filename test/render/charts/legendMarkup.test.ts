import { describe, expect, it } from 'vitest';
import { legendMarkup } from '../../../src/render/charts/legendMarkup';
import { truncateLabel } from '../../../src/render/charts/truncateLabel';
import { assertWellFormedXml, elements } from './support';

const item = (label: string) => ({ label, colour: '#0072B2', shape: 'line' as const });

describe('legendMarkup', () => {
  it('lays entries out in rows of 18 px, wrapping when the next would pass the width', () => {
    expect(legendMarkup([], 0, 0, 300).height).toBe(0);
    expect(legendMarkup([item('a'), item('b')], 0, 0, 300).height).toBe(18);
    // Each entry is 18 + 6 + 7.2 × 10 + 16 = 112 px: two fit in 300 px, the third wraps.
    const legend = legendMarkup([item('abcdefghij'), item('abcdefghij'), item('abcdefghij')], 0, 0, 300);
    expect(legend.height).toBe(36);
    assertWellFormedXml(legend.markup);
  });

  it('shortens long names, keeping the whole name in a tooltip, and escapes both', () => {
    const long = `<b>${'x'.repeat(60)}</b>`;
    const { markup } = legendMarkup([item(long)], 0, 0, 800);
    assertWellFormedXml(markup);
    expect(elements(markup, 'text')[0]!.text).toBe(`&lt;b&gt;${'x'.repeat(28)}…`);
    expect(elements(markup, 'title')[0]!.text).toBe(`&lt;b&gt;${'x'.repeat(60)}&lt;/b&gt;`);
  });

  it('draws a point as a dot in the middle of its swatch (18 px wide, 18 px high)', () => {
    const { markup } = legendMarkup([{ label: 'observed', colour: '#0072B2', shape: 'point' }], 12, 32, 700);
    expect(markup).toContain('<circle cx="21" cy="41" r="3.5" fill="#0072B2"/>');
  });
});

describe('truncateLabel', () => {
  it('keeps short labels and cuts long ones to the limit, ellipsis included', () => {
    expect(truncateLabel('H2+H4')).toBe('H2+H4');
    expect([...truncateLabel('é'.repeat(40), 10)]).toHaveLength(10);
    expect(truncateLabel('Welcome series with a very long name indeed', 20)).toBe('Welcome series with…');
  });
});
