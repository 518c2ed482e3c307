import { describe, expect, it } from 'vitest';
import { sensitivitySection, type SensitivitySectionData } from '../../../src/render/report/sensitivitySection';

const format = { currency: 'USD', locale: 'en-US' };
/** Swings by hand: |112,500 − 90,000| = 22,500; |96,000 − 104,000| = 8,000; |130,000 − 99,000| = 31,000. */
const section: SensitivitySectionData = {
  kind: 'sensitivity',
  scenario: 'H4 <new>',
  horizonYears: 3,
  base: 100000,
  bars: [
    { label: 'openRate 32% – 48%', low: 90000, high: 112500 },
    { label: 'investment', low: 104000, high: 96000 },
    { label: 'a & b', low: 99000, high: 130000 },
  ],
};
const tableOf = (html: string) => html.slice(html.indexOf('<table'));
const headerOf = (html: string) => [...tableOf(html).matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
const rowsOf = (html: string) =>
  [...tableOf(html).matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map((m) => [...m[0].matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => c[1]));

describe('sensitivitySection', () => {
  it('says what was varied, over which horizon, from which base NPV, the scenario escaped', () => {
    const html = sensitivitySection(section, 'section-1', format);
    expect(html.split('\n')[0]).toBe(
      '<p>NPV of H4 &lt;new&gt; over 3 years with one input at a time at its low and at its high value, the others at base (base NPV $100,000).</p>',
    );
  });

  it('tables each input with its NPVs at low and high and its swing, widest swing first, labels escaped', () => {
    const html = sensitivitySection(section, 'section-1', format);
    expect(tableOf(html).startsWith('<table class="sensitivity">')).toBe(true);
    expect(headerOf(html)).toEqual(['input', 'NPV at low', 'NPV at high', 'swing']);
    expect(rowsOf(html)).toEqual([
      ['a &amp; b', '$99,000', '$130,000', '$31,000'],
      ['openRate 32% – 48%', '$90,000', '$112,500', '$22,500'],
      ['investment', '$104,000', '$96,000', '$8,000'],
    ]);
    expect(html).not.toContain('a & b'); // nor in the chart
  });

  it('shows the same bars as a tornado chart in a figure, its ids under the given prefix', () => {
    const html = sensitivitySection(section, 'section-7', format);
    expect(html).toMatch(/<figure class="chart-figure">\n<div class="chart-wide"><svg[^>]*data-chart="tornado"[^>]*width="640"/);
    expect(html).toMatch(/<div class="chart-narrow"><svg[^>]*data-chart="tornado"[^>]*width="320"/);
    expect(html).toContain('aria-labelledby="section-7-tornado-title section-7-tornado-desc"');
    expect(html).toContain('aria-labelledby="section-7-tornado-narrow-title section-7-tornado-narrow-desc"');
    expect(html.indexOf('<figure')).toBeLessThan(html.indexOf('<table'));
  });

  it('writes money whole, negative NPVs with a minus, a swing never negative', () => {
    const html = sensitivitySection({ ...section, base: 1200.4, bars: [{ label: 'churn', low: -5000, high: 2000.2 }] }, 's', format);
    expect(html).toContain('(base NPV $1,200)');
    expect(rowsOf(html)).toEqual([['churn', '-$5,000', '$2,000', '$7,000']]);
  });

  it('leaves the horizon out when none is given, and adds the note, escaped, under the sentence', () => {
    const plain = sensitivitySection({ kind: 'sensitivity', scenario: section.scenario, base: section.base, bars: section.bars }, 's', format);
    expect(plain).toMatch(/^<p>NPV of H4 &lt;new&gt; with one input at a time/);
    expect(plain).not.toContain('class="note"');
    const noted = sensitivitySection({ ...section, horizonYears: 1, note: 'Moved by <10%> & held' }, 's', format);
    expect(noted.split('\n').slice(0, 2)).toEqual([
      '<p>NPV of H4 &lt;new&gt; over 1 year with one input at a time at its low and at its high value, the others at base (base NPV $100,000).</p>',
      '<p class="note">Moved by &lt;10%&gt; &amp; held</p>',
    ]);
  });

  it('writes money in the currency and locale asked for', () => {
    const html = sensitivitySection(section, 's', { currency: 'EUR', locale: 'de-DE' });
    expect(html).toContain('(base NPV 100.000\u00a0€)');
    expect(rowsOf(html)[0]).toEqual(['a &amp; b', '99.000\u00a0€', '130.000\u00a0€', '31.000\u00a0€']);
  });

  it('reports no bars as a problem of the bars', () => {
    expect(() => sensitivitySection({ ...section, bars: [] }, 's', format)).toThrow('bars: must hold at least one bar');
  });
});
