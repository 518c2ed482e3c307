import { describe, expect, it } from 'vitest';
import { comparisonSection } from '../../../src/render/report/comparisonSection';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';

const usd = { currency: 'USD', locale: 'en-US' } as const;
// No orders (conversion 0): each scenario's NPV is −budget × 12 a year, undiscounted.
const losing = {
  subscribers: 1000,
  emailsPerMonth: 1,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0,
  averageOrderValue: 40,
  budgetPerMonth: 1000,
  discountRateAnnual: 0,
};

describe('comparisonSection', () => {
  it('says that no scenario breaks even, and which loses least, when every one loses money', () => {
    const html = comparisonSection(compareScenarios({ horizonsYears: [1], baseline: losing, hypotheses: { Cheaper: { budgetPerMonth: 500 } } }), usd).html;
    expect(html).toContain(
      '<li>Over 1 year (12 months): no scenario breaks even; <strong>Cheaper</strong> loses least (-$6,000), $6,000 less than baseline loses.</li>',
    );
    expect(html).toContain('none breaks even; Cheaper loses least');
    expect(html).not.toContain('wins');
  });

  it('says so too when the baseline loses least', () => {
    const html = comparisonSection(compareScenarios({ horizonsYears: [1], baseline: losing, hypotheses: { Dearer: { budgetPerMonth: 1500 } } }), usd).html;
    expect(html).toContain('<li>Over 1 year (12 months): no scenario breaks even; <strong>baseline</strong> loses least (-$12,000).</li>');
  });

  it('names the winner when one pays', () => {
    const html = comparisonSection(
      compareScenarios({ horizonsYears: [1], baseline: { ...losing, conversionRate: 0.5 }, hypotheses: { Cheaper: { budgetPerMonth: 500 } } }),
      usd,
    ).html;
    // 1,000 × 0.4 × 0.1 × 0.5 = 20 orders × $40 = $800 a month: −$2,400 for the baseline, +$3,600 with a $500 budget.
    expect(html).toContain('<strong>Cheaper</strong> wins with $3,600, $6,000 more than baseline.</li>');
    expect(html).toContain('winner: Cheaper');
  });
});
