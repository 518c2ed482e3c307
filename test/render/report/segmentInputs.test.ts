import { describe, expect, it } from 'vitest';
import { segmentInputs } from '../../../src/render/report/segmentInputs';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';

const usd = { currency: 'USD', locale: 'en-US' };
const plain = { subscribers: 20000, emailsPerMonth: 4, openRate: 0.25, clickRate: 0.1, conversionRate: 0.04, averageOrderValue: 80, discountRateAnnual: 0.12 };
const segmented = parseScenarioInput({
  ...plain,
  segments: { engaged: { share: 0.25, newSubscriberShare: 0.5, openRate: 0.45 }, dormant: { share: 0.75, churnPerEmail: 0.004 } },
  moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: 0.04 }],
  retention: { alpha: 0.06, beta: 0.117, existingTenureMonths: 24 },
});
const rowOf = (html: string, label: string) => html.slice(html.indexOf(`<th scope="row">${label}`)).split('\n')[0]!;
const cells = (row: string) => [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);

describe('segmentInputs', () => {
  const html = segmentInputs(segmented, usd);

  it('is empty for an unsegmented input without retention', () => {
    expect(segmentInputs(parseScenarioInput(plain), usd)).toBe('');
  });

  it('tables every segment’s shares and fields, marking what it inherits and the new subscribers it is left', () => {
    expect(html).toContain(
      '<thead><tr><th scope="col">input</th><th scope="col" class="num">engaged</th><th scope="col" class="num">dormant</th></tr></thead>',
    );
    expect(rowOf(html, 'Share of the list')).toMatch(/^<th scope="row">Share of the list<\/th>/);
    expect(cells(rowOf(html, 'Share of the list'))).toEqual(['25%', '75%']);
    // dormant gives no share of new subscribers: it takes what engaged leaves, 1 − 0.5.
    expect(rowOf(html, 'Share of new subscribers')).toMatch(/^<th scope="row">Share of new subscribers<\/th>/);
    expect(cells(rowOf(html, 'Share of new subscribers'))).toEqual(['50%', '50% (split)']);
    expect(cells(rowOf(html, 'Open rate (OR)'))).toEqual(['45%', '25% (inherited)']);
    expect(cells(rowOf(html, 'Churn per email (DR)'))).toEqual(['0% (inherited)', '0.4%']);
    expect(rowOf(html, 'Open rate (OR)')).toContain('<td class="num muted" title="0.25">25% (inherited)</td>');
  });

  it('lists the moves, from → to and the share a month', () => {
    expect(html).toContain('<li>engaged → dormant: 4% of the segment a month</li>');
  });

  it('gives the retention’s parameters and the churn they imply (α / (α + β + k − 1), by hand)', () => {
    expect(cells(rowOf(html, 'α (sBG)'))).toEqual(['0.06']);
    // 0.06 / 0.177 = 33.90 %; 0.06 / 1.177 = 5.098 %; 0.06 / 2.177 = 2.756 %.
    expect(cells(rowOf(html, 'New subscribers who leave at the end of their 1st month'))).toEqual(['33.9%']);
    expect(cells(rowOf(html, '… of their 2nd month'))).toEqual(['5.098%']);
    expect(cells(rowOf(html, '… of their 3rd month'))).toEqual(['2.756%']);
    // Π_{k=1..12} (1 − 0.06 / (0.177 + k − 1)) = 0.5583; in the 13th month 0.06 / 12.177 = 0.4927 %; the 24-month-old list 0.06 / 24.177.
    expect(cells(rowOf(html, 'A new cohort still there after 12 months'))).toEqual(['55.83%']);
    expect(cells(rowOf(html, 'Leave per month once 12 months on the list'))).toEqual(['0.4927%']);
    expect(cells(rowOf(html, 'The list on hand at month 1 leaves at the end of its next month'))).toEqual(['0.2482%']);
  });

  it('reads a yearly period as a marketer does: one decision a year, and a segment’s own retention beside the list’s', () => {
    const yearly = parseScenarioInput({
      ...plain,
      segments: { a: { share: 0.5, retention: { alpha: 1, beta: 3, periodMonths: 12 } }, b: { share: 0.5 } },
      retention: { alpha: 1, beta: 1 },
    });
    const text = segmentInputs(yearly, usd);
    expect(text).toContain('<th scope="col" class="num">the whole list</th><th scope="col" class="num">a (its own)</th>');
    // a: 1 / 4 = 25 % leave at their first renewal; after 12 months 75 % remain; the second renewal 1 / 5 = 20 %.
    expect(cells(rowOf(text, 'New subscribers who leave at the end of their 1st period'))).toEqual(['50%', '25%']);
    expect(cells(rowOf(text, 'A new cohort still there after 12 months'))[1]).toBe('75%');
    expect(cells(rowOf(text, 'Leave per period once 12 months on the list'))[1]).toBe('20%');
    expect(cells(rowOf(text, 'Period: subscribers may leave at the end of each'))).toEqual(['1 month', '12 months']);
  });
});
