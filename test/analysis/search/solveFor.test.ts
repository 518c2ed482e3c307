import { describe, expect, it } from 'vitest';
import { solveFor } from '../../../src/analysis/search/solveFor';
import { forecast } from '../../../src/model/forecast';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import type { ScenarioInputData } from '../../../src/schema/scenarioInput';
import { deepFreeze, expectClose, inputErrorOf } from '../../model/support';
import { article, flatList as flat } from '../flatList';

const baseline = deepFreeze(scenarioInputOf(article));
const h2 = deepFreeze(scenarioInputOf(article, 'H2'));

/** NPV over `months` of `input` with `field` set to `value` (and nothing else changed), exact, as a number. */
const npvWith = (input: ScenarioInputData, field: string, value: number, months = 60) => forecast({ ...input, [field]: value }, { months }).npv.toNumber();

/**
 * An investment that earns quickly, then loses money once the list (no acquisition, 20 % churn a month)
 * has worn out while the budget goes on: over 2 years the flows change sign twice, so the NPV is 0 at
 * two discount rates.
 */
const wearsOut = {
  subscribers: 10000,
  churnPerMonth: 0.2,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 100,
  budgetPerMonth: 200,
  investment: 10000,
  discountRateAnnual: 0.1,
};

describe('solveFor', () => {
  it('finds the break-even open rate: plugged back into the forecast, the 5-year NPV is 0', () => {
    const result = solveFor(baseline, 'openRate', { years: 5 });
    expect(result.value).toBeGreaterThan(0);
    expect(result.value).toBeLessThan(baseline.openRate!);
    expect(Math.abs(npvWith(baseline, 'openRate', result.value))).toBeLessThan(1e-6);
    // a crossing: below it the NPV is negative, above it positive
    expect(npvWith(baseline, 'openRate', result.value * (1 - 1e-6))).toBeLessThan(0);
    expect(npvWith(baseline, 'openRate', result.value * (1 + 1e-6))).toBeGreaterThan(0);
    expect(Math.abs(result.npvAtValue.toNumber())).toBeLessThan(1e-6);
    expect(result.roots).toEqual([result.value]);
    expect(result.range).toEqual({ min: 0, max: 1 });
    expect(result.currentValue).toBe(0.4);
  });

  it('finds the largest investment worth making: the NPV the scenario has without one', () => {
    const result = solveFor(h2, 'investment', { years: 5 });
    expectClose(result.value, forecast(h2, { years: 5 }).npv.toNumber(), 1e-11);
  });

  it('finds the budget at which a scenario stops paying, at each horizon', () => {
    for (const years of [1, 3, 5]) {
      const result = solveFor(baseline, 'budgetPerMonth', { years });
      expect(Math.abs(npvWith(baseline, 'budgetPerMonth', result.value, years * 12))).toBeLessThan(1e-6);
      expect(result.months).toBe(years * 12);
    }
  });

  it('reaches a target NPV other than 0', () => {
    const result = solveFor(h2, 'clickRate', { months: 36, targetNpv: 50000 });
    expectClose(npvWith(h2, 'clickRate', result.value, 36), 50000, 1e-12);
    expect(result.targetNpv).toBe(50000);
  });

  it('moves the values the field takes in changes with it', () => {
    const input = { ...h2, changes: [{ fromMonth: 13, set: { openRate: 0.3 } }] };
    const result = solveFor(input, 'openRate', { years: 3, targetNpv: 20000 });
    const scaled = { ...input, openRate: result.value, changes: [{ fromMonth: 13, set: { openRate: 0.3 * (result.value / 0.4) } }] };
    expectClose(forecast(scaled, { years: 3 }).npv.toNumber(), 20000, 1e-12);
  });

  it('lists every root when the NPV crosses the target twice, and returns the one nearest the current value', () => {
    const npvAt = (r: number) => npvWith(wearsOut, 'discountRateAnnual', r, 24);
    expect(npvAt(0)).toBeGreaterThan(0); // about 19,900 earned − 4,800 budget − 10,000 invested, undiscounted
    const result = solveFor(wearsOut, 'discountRateAnnual', { months: 24 });
    expect(result.roots).toHaveLength(2);
    for (const root of result.roots) expect(Math.abs(npvAt(root))).toBeLessThan(1e-6);
    expect(result.roots[0]!).toBeLessThan(0);
    expect(result.roots[1]!).toBeGreaterThan(0.1);
    expect(npvAt(10)).toBeLessThan(0); // at 1000 % a year the investment is not earned back
    const nearest = [...result.roots].sort((a, b) => Math.abs(a - 0.1) - Math.abs(b - 0.1))[0];
    expect(result.value).toBe(nearest);
  });

  it('searches only between min and max when given', () => {
    const all = solveFor(wearsOut, 'discountRateAnnual', { months: 24 });
    const low = solveFor(wearsOut, 'discountRateAnnual', { months: 24, min: -0.9, max: 0 });
    expect(low.roots).toHaveLength(1);
    expectClose(low.value, all.roots[0]!, 1e-10);
    expect(low.range).toEqual({ min: -0.9, max: 0 });
  });

  it('stays within the valid range the additive churn rule leaves for emails a month', () => {
    const result = solveFor(baseline, 'emailsPerMonth', { years: 5 });
    expect(Math.abs(npvWith(baseline, 'emailsPerMonth', result.value))).toBeLessThan(1e-6);
    expect(baseline.churnPerMonth + baseline.churnPerEmail * result.range.max).toBeLessThanOrEqual(1);
    expect(result.range.max).toBeGreaterThan((1 - baseline.churnPerMonth) / baseline.churnPerEmail - 1e-9);
  });

  it('says which field no value of its valid range brings to the target, and the NPVs it found', () => {
    const error = inputErrorOf(() => solveFor(baseline, 'subscribers', { years: 5 }));
    expect(error.message).toMatch(/^subscribers: no value from 0 to 1000000000000 brings the 5-year NPV to 0 \(NPV runs from [\d,]+ to [\d,]+\)$/);
    expect(inputErrorOf(() => solveFor(baseline, 'openRate', { months: 18, targetNpv: 1e9 })).message).toMatch(
      /^openRate: no value from 0 to 1 brings the 18-month NPV to 1,000,000,000/,
    );
  });

  it('names the option or field in its other errors', () => {
    expect(inputErrorOf(() => solveFor(baseline, 'openrate' as never)).message).toMatch(/^field: must be a numeric input field/);
    expect(inputErrorOf(() => solveFor(baseline, 'openRate', { min: -0.1 })).message).toMatch(/^min: must be within the valid range of openRate/);
    expect(inputErrorOf(() => solveFor(baseline, 'openRate', { min: 0.5, max: 0.2 })).message).toMatch(/^max: must be more than min/);
    expect(inputErrorOf(() => solveFor(baseline, 'openRate', { targetNpv: Number.NaN })).message).toMatch(/^targetNpv: /);
    const ctr = { ...baseline, openRate: undefined, clickRateBasis: 'delivered' as const };
    expect(inputErrorOf(() => solveFor(ctr, 'openRate')).message).toMatch(/^openRate: is not set in this scenario/);
  });

  it('returns the current value when the NPV is flat in the field and already at the target', () => {
    // Nobody on the list and nothing spent: the NPV is 0 whatever the open rate or the order value.
    const empty = { ...flat, subscribers: 0, budgetPerMonth: 0 };
    for (const field of ['openRate', 'averageOrderValue'] as const) {
      const result = solveFor(empty, field, { months: 12 });
      expect(result.value, field).toBe(empty[field]);
      expect(result.roots, field).toEqual([empty[field]]);
      expect(result.npvAtValue.isZero(), field).toBe(true);
    }
  });

  it('says the NPV does not depend on the field when it is flat away from the target', () => {
    const empty = { ...flat, subscribers: 0, budgetPerMonth: 0 };
    expect(inputErrorOf(() => solveFor(empty, 'openRate', { months: 12, targetNpv: 100 })).message).toMatch(
      /^openRate: no value from 0 to 1 brings the 1-year NPV to 100 \(the NPV does not depend on openRate in this scenario: it is 0 at every value tried\)$/,
    );
  });

  it('carries the plausibility warnings of its input', () => {
    expect(solveFor({ ...flat, inflationAnnual: 3 }, 'openRate', { months: 12 }).warnings).toEqual([
      'inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?',
    ]);
    expect(solveFor(flat, 'openRate', { months: 12 }).warnings).toEqual([]);
  });
});

describe('solveFor a field path', () => {
  // One month, no churn, no acquisition, no discounting: NPV = 2 emails × 0.1 × 0.05 × $40 × (3,000 × OR_engaged + 7,000 × 0.1) − $1,200
  //                                                           = 1,200 × OR_engaged + 280 − 1,200, zero at OR_engaged = 920 / 1,200.
  const segmented = {
    ...flat,
    segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7, openRate: 0.1 } },
  };

  it('finds the break-even open rate of the engaged segment by hand', () => {
    const r = solveFor(segmented, 'segments.engaged.openRate', { months: 1 });
    expect(r.field).toBe('segments.engaged.openRate');
    expect(r.currentValue).toBe(0.5);
    expect(r.value).toBeCloseTo(920 / 1200, 12);
    expect(r.range).toEqual({ min: 0, max: 1 });
    expect(r.npvAtValue.abs().lt(1e-6)).toBe(true);
  });

  it('finds the break-even share of the engaged segment, dormant taking the rest', () => {
    // NPV = 0.4 × 10,000 × (s × 0.5 + (1 − s) × 0.1) − 1,200 = 1,600 s + 400 − 1,200: zero at s = 0.5
    const r = solveFor(segmented, 'segments.engaged.share', { months: 1 });
    expect(r.value).toBeCloseTo(0.5, 12);
  });

  it('names a path the scenario has no place for, or that names no input', () => {
    expect(inputErrorOf(() => solveFor(segmented, 'segments.x.openRate')).message).toBe(
      'field: "segments.x.openRate" names no segment of the scenario (engaged, dormant)',
    );
    expect(inputErrorOf(() => solveFor(segmented, 'segments.engaged.opens')).message).toMatch(
      /^field: must be a numeric input field .* or a field path such as/,
    );
  });
});
