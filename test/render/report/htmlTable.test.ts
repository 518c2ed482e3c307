import { describe, expect, it } from 'vitest';
import { htmlTable } from '../../../src/render/report/htmlTable';

describe('htmlTable', () => {
  it('escapes every cell, caption and tooltip', () => {
    const html = htmlTable(['<th>'], [[{ text: '"a" & b', title: "it's <x>" }]], { caption: '<caption>' });
    expect(html).toContain('<caption>&lt;caption&gt;</caption>');
    expect(html).toContain('<th scope="col">&lt;th&gt;</th>');
    expect(html).toContain(`<th scope="row" title="it&#39;s &lt;x&gt;">&quot;a&quot; &amp; b</th>`);
  });

  it('right-aligns every column but the first unless told which hold numbers', () => {
    expect(htmlTable(['a', 'b', 'c'], [['1', '2', '3']])).toContain('<td class="num">2</td><td class="num">3</td>');
    expect(htmlTable(['a', 'b', 'c'], [['1', '2', '3']], { numericColumns: [1] })).toContain('<td class="num">2</td><td>3</td>');
  });

  it('marks one row as the winner and muted cells as muted', () => {
    const html = htmlTable(
      ['a', 'b'],
      [
        ['x', '1'],
        ['y', { text: '2', muted: true }],
      ],
      { highlightRow: 1 },
    );
    expect(html.match(/<tr class="winner">/g)).toHaveLength(1);
    expect(html).toContain('<tr class="winner"><th scope="row">y</th><td class="num muted">2</td></tr>');
  });
});

describe('htmlTable: its own scrolling box', () => {
  it('wraps the table in a focusable, named region, named by the label, else the caption, else the columns', () => {
    const box = (html: string) =>
      /^<div class="table-scroll" role="region" tabindex="0" aria-label="([^"]*)">\n<table[\s\S]*<\/table>\n<\/div>$/.exec(html)?.[1];
    expect(box(htmlTable(['a', 'b'], [['1', '2']]))).toBe('Table: a, b');
    expect(box(htmlTable(['a', 'b'], [['1', '2']], { caption: '1 year <1>' }))).toBe('1 year &lt;1&gt;');
    expect(box(htmlTable(['a', 'b'], [['1', '2']], { caption: 'c', label: 'Inputs of "H1"' }))).toBe('Inputs of &quot;H1&quot;');
  });
});
