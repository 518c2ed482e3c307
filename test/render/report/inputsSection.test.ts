import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/buildReport';
import { inputsSection } from '../../../src/render/report/inputsSection';

const file = {
  baselineName: 'today',
  baseline: { subscribers: 1000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 40, discountRateAnnual: 0.1 },
  hypotheses: { More: { emailsPerMonth: 3 }, Same: {}, Both: { combine: ['More'], set: { openRate: 0.45 } } },
};
const usd = { currency: 'USD', locale: 'en-US' };

describe('inputsSection', () => {
  const html = inputsSection(buildReport(file), usd).html;

  it('lists the baseline’s fields, the ones it does not write marked as defaults', () => {
    expect(html).toContain('<h3>Baseline: today</h3>');
    expect(html).toMatch(/<th scope="row">Subscribers[^<]*<\/th><td class="num" title="1000">1,000<\/td>/);
    expect(html).toMatch(/<td class="num muted"[^>]*>100% \(default\)<\/td>/);
  });

  it('shows each hypothesis as its differences from the baseline, a combination as what it adds up to', () => {
    expect(html).toContain('<h3>More</h3>');
    expect(html).toContain('<p class="muted">Same inputs as the baseline.</p>');
    expect(html).toContain('Combines More, then sets its own values; the table shows what they add up to.');
    const both = html.slice(html.indexOf('<h3>Both</h3>'));
    expect(both).toContain('<th scope="col" class="num">Both</th>');
    expect(both).toContain('45%');
  });

  it('shows the segments, moves and retention, and a hypothesis’ segment and move differences and its changes', () => {
    const segmented = {
      baseline: {
        ...file.baseline,
        segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7, openRate: 0.1 } },
        moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: 0.04 }],
        retention: { alpha: 0.7, beta: 1.2 },
      },
      hypotheses: {
        More: { segments: { engaged: { emailsPerMonth: 10 } } },
        Sunset: { changes: [{ fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 } } } }] },
        Back: {
          moves: [
            { from: 'engaged', to: 'dormant', sharePerMonth: 0.04 },
            { from: 'dormant', to: 'engaged', sharePerMonth: 0.015 },
          ],
        },
      },
    };
    const text = inputsSection(buildReport(segmented), usd).html;
    expect(text).toContain('<h4>Segments</h4>');
    expect(text).toContain('<li>engaged → dormant: 4% of the segment a month</li>');
    expect(text).toContain('<h4>Retention by tenure (shifted-beta-geometric)</h4>');
    const more = text.slice(text.indexOf('<h3>More</h3>'), text.indexOf('<h3>Sunset</h3>'));
    expect(more).toContain('<tr><th scope="row">Emails per month (e), segment engaged</th><td class="num" title="2">2</td><td class="num" title="10">10</td>');
    const sunset = text.slice(text.indexOf('<h3>Sunset</h3>'), text.indexOf('<h3>Back</h3>'));
    expect(sunset).toContain('<li>From month 7: Emails per month (e), segment dormant 0</li>');
    const back = text.slice(text.indexOf('<h3>Back</h3>'));
    expect(back).toContain('<tr><th scope="row">Move dormant → engaged, share per month</th><td class="num">—</td><td class="num" title="0.015">1.5%</td>');
  });
});

describe('inputsSection: uncertain inputs', () => {
  const uncertain = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as {
    baseline: Record<string, { note?: string } | number | string>;
    hypotheses: Record<string, Record<string, { note?: string } | number>>;
    simulation: object;
  };
  const html = inputsSection(buildReport({ ...uncertain, simulation: { draws: 50, seed: 1 } } as never), usd).html;
  const rowOf = (table: string, label: string) => new RegExp(`<tr><th scope="row">${label.replace(/[()]/g, '\\$&')}</th>(.*?)</tr>`).exec(table)?.[1];

  it('marks the values of uncertain inputs with ~, their distribution in the tooltip', () => {
    const baseline = html.slice(html.indexOf('<table class="inputs">'), html.indexOf('</table>'));
    expect(rowOf(baseline, 'Open rate (OR)')).toBe('<td class="num" title="0.4, uncertain: beta(α 40, β 60)">~ 40%</td><td>of delivered emails</td>');
    expect(rowOf(baseline, 'Emails per month (e)')).toBe('<td class="num" title="2">2</td><td>emails per subscriber per month</td>');
    // H4's investment is uncertain, and H2+H4 takes H4's draw: both marked, the baseline's certain $0 not.
    for (const name of ['H4', 'H2+H4']) {
      const card = html.slice(html.indexOf(`<h3>${name}</h3>`));
      expect(rowOf(card, 'Investment (C)'), name).toMatch(
        /^<td class="num" title="0">\$0\.00<\/td><td class="num" title="17000\.0\d*, uncertain: triangular\(15000, mode 17000, 24000\)">~ \$17,000\.\d\d<\/td>/,
      );
    }
  });

  it('lists every uncertain input by its label with its distribution, point value and the reason its note gives', () => {
    const start = html.indexOf('<h3>Uncertain inputs</h3>');
    expect(start).toBeGreaterThan(0);
    const list = html.slice(start, html.indexOf('</ul>', start));
    const notes = [
      ...Object.values(uncertain.baseline).flatMap((v) => (typeof v === 'object' && v.note !== undefined ? [v.note] : [])),
      ...Object.values(uncertain.hypotheses).flatMap((h) => Object.values(h).flatMap((v) => (typeof v === 'object' && v.note !== undefined ? [v.note] : []))),
    ];
    expect(notes.length).toBeGreaterThan(5);
    const escape = (text: string) =>
      text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
    for (const note of notes) expect(list).toContain(`<br><span class="note">${escape(note)}</span></li>`);
    expect(list.match(/<li>/g)).toHaveLength(notes.length);
    expect(list).toContain(
      '<li><strong>Open rate (OR)</strong>, given by baseline: beta(α 40, β 60), point value 40%.<br><span class="note">Open rate 40 % as published',
    );
    expect(list).toMatch(/<li><strong>Investment \(C\)<\/strong>, given by H4: triangular\(15000, mode 17000, 24000\), point value \$17,000\.\d\d\./);
    expect(list).not.toMatch(/<strong>[a-z]+[A-Z]/); // labels, not field names
  });

  it('a file without distributions has no uncertain inputs and no ~', () => {
    const plain = inputsSection(buildReport(file), usd).html;
    expect(plain).not.toContain('Uncertain inputs');
    expect(plain).not.toContain('~');
  });
});
