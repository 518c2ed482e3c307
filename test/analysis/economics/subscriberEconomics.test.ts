import { describe, expect, it } from 'vitest';
import { ctrFromCtor } from '../../../src/analysis/economics/ctrFromCtor';
import { subscriberEconomics } from '../../../src/analysis/economics/subscriberEconomics';
import { D, deepFreeze, expectDecimalClose, inputErrorOf } from '../../model/support';
import { subscriberExample } from '../subscriberExample';

// The three months of subscriberExample, by hand (see its table).
const input = subscriberExample;

describe('subscriberEconomics', () => {
  const result = subscriberEconomics(input, { months: 3, acquisitionSpend: 200 });

  it('adds up the three months of the hand computation', () => {
    const t = result.totals;
    expect([t.newSubscribers, t.subscribersLost, t.emailsSent, t.orders, t.revenue, t.grossProfit, t.costs, t.acquisitionSpend!].map(String)).toEqual([
      '450',
      '314.5',
      '6290',
      '62.9',
      '6290',
      '3145',
      '900',
      '600',
    ]);
    expect(result.months).toBe(3);
  });

  it('computes CAC per month and over the horizon from the acquisition spend', () => {
    expect(result.monthly.map((m) => m.cac!.toFixed(6))).toEqual(['1.333333', '1.333333', '1.333333']); // 200 / 150
    expectDecimalClose(result.cac!, new D(600).div(450), '1e-30');
  });

  it('takes the new subscribers as leads unless lead counts are given', () => {
    expect(result.cpl!.equals(result.cac!)).toBe(true);
    const withLeads = subscriberEconomics(input, { months: 3, acquisitionSpend: 200, leadsPerMonth: 400 });
    expect(withLeads.cpl!.toString()).toBe('0.5'); // 600 / 1200
    expect(withLeads.totals.leads.toString()).toBe('1200');
    expect(withLeads.cac!.equals(result.cac!)).toBe(true);
  });

  it('computes CPO as email costs per order', () => {
    expect(result.monthly.map((m) => m.cpo!.toFixed(6))).toEqual([(300 / 20).toFixed(6), (300 / 21).toFixed(6), (300 / 21.9).toFixed(6)]);
    expectDecimalClose(result.cpo!, new D(900).div(62.9), '1e-30');
  });

  it('computes the list growth rate as (new − lost) / list, per month and on average', () => {
    expect(result.monthly.map((m) => m.listGrowthRate!.toFixed(8))).toEqual([(50 / 1000).toFixed(8), (45 / 1050).toFixed(8), (40.5 / 1095).toFixed(8)]);
    expectDecimalClose(result.listGrowthRateMonthly!, new D(1135.5).div(1000).pow(new D(1).div(3)).minus(1), '1e-30');
  });

  it('gives the revenue per email of metrics.md: OR × CTOR × CR × AOV, or CTR × CR × AOV', () => {
    expect(result.revenuePerEmail!.toString()).toBe('1'); // 0.5 × 0.2 × 0.1 × 100
    expect(result.monthly.every((m) => m.revenuePerEmail!.toString() === '1')).toBe(true);
    const ctr = ctrFromCtor(0.5, 0.2);
    const delivered = subscriberEconomics({ ...input, openRate: undefined, clickRate: ctr, clickRateBasis: 'delivered' }, { months: 3 });
    expect(ctr).toBe(0.1);
    expect(delivered.revenuePerEmail!.toString()).toBe('1'); // 0.1 × 0.1 × 100
  });

  it('divides the value of a subscriber by CAC', () => {
    // value over 3 months: $1 a month (2 × 0.01 × $100 × 0.5) kept 1, 0.9, 0.81 → 2.71
    expect(result.subscriberValue.value.toString()).toBe('2.71');
    expectDecimalClose(result.ltvToCac!, new D(2.71).div(new D(600).div(450)), '1e-30'); // 2.0325
  });

  it('divides the value of a new subscriber (tenure 0) by CAC when the list has a tenure of its own', () => {
    // sBG α = β = 1: churn 1 / (1 + k). The list (tenure 2) keeps 3/4 then 4/5; a new subscriber keeps 1/2 then 2/3.
    const retained = { ...input, churnPerMonth: 0, retention: { model: 'sBG' as const, alpha: 1, beta: 1, existingTenureMonths: 2 } };
    const economics = subscriberEconomics(retained, { months: 3, acquisitionSpend: 600 });
    expect(economics.subscriberValue.value.toString()).toBe('2.35'); // 1 + 3/4 + 3/5
    const newcomer = new D(1).plus(0.5).plus(new D(1).div(3));
    expectDecimalClose(economics.ltvToCac!, newcomer.div(new D(600).div(150)), '1e-30'); // CAC: $600 / 150 new a month
  });

  it('leaves CAC, CPL and LTV/CAC out when no spend is given or nobody joins', () => {
    const noSpend = subscriberEconomics(input, { months: 3 });
    expect([noSpend.cac, noSpend.cpl, noSpend.ltvToCac, noSpend.totals.acquisitionSpend, noSpend.monthly[0]!.cac]).toEqual([null, null, null, null, null]);
    const nobody = subscriberEconomics({ ...input, newSubscribersPerMonth: 0 }, { months: 3, acquisitionSpend: 200 });
    expect([nobody.cac, nobody.ltvToCac]).toEqual([null, null]);
    const empty = subscriberEconomics({ ...input, subscribers: 0, newSubscribersPerMonth: 0 }, { months: 2 });
    expect([empty.listGrowthRateMonthly, empty.revenuePerEmail, empty.cpo, empty.monthly[0]!.listGrowthRate]).toEqual([null, null, null, null]);
  });

  it('forecasts five years when no horizon is given, and does not mutate its arguments', () => {
    expect(subscriberEconomics(deepFreeze({ ...input }), deepFreeze({ acquisitionSpend: 1 })).months).toBe(60);
  });

  it('rejects a negative spend and unknown options', () => {
    expect(inputErrorOf(() => subscriberEconomics(input, { acquisitionSpend: -5 })).message).toMatch(/^acquisitionSpend: must be 0 or more/);
    expect(inputErrorOf(() => subscriberEconomics(input, { spend: 5 } as never)).message).toBe('spend: is not a known field (check the spelling)');
  });
});
