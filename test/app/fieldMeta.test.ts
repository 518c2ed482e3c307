import { describe, expect, it, vi } from 'vitest';
import { inputGuide } from '../../src/schema/inputGuide';
import { fieldRules } from '../../src/schema/fields';
import { enumOptions, fieldGroups, fromShown, guideOf, shownText, shownUnit, sliderRange, toShown, validRangeText } from '../../app/src/state/fieldMeta';

vi.mock('email-npv', () => import('../../src/index'));

describe('the baseline form’s field metadata', () => {
  it('puts every input of the guide in exactly one group, in the guide’s order within a group', () => {
    const grouped = fieldGroups.flatMap((g) => g.fields);
    expect([...grouped].sort()).toEqual(Object.keys(inputGuide).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    const order = Object.keys(inputGuide);
    for (const { fields } of fieldGroups) expect([...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(fields);
  });

  it('offers exactly the options the schema accepts for the enum fields', () => {
    for (const [field, options] of Object.entries(enumOptions)) {
      const rule = fieldRules[field as keyof typeof fieldRules];
      for (const option of options!) expect(rule.safeParse(option).success).toBe(true);
      expect(rule.safeParse('other').success).toBe(false);
    }
  });

  it('labels fields and paths from the library’s guides, shares in percent', () => {
    expect(guideOf('openRate')).toEqual(inputGuide.openRate);
    expect(guideOf('segments.engaged.openRate')?.label).toBe('Open rate (OR) · engaged');
    expect(guideOf('retention.alpha')?.label).toMatch(/^Retention α/);
    expect(shownUnit(inputGuide.openRate)).toBe('% of delivered emails');
    expect(shownUnit(inputGuide.budgetPerMonth, 'EUR')).toBe('EUR per month');
  });

  it('shows shares as percentages without float noise, and reads them back', () => {
    expect(shownText(toShown('share', 0.35))).toBe('35');
    expect(shownText(toShown('share', 0.07))).toBe('7');
    expect(fromShown('share', 35)).toBe(0.35);
    expect(fromShown('money', 35)).toBe(35);
    expect(shownText(3999.9886482042834)).toBe('3999.9886');
  });

  it('gives sliders a working range that holds the value, and the schema’s valid range in words', () => {
    expect(sliderRange('openRate', 'share', 40)).toEqual({ min: 0, max: 100, step: 0.1 });
    expect(sliderRange('emailsPerMonth', 'number', 2)).toEqual({ min: 0, max: 30, step: 1 });
    expect(sliderRange('emailsPerMonth', 'number', 60).max).toBe(60);
    expect(sliderRange('subscribers', 'people', 3999.99)).toEqual({ min: 0, max: 10000, step: 10 });
    expect(sliderRange('averageOrderValue', 'money', 100)).toEqual({ min: 0, max: 200, step: 0.2 });
    expect(validRangeText('openRate', 'share')).toBe('valid: 0 % to 100 %');
    expect(validRangeText('discountRateAnnual', 'share')).toBe('valid: more than -100 % to 1000 %');
    expect(validRangeText('retention.alpha', 'number')).toMatch(/^valid: more than 0 to /);
    expect(validRangeText('emailsPerMonth', 'number')).toBe('valid: 0 to 1000');
    expect(validRangeText('churnModel', 'text')).toBeUndefined();
  });
});
