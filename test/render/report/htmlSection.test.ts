import { describe, expect, it } from 'vitest';
import { htmlSection } from '../../../src/render/report/htmlSection';

describe('htmlSection', () => {
  it('draws a section labelled by its heading, the body in order, one part a line', () => {
    const section = htmlSection('inputs', 'Inputs', ['<p>first</p>', '<table></table>']);
    expect(section).toEqual({
      id: 'inputs',
      title: 'Inputs',
      html: '<section id="inputs" aria-labelledby="inputs-title">\n<h2 id="inputs-title">Inputs</h2>\n<p>first</p>\n<table></table>\n</section>',
    });
  });

  it('escapes the title in the heading but returns it as text for the table of contents', () => {
    const section = htmlSection('plan', 'R&D <2027> "plan" it\'s', []);
    expect(section.title).toBe('R&D <2027> "plan" it\'s');
    expect(section.html).toContain('<h2 id="plan-title">R&amp;D &lt;2027&gt; &quot;plan&quot; it&#39;s</h2>');
    expect(section.html).not.toContain('<2027>');
  });

  it('leaves the body as the markup it is given', () => {
    const html = htmlSection('s', 'S', ['<p class="note">a &amp; b</p>']).html;
    expect(html).toContain('\n<p class="note">a &amp; b</p>\n');
  });

  it('with no body is just the heading in its section', () => {
    expect(htmlSection('empty', 'Nothing', []).html).toBe('<section id="empty" aria-labelledby="empty-title">\n<h2 id="empty-title">Nothing</h2>\n</section>');
  });
});
