import { describe, expect, test } from 'vitest';
import { fieldRules } from '../../src/schema/fields';
import { inputGuide } from '../../src/schema/inputGuide';

describe('inputGuide', () => {
  test('guides every input field and the start date, and nothing else', () => {
    expect(Object.keys(inputGuide).sort()).toEqual([...Object.keys(fieldRules), 'startDate'].sort());
  });

  test("labels carry the article's symbols; money is in the report's currency", () => {
    expect(inputGuide.subscribers.label).toBe('Subscribers at the start (Pe)');
    expect(inputGuide.churnPerEmail.label).toBe('Churn per email (DR)');
    expect(inputGuide.discountRateAnnual).toEqual({ label: 'Discount rate (r)', unit: 'per year, effective', kind: 'share' });
    for (const guide of Object.values(inputGuide)) if (guide.kind === 'money') expect(guide.unit).toMatch(/^CUR\b/);
  });

  test('fractions are shown as shares, choices as text', () => {
    for (const field of ['openRate', 'clickRate', 'conversionRate', 'grossMargin', 'churnPerMonth'] as const) expect(inputGuide[field].kind).toBe('share');
    for (const field of ['churnModel', 'clickRateBasis', 'pricesFollowInflation', 'startDate'] as const) expect(inputGuide[field].kind).toBe('text');
  });
});
