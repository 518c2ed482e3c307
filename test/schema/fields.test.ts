import { describe, expect, test } from 'vitest';
import { MAX_AMOUNT, changeableFieldNames, fieldRules, numericFieldNames } from '../../src/schema/fields';

describe('fieldRules', () => {
  test('amounts from 0 to 1e12, fractions from 0 to 1, growth rates above −1 up to 10', () => {
    expect(MAX_AMOUNT).toBe(1e12);
    expect(fieldRules.subscribers.safeParse(1e12).success).toBe(true);
    expect(fieldRules.subscribers.safeParse(1.000001e12).success).toBe(false);
    expect(fieldRules.budgetPerMonth.safeParse(-1).success).toBe(false);
    expect(fieldRules.openRate.safeParse(1).success).toBe(true);
    expect(fieldRules.openRate.safeParse(1.01).error?.issues[0]?.message).toBe('must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)');
    expect(fieldRules.discountRateAnnual.safeParse(-1).success).toBe(false);
    expect(fieldRules.discountRateAnnual.safeParse(-0.99).success).toBe(true);
    expect(fieldRules.inflationAnnual.safeParse(10.5).success).toBe(false);
    expect(fieldRules.emailsPerMonth.safeParse(1000).success).toBe(true);
    expect(fieldRules.emailsPerMonth.safeParse(1001).success).toBe(false);
  });

  test('the choices are words', () => {
    expect(fieldRules.churnModel.options).toEqual(['additive', 'compound']);
    expect(fieldRules.clickRateBasis.options).toEqual(['opens', 'delivered']);
    expect(fieldRules.pricesFollowInflation.safeParse('yes').error?.issues[0]?.message).toBe('must be true or false');
  });
});

describe('field name lists', () => {
  test('the numeric fields are every field but the three choices', () => {
    const choices = ['churnModel', 'clickRateBasis', 'pricesFollowInflation'];
    expect(numericFieldNames).toEqual(Object.keys(fieldRules).filter((name) => !choices.includes(name)));
    expect(numericFieldNames).toHaveLength(18);
  });

  test('the list size, the choices and the one-off investment cannot change from a month on; every other numeric field can', () => {
    const fixed = ['subscribers', 'investment'];
    expect([...changeableFieldNames].sort()).toEqual(numericFieldNames.filter((name) => !fixed.includes(name)).sort());
  });
});
