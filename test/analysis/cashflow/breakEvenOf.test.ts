import { describe, expect, it } from 'vitest';
import { breakEvenOf } from '../../../src/analysis/cashflow/breakEvenOf';
import { irr } from '../../../src/finance/irr';
import { forecast } from '../../../src/model/forecast';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import { expectClose, inputErrorOf } from '../../model/support';
import { article } from '../flatList';

const comparison = compareScenarios(article);
const deltaAt = (name: string, years: number) => comparison.horizons.find((h) => h.years === years)!.results.find((r) => r.name === name)!.deltaVsBaseline;

/** Incremental flows and cumulative incremental NPV of a hypothesis, from two forecasts computed here. */
function incremental(name: string, months: number) {
  const h = forecast(scenarioInputOf(article, name), { months });
  const b = forecast(scenarioInputOf(article), { months });
  const flows = [h.investment.minus(b.investment).neg(), ...h.rows.map((r, m) => r.netCashFlow.minus(b.rows[m]!.netCashFlow))];
  const cumulative = [flows[0]!, ...h.rows.map((r, m) => r.cumulativeNpv.minus(b.rows[m]!.cumulativeNpv))];
  return { flows, cumulative };
}

describe('breakEvenOf', () => {
  it('gives the cumulative incremental NPV of H4 that the compare table shows at 1, 3 and 5 years', () => {
    const result = breakEvenOf(article, 'H4');
    expect(result.months).toBe(60);
    for (const years of [1, 3, 5]) expect(result.monthly[years * 12]!.cumulativeIncrementalNpv.toString()).toBe(deltaAt('H4', years).toString());
    expect(result.incrementalNpv.toString()).toBe(deltaAt('H4', 5).toString());
    expect(result.incrementalInvestment.toNumber()).toBe(article.hypotheses.H4.investment);
  });

  it('has H4 pay back between year 1 and year 3, in the month a scan of the two forecasts finds', () => {
    const result = breakEvenOf(article, 'H4');
    const { cumulative } = incremental('H4', 60);
    const scanned = cumulative.findIndex((c, m) => m >= 1 && cumulative.slice(m).every((x) => x.greaterThanOrEqualTo(0)));
    expect(result.paybackMonth).toBe(scanned);
    expect(result.paybackMonth!).toBeGreaterThan(12);
    expect(result.paybackMonth!).toBeLessThanOrEqual(36);
    expect(result.firstCrossingMonth).toBe(result.paybackMonth);
  });

  it('gives the incremental IRR of H4 as irr of the difference of the two forecasts, annualised', () => {
    const result = breakEvenOf(article, 'H4');
    const { flows } = incremental('H4', 60);
    const monthly = irr(flows);
    expectClose(result.irrMonthly!, monthly, 1e-12);
    expectClose(result.irrAnnual!, (1 + monthly) ** 12 - 1, 1e-12);
    expect(result.irrAnnual!).toBeGreaterThan(article.baseline.discountRateAnnual); // its incremental NPV is positive
    result.monthly.forEach((m, i) => expect(m.incrementalCashFlow.toString()).toBe(flows[i]!.toString()));
  });

  it('has no payback for H1, which leads early but trails at the horizon, and shows the early lead', () => {
    const result = breakEvenOf(article, 'H1');
    expect(result.incrementalNpv.toString()).toBe(deltaAt('H1', 5).toString());
    expect(result.incrementalNpv.isNegative()).toBe(true);
    expect(result.paybackMonth).toBeNull();
    const { cumulative } = incremental('H1', 60);
    expect(result.firstCrossingMonth).toBe(cumulative.findIndex((c, m) => m >= 1 && c.greaterThanOrEqualTo(0)));
    expect(deltaAt('H1', 1).isPositive()).toBe(true);
  });

  it('pays back over a shorter horizon too: H1 at 1 year', () => {
    const result = breakEvenOf(article, 'H1', { years: 1 });
    expect(result.months).toBe(12);
    expect(result.incrementalNpv.toString()).toBe(deltaAt('H1', 1).toString());
    expect(result.paybackMonth).not.toBeNull();
  });

  it('has no incremental IRR for H2, whose incremental flows are never negative, and says why', () => {
    const { flows } = incremental('H2', 60);
    expect(flows.every((f) => f.greaterThanOrEqualTo(0))).toBe(true);
    const result = breakEvenOf(article, 'H2');
    expect(result.irrAnnual).toBeNull();
    expect(result.irrReason).toMatch(/change sign/);
    expect(result.paybackMonth).toBe(1);
  });

  it('names the problem in its errors', () => {
    expect(inputErrorOf(() => breakEvenOf(article, 'H9')).message).toMatch(/"H9" is not in the file \(names: baseline, H1/);
    expect(inputErrorOf(() => breakEvenOf(article, 'baseline')).message).toMatch(/^hypothesis: "baseline" is the baseline itself/);
    expect(inputErrorOf(() => breakEvenOf(article, 'H4', { years: 200 })).message).toMatch(/^horizon\.years: /);
    expect(inputErrorOf(() => breakEvenOf(article.baseline, 'H4')).message).toMatch(/^baseline: is required/m);
  });
});
