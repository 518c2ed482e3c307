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
    expect(more).toContain('<tr><th scope="row">Emails per month (e) · engaged</th><td class="num" title="2">2</td><td class="num" title="10">10</td>');
    const sunset = text.slice(text.indexOf('<h3>Sunset</h3>'), text.indexOf('<h3>Back</h3>'));
    expect(sunset).toContain('<li>From month 7: Emails per month (e) · dormant 0</li>');
    const back = text.slice(text.indexOf('<h3>Back</h3>'));
    expect(back).toContain('<tr><th scope="row">Share moving · dormant → engaged</th><td class="num">—</td><td class="num" title="0.015">1.5%</td>');
  });
});
