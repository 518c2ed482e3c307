import * as formulajs from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { paybackOf } from '../../../src/analysis/cashflow/paybackOf';
import { forecast } from '../../../src/model/forecast';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import { D, expectClose, expectDecimalClose, inputErrorOf } from '../../model/support';
import { article, flatList } from '../flatList';

/** $400 net every month, $1,190 invested, 12 % a year. */
const flat = { ...flatList, investment: 1190, discountRateAnnual: 0.12 };

/** The first month m ≥ 1 whose running total of `flows` (flows[0] at t = 0) is ≥ 0, or null. */
function firstMonthPaidBack(flows: readonly number[]): number | null {
  let total = 0;
  for (let m = 0; m < flows.length; m++) {
    total += flows[m]!;
    if (m >= 1 && total >= 0) return m;
  }
  return null;
}

describe('paybackOf', () => {
  it('pays $1,190 back in month 3 undiscounted, and in month 4 discounted at 12 % a year (by hand)', () => {
    const d = 1.12 ** (-1 / 12);
    // undiscounted: 400 × 2 = 800 < 1,190 ≤ 1,200 = 400 × 3
    // discounted: 400 × (d + d² + d³) ≈ 1,177.6 < 1,190 ≤ 400 × (d + … + d⁴) ≈ 1,566.3
    expect(400 * (d + d ** 2 + d ** 3)).toBeLessThan(1190);
    expect(400 * (d + d ** 2 + d ** 3 + d ** 4)).toBeGreaterThan(1190);
    const result = paybackOf(flat, { months: 12 });
    expect(result.paybackMonth).toBe(3);
    expect(result.discountedPaybackMonth).toBe(4);
    expect(result.investment.toString()).toBe('1190');
    expect(result.monthly).toHaveLength(13);
    expect(result.monthly[0]!.netCashFlow.toString()).toBe('-1190');
    expect(result.monthly[3]!.cumulativeCashFlow.toString()).toBe('10');
  });

  it('gives the IRR of −1,190 then 12 × 400, annualised, as Excel’s IRR does', () => {
    const result = paybackOf(flat, { months: 12 });
    const monthly = formulajs.IRR([-1190, ...Array<number>(12).fill(400)]) as number;
    expectClose(result.irrMonthly!, monthly, 1e-9);
    expectClose(result.irrAnnual!, (1 + monthly) ** 12 - 1, 1e-9);
  });

  it('finds the payback months of the article’s H4 by scanning its forecast, and an IRR above the discount rate since its NPV is positive', () => {
    const h4 = scenarioInputOf(article, 'H4');
    const rows = forecast(h4, { years: 5 }).rows;
    const result = paybackOf(h4, { years: 5 });
    expect(result.paybackMonth).toBe(firstMonthPaidBack([-h4.investment, ...rows.map((r) => r.netCashFlow.toNumber())]));
    expect(result.discountedPaybackMonth).toBe(rows.find((r) => r.cumulativeNpv.greaterThanOrEqualTo(0))!.month);
    expect(result.paybackMonth).toBeLessThanOrEqual(result.discountedPaybackMonth!);
    expect(result.npv.toString()).toBe(forecast(h4, { years: 5 }).npv.toString());
    const monthly = formulajs.IRR([-h4.investment, ...rows.map((r) => r.netCashFlow.toNumber())]) as number;
    expectClose(result.irrMonthly!, monthly, 1e-8);
    expect(result.irrAnnual!).toBeGreaterThan(h4.discountRateAnnual);
    // the cumulative flows add up the flows
    result.monthly.forEach((m, i) => {
      const sum = result.monthly.slice(0, i + 1).reduce((s, x) => s.plus(x.netCashFlow.toString()), new D(0));
      expectDecimalClose(m.cumulativeCashFlow, sum, '1e-35');
    });
  });

  it('is null when the investment is not paid back within the horizon', () => {
    const result = paybackOf({ ...flat, investment: 4900 }, { months: 12 }); // 12 × 400 = 4,800
    expect(result.paybackMonth).toBeNull();
    expect(result.discountedPaybackMonth).toBeNull();
    expect(result.irrAnnual!).toBeLessThan(0);
  });

  it('pays back in month 1 with no investment, and has no IRR, saying why', () => {
    const result = paybackOf({ ...flat, investment: 0 }, { months: 12 });
    expect(result.paybackMonth).toBe(1);
    expect(result.discountedPaybackMonth).toBe(1);
    expect(result.irrMonthly).toBeNull();
    expect(result.irrAnnual).toBeNull();
    expect(result.irrReason).toMatch(/change sign/);
    expect(JSON.stringify(result.monthly[0])).toBe('{"month":0,"netCashFlow":"0","cumulativeCashFlow":"0","cumulativeNpv":"0"}');
  });

  it('defaults to 5 years and names the problem in its errors', () => {
    expect(paybackOf(flat).months).toBe(60);
    expect(inputErrorOf(() => paybackOf(flat, { years: 0 })).message).toMatch(/^horizon\.years: /);
    expect(inputErrorOf(() => paybackOf({ ...flat, investment: -1 })).message).toMatch(/^investment: /);
  });
});
