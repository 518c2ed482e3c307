import { describe, expect, it } from 'vitest';
import { MACHINE_OPEN_RATE, PERCENT_TYPED_RATE, plausibilityWarnings } from '../../src/schema/plausibilityWarnings';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { baseline } from '../scenarios/support';
import { deepFreeze } from '../model/support';

const input = (changes: Record<string, unknown>) => parseScenarioInput({ ...baseline, ...changes });

describe('plausibilityWarnings', () => {
  it('gives none for a plausible input', () => {
    expect(plausibilityWarnings(input({}))).toEqual([]);
    expect(plausibilityWarnings(input({ discountRateAnnual: 0.99, inflationAnnual: 0.5, newSubscribersGrowthMonthly: 0.9, conversionRate: 0.99 }))).toEqual([]);
  });

  it('takes 1 as the threshold of a rate typed as a percentage, and 0.6 for machine opens', () => {
    expect(PERCENT_TYPED_RATE).toBe(1);
    expect(MACHINE_OPEN_RATE).toBe(0.6);
  });

  it('says a discount rate or inflation of 1 or more looks like a percentage typed as a whole number', () => {
    expect(plausibilityWarnings(input({ discountRateAnnual: 10 }))).toEqual([
      'discountRateAnnual: 10 is 1000 % a year; rates are fractions: did you mean 0.1 (10 %)?',
    ]);
    expect(plausibilityWarnings(input({ inflationAnnual: 3 }))).toEqual(['inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?']);
    expect(plausibilityWarnings(input({ discountRateAnnual: 1 }))).toEqual([
      'discountRateAnnual: 1 is 100 % a year; rates are fractions: did you mean 0.01 (1 %)?',
    ]);
    expect(plausibilityWarnings(input({ newSubscribersGrowthMonthly: 2 }))).toEqual([
      'newSubscribersGrowthMonthly: 2 is 200 % a month; rates are fractions: did you mean 0.02 (2 %)?',
    ]);
  });

  it('says a churn, click or conversion rate of exactly 1 (100 %) looks like 1 % typed as 1', () => {
    expect(plausibilityWarnings(input({ conversionRate: 1 }))).toEqual(['conversionRate: 1 is 100 %; rates are fractions: did you mean 0.01 (1 %)?']);
    expect(plausibilityWarnings(input({ clickRate: 1 }))).toEqual(['clickRate: 1 is 100 %; rates are fractions: did you mean 0.01 (1 %)?']);
    expect(plausibilityWarnings(input({ churnPerMonth: 1, churnPerEmail: 0 }))).toEqual([
      'churnPerMonth: 1 is 100 %; rates are fractions: did you mean 0.01 (1 %)?',
    ]);
    expect(plausibilityWarnings(input({ grossMargin: 1 }))).toEqual([]); // a margin of 100 % is the default, not a mistake
  });

  it('says an open rate above 0.6 looks inflated by machine opens, and not at 0.6', () => {
    expect(plausibilityWarnings(input({ openRate: 0.6 }))).toEqual([]);
    const [warning, ...rest] = plausibilityWarnings(input({ openRate: 0.61 }));
    expect(rest).toEqual([]);
    expect(warning).toMatch(/^openRate: 0\.61 \(61 %\) is above 60 %, likely inflated by machine opens \(Apple Mail Privacy Protection\)/);
    expect(warning).toContain('clickRateBasis "delivered"');
  });

  it('says an open rate is ignored when the click rate is per delivered email', () => {
    const warnings = plausibilityWarnings(input({ clickRateBasis: 'delivered', clickRate: 0.03, openRate: 0.9 }));
    expect(warnings).toEqual([
      'openRate: is ignored because clickRateBasis is "delivered" (clickRate is then per delivered email): remove it, or set clickRateBasis "opens"',
    ]);
    expect(plausibilityWarnings(input({ clickRateBasis: 'delivered', clickRate: 0.03, openRate: undefined }))).toEqual([]);
  });

  it('looks inside changes, naming the change', () => {
    const warnings = plausibilityWarnings(
      input({
        changes: [
          { fromMonth: 7, set: { budgetPerMonth: 900 } },
          { fromMonth: 13, set: { inflationAnnual: 2.5, openRate: 0.7 } },
        ],
      }),
    );
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toBe('changes[1].set.inflationAnnual: 2.5 is 250 % a year; rates are fractions: did you mean 0.025 (2.5 %)?');
    expect(warnings[1]).toMatch(/^changes\[1\]\.set\.openRate: 0\.7 \(70 %\) is above 60 %/);
  });

  it('reads a patch against the basis it is given, and does not mutate it', () => {
    const patch = deepFreeze({ openRate: 0.3 });
    expect(plausibilityWarnings(patch, 'delivered')).toEqual([
      'openRate: is ignored because clickRateBasis is "delivered" (clickRate is then per delivered email): remove it, or set clickRateBasis "opens"',
    ]);
    expect(plausibilityWarnings(patch)).toEqual([]);
  });
});
