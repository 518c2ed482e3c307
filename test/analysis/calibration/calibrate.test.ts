import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/analysis/calibration/calibrate';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';
import { InputError } from '../../../src/errors/inputError';
import type { ScenarioFileData } from '../../../src/scenarios/scenarioFile';

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8'));
const articleObserved = JSON.parse(readFileSync('examples/moller-article.observed.json', 'utf8'));

/** The article's file with chosen values of the unknowns written in. */
function articleWith(values: { subscribers: number; churnPerEmail: number; discountRateAnnual: number; investment: number }) {
  return {
    ...article,
    baseline: { ...article.baseline, subscribers: values.subscribers, churnPerEmail: values.churnPerEmail, discountRateAnnual: values.discountRateAnnual },
    hypotheses: { ...article.hypotheses, H4: { ...article.hypotheses.H4, investment: values.investment } },
  };
}

describe('calibrate', () => {
  it('recovers inputs from NPVs the model itself produced, starting from wide ranges', () => {
    const truth = { subscribers: 5200, churnPerEmail: 0.0063, discountRateAnnual: 0.18, investment: 18500 };
    const comparison = compareScenarios(articleWith(truth));
    const observed = comparison.horizons.flatMap((h) => h.results.map((r) => ({ hypothesis: r.name, years: h.years, npv: r.npv.toNumber() })));
    const fit = calibrate({
      scenarios: articleWith({ subscribers: 1000, churnPerEmail: 0.001, discountRateAnnual: 0.05, investment: 15000 }),
      observed,
      unknowns: {
        subscribers: { min: 100, max: 50000 },
        churnPerEmail: { min: 0, max: 0.02 },
        discountRateAnnual: { min: 0, max: 0.6 },
        'H4.investment': { min: 10000, max: 30000 },
      },
      seed: 3,
    });
    expect(fit.fitted.subscribers).toBeCloseTo(truth.subscribers, 2);
    expect(fit.fitted.churnPerEmail).toBeCloseTo(truth.churnPerEmail, 7);
    expect(fit.fitted.discountRateAnnual).toBeCloseTo(truth.discountRateAnnual, 6);
    expect(fit.fitted['H4.investment']).toBeCloseTo(truth.investment, 2);
    expect(fit.maxAbsError).toBeLessThan(0.01);
    expect(fit.scenarios.hypotheses.H4).toMatchObject({ investment: fit.fitted['H4.investment'] });
  }, 60_000);

  it('reproduces every published cell of the article within a dollar', () => {
    const { observed, unknowns, seed } = articleObserved;
    const fit = calibrate({ scenarios: article, observed, unknowns, seed });
    expect(fit.residuals).toHaveLength(18);
    for (const r of fit.residuals) expect(Math.abs(r.model - r.observed)).toBeLessThan(1);
    expect(fit.maxAbsError).toBeLessThan(1);
  }, 60_000);

  it('fits a baseline field without touching a hypothesis that sets that field itself', () => {
    // H1 sends its own churn per email; the baseline's is unknown. H2 inherits the baseline's.
    const file = (churnPerEmail: number) => ({
      ...article,
      baseline: { ...article.baseline, churnPerEmail },
      hypotheses: { ...article.hypotheses, H1: { ...article.hypotheses.H1, churnPerEmail: 0.009 } },
    });
    const comparison = compareScenarios(file(0.0063));
    const observed = comparison.horizons.flatMap((h) => h.results.map((r) => ({ hypothesis: r.name, years: h.years, npv: r.npv.toNumber() })));
    const fit = calibrate({ scenarios: file(0.002), observed, unknowns: { churnPerEmail: { min: 0, max: 0.02 } }, seed: 2 });
    expect(fit.fitted.churnPerEmail).toBeCloseTo(0.0063, 8);
    expect(fit.maxAbsError).toBeLessThan(0.01);
    expect(fit.scenarios.hypotheses.H1).toMatchObject({ churnPerEmail: 0.009 });
  }, 60_000);

  it("fits a hypothesis' field it does not write yet, reaching only the scenarios that take the field from it", () => {
    // H2 writes no investment: the unknown adds one to H2's patch. H2+H4 combines H2, then H4, whose investment wins.
    const file = (investment: number | undefined) => ({
      ...article,
      hypotheses: { ...article.hypotheses, H2: { ...article.hypotheses.H2, ...(investment === undefined ? {} : { investment }) } },
    });
    const comparison = compareScenarios(file(4200));
    const observed = comparison.horizons.flatMap((h) => h.results.map((r) => ({ hypothesis: r.name, years: h.years, npv: r.npv.toNumber() })));
    const fit = calibrate({ scenarios: file(undefined), observed, unknowns: { 'H2.investment': { min: 0, max: 20000 } }, seed: 1 });
    expect(fit.fitted['H2.investment']).toBeCloseTo(4200, 4);
    expect(fit.maxAbsError).toBeLessThan(0.01);
    expect(fit.scenarios.hypotheses.H2).toMatchObject({ investment: fit.fitted['H2.investment'] });
  }, 60_000);

  it('says when two unknowns enter the data only as a product', () => {
    const single = { ...article, baseline: { ...article.baseline, newSubscribersPerMonth: 0 }, hypotheses: {} };
    const observed = [1, 3, 5].map((years) => ({ hypothesis: 'baseline', years, npv: [9000, 20000, 25000][[1, 3, 5].indexOf(years)]! }));
    const fit = calibrate({
      scenarios: single,
      observed,
      unknowns: { subscribers: { min: 100, max: 50000 }, averageOrderValue: { min: 10, max: 500 }, churnPerMonth: { min: 0, max: 0.1 } },
      seed: 1,
    });
    expect(fit.inseparable).toContainEqual(['subscribers', 'averageOrderValue']);
  }, 60_000);

  it('names the field and the rule for a bad request', () => {
    const bad =
      (unknowns: Record<string, { min: number; max: number }>, hypothesis = 'baseline') =>
      () =>
        calibrate({ scenarios: article, observed: [{ hypothesis, years: 1, npv: 1 }], unknowns });
    expect(bad({ openrate: { min: 0, max: 1 } })).toThrow(/unknowns\.openrate: "openrate" is not a numeric input field/);
    expect(bad({ 'H9.investment': { min: 0, max: 1 } })).toThrow(/unknowns\.H9\.investment: "H9" is not a hypothesis/);
    expect(bad({ churnPerMonth: { min: 0.5, max: 0.1 } })).toThrow(InputError);
    expect(bad({ churnPerMonth: { min: 0, max: 0.1 } }, 'H7')).toThrow(/observed\[0\]\.hypothesis: "H7" is not in the file/);
  });
});

describe('calibrate by field path', () => {
  /** Two segments; H1 mails dormant less (a patch that merges into segments, leaving engaged's fields to the baseline). */
  const file = (engagedOpenRate: number, h1DormantOpenRate?: number) => ({
    baseline: {
      subscribers: 20000,
      newSubscribersPerMonth: 600,
      emailsPerMonth: 2,
      openRate: 0.25,
      clickRate: 0.1,
      conversionRate: 0.04,
      averageOrderValue: 60,
      budgetPerMonth: 3000,
      discountRateAnnual: 0.12,
      segments: { engaged: { share: 0.3, openRate: engagedOpenRate, emailsPerMonth: 8 }, dormant: { share: 0.7, openRate: 0.08, churnPerEmail: 0.004 } },
      retention: { model: 'sBG', alpha: 0.7, beta: 1.2 },
    },
    hypotheses: { H1: { segments: { dormant: { emailsPerMonth: 1, ...(h1DormantOpenRate === undefined ? {} : { openRate: h1DormantOpenRate }) } } } },
  });
  const observedOf = (data: ScenarioFileData) =>
    compareScenarios(data).horizons.flatMap((h) => h.results.map((r) => ({ hypothesis: r.name, years: h.years, npv: r.npv.toNumber() })));

  it('recovers a segment’s open rate, which reaches the hypothesis that patches another segment, and writes it in its segment', () => {
    const fit = calibrate({
      scenarios: file(0.3, 0.1),
      observed: observedOf(file(0.55, 0.06) as ScenarioFileData),
      unknowns: { 'segments.engaged.openRate': { min: 0.1, max: 0.9 }, 'H1.segments.dormant.openRate': { min: 0, max: 0.5 } },
      seed: 1,
    });
    expect(fit.fitted['segments.engaged.openRate']).toBeCloseTo(0.55, 8);
    expect(fit.fitted['H1.segments.dormant.openRate']).toBeCloseTo(0.06, 8);
    expect(fit.maxAbsError).toBeLessThan(0.01);
    const scenarios = fit.scenarios as unknown as ReturnType<typeof file>;
    expect(scenarios.baseline.segments.engaged.openRate).toBe(fit.fitted['segments.engaged.openRate']);
    expect(scenarios.hypotheses.H1.segments.dormant).toEqual({ emailsPerMonth: 1, openRate: fit.fitted['H1.segments.dormant.openRate'] });
  }, 60_000);

  it('names an unknown whose path the scenario has no place for, a share, and a hypothesis’ move it does not write', () => {
    const bad = (unknowns: Record<string, { min: number; max: number }>) => () =>
      calibrate({
        scenarios: { ...file(0.5), baseline: { ...file(0.5).baseline, moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: 0.03 }] } },
        observed: [{ hypothesis: 'baseline', years: 1, npv: 1 }],
        unknowns,
      });
    expect(bad({ 'segments.x.openRate': { min: 0, max: 1 } })).toThrow(
      'unknowns.segments.x.openRate: "segments.x.openRate" names no segment of the scenario (engaged, dormant)',
    );
    expect(bad({ 'H1.segments.engaged.share': { min: 0, max: 1 } })).toThrow(/^unknowns\.H1\.segments\.engaged\.share: a segment's share cannot be fitted/);
    expect(bad({ 'H1.moves[0].sharePerMonth': { min: 0, max: 1 } })).toThrow(/^unknowns\.H1\.moves\[0\]\.sharePerMonth: H1 writes no moves of its own/);
    expect(bad({ 'segments.engaged.opens': { min: 0, max: 1 } })).toThrow(/^unknowns\.segments\.engaged\.opens: "opens" is not a numeric input field/);
  });
});

describe('calibrate to monthly series', () => {
  // A list's history written by hand from known inputs (README: S₁ = subscribers, S_{m+1} = S_m·keep + A_m,
  // keep = 1 − c − DR·e, A_m = Pn·(1 + g)^(m−1), orders_m = S_m·e·open·click·conversion, revenue_m = orders_m·AOV)
  const base = {
    subscribers: 20_000,
    newSubscribersPerMonth: 900,
    newSubscribersGrowthMonthly: 0.01,
    churnPerMonth: 0.015,
    churnPerEmail: 0.002,
    emailsPerMonth: 4,
    openRate: 0.35,
    clickRate: 0.12,
    conversionRate: 0.04,
    averageOrderValue: 80,
    budgetPerMonth: 2000,
    discountRateAnnual: 0.1,
  };
  const monthly: { hypothesis: string; month: number; subscribers: number; orders: number; revenue: number }[] = [];
  let size = base.subscribers;
  for (let m = 1; m <= 18; m++) {
    const orders = size * 4 * 0.35 * 0.12 * 0.04;
    monthly.push({ hypothesis: 'baseline', month: m, subscribers: size, orders, revenue: orders * 80 });
    size = size * (1 - 0.015 - 0.002 * 4) + 900 * 1.01 ** (m - 1);
  }
  const scenarios = { baseline: { ...base, churnPerMonth: 0.03, newSubscribersPerMonth: 500, conversionRate: 0.02 }, hypotheses: {} };

  it('recovers churn, acquisition and conversion from a list’s actual history, people and money mixed', () => {
    const result = calibrate({
      scenarios,
      monthly,
      unknowns: { churnPerMonth: { min: 0, max: 0.1 }, newSubscribersPerMonth: { min: 0, max: 5000 }, conversionRate: { min: 0.001, max: 0.2 } },
    });
    expect(result.fitted.churnPerMonth).toBeCloseTo(0.015, 6);
    expect(result.fitted.newSubscribersPerMonth).toBeCloseTo(900, 2);
    expect(result.fitted.conversionRate).toBeCloseTo(0.04, 6);
    expect(result.residuals).toEqual([]);
    expect([result.rms, result.maxAbsError]).toEqual([0, 0]);
    expect(result.monthlyResiduals).toHaveLength(18 * 3);
    for (const r of result.monthlyResiduals!) expect(Math.abs(r.error)).toBeLessThan(1e-4 * Math.max(1, r.observed));
  });

  it('fits NPVs and monthly series together, and refuses a month of a scenario not in the file', () => {
    const npv = compareScenarios({ baseline: base, hypotheses: {} }, { horizonsYears: [1] }).horizons[0]!.results[0]!.npv.toNumber();
    const result = calibrate({
      scenarios,
      observed: [{ hypothesis: 'baseline', years: 1, npv }],
      monthly: monthly.map(({ hypothesis, month, subscribers }) => ({ hypothesis, month, subscribers })),
      unknowns: { churnPerMonth: { min: 0, max: 0.1 }, newSubscribersPerMonth: { min: 0, max: 5000 }, conversionRate: { min: 0.001, max: 0.2 } },
    });
    expect(result.fitted.conversionRate).toBeCloseTo(0.04, 5); // only the NPV tells the conversion
    expect(result.fitted.churnPerMonth).toBeCloseTo(0.015, 6);
    expect(Math.abs(result.residuals[0]!.error)).toBeLessThan(0.5);
    expect(() => calibrate({ scenarios, monthly: [{ hypothesis: 'H2', month: 1, orders: 3 }], unknowns: { churnPerMonth: { min: 0, max: 0.1 } } })).toThrow(
      /^monthly\[0\]\.hypothesis: "H2" is not in the file \(names: baseline\)$/,
    );
    expect(() => calibrate({ scenarios, unknowns: { churnPerMonth: { min: 0, max: 0.1 } } })).toThrow(
      /^observed: must hold at least one observed NPV, unless monthly series are given$/,
    );
  });
});
