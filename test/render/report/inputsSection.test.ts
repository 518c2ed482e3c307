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
});
