import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fatigueFromObservations } from '../../../src/analysis/frequency/fatigueFromObservations';
import { optimiseFrequency as optimise, type ListFrequencyResult } from '../../../src/analysis/frequency/optimiseFrequency';

/** optimiseFrequency on a one-list input, whose result is a ListFrequencyResult (no segments). */
const optimiseFrequency = (...args: Parameters<typeof optimise>): ListFrequencyResult => {
  const result = optimise(...args);
  if ('segments' in result) throw new Error('a one-list input gave a segmented result');
  return result;
};
import type Decimal from 'decimal.js';
import { compareScenarios, forecast, forecastNpv, parseScenarioInput, type ScenarioFileData, type ScenarioInputData } from '../../../src/index';
import { deepFreeze, expectClose, expectDecimalClose, inputErrorOf } from '../../model/support';
import { baseline } from '../../scenarios/support';

const elasticities = { openRateElasticity: -0.33, clickRateElasticity: -0.5, churnPerEmailElasticity: 0.2 };
const years = [1, 3, 5];

/** The power law written out here: metric(e) = metric(e0) × (e / e0)^elasticity. */
const powerLaw = (value: number, e: number, e0: number, elasticity: number) => value * (e / e0) ** elasticity;

/** Brute force: build each frequency's input from plain data, forecast it exactly, take the argmax. */
function bruteForce(data: ScenarioInputData, max: number) {
  const e0 = data.emailsPerMonth;
  const rows: { e: number; npvs: Decimal[] }[] = [];
  for (let e = 1; e <= max; e++) {
    const scenario = {
      ...data,
      emailsPerMonth: e,
      openRate: powerLaw(data.openRate!, e, e0, elasticities.openRateElasticity),
      clickRate: powerLaw(data.clickRate, e, e0, elasticities.clickRateElasticity),
      churnPerEmail: powerLaw(data.churnPerEmail!, e, e0, elasticities.churnPerEmailElasticity),
    };
    rows.push({ e, npvs: years.map((y) => forecast(parseScenarioInput(scenario), { years: y }).npv) });
  }
  return years.map((_, h) => rows.reduce((best, row) => (row.npvs[h]!.greaterThan(best.npvs[h]!) ? row : best)));
}

describe('optimiseFrequency', () => {
  it('finds the same best frequency and exact NPV as a brute-force loop over frequencies', () => {
    const result = optimiseFrequency(baseline, { fatigue: { model: 'power', ...elasticities }, max: 12 });
    const brute = bruteForce(baseline, 12);
    result.horizons.forEach((h, i) => {
      expect(h.years).toBe(years[i]);
      expect(h.bestEmailsPerMonth).toBe(brute[i]!.e);
      expectDecimalClose(h.npv, brute[i]!.npvs[i]!, '1e-12');
    });
    expect(result.frequencies.map((f) => f.emailsPerMonth)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('reports every frequency’s NPV as the brute force computes it', () => {
    const result = optimiseFrequency(baseline, { years: 3, fatigue: { model: 'power', ...elasticities }, min: 3, max: 5 });
    for (const f of result.frequencies) {
      const e = f.emailsPerMonth;
      const plain = {
        ...baseline,
        emailsPerMonth: e,
        openRate: powerLaw(0.4, e, 2, -0.33),
        clickRate: powerLaw(0.1, e, 2, -0.5),
        churnPerEmail: powerLaw(0.002, e, 2, 0.2),
      };
      expectClose(f.npvs[0]!, forecast(plain, { years: 3 }).npv.toNumber(), 1e-11);
    }
  });

  it('returns the input’s own NPVs at the input’s own frequency', () => {
    const result = optimiseFrequency(baseline, { fatigue: { model: 'power', ...elasticities } });
    const own = result.frequencies.find((f) => f.emailsPerMonth === baseline.emailsPerMonth)!;
    expect(own.npvs).toEqual(forecastNpv(parseScenarioInput(baseline), [12, 36, 60]));
    expect([own.openRate, own.clickRate, own.churnPerEmail]).toEqual([baseline.openRate, baseline.clickRate, baseline.churnPerEmail]);
  });

  it('is linear in the frequency without fatigue, churn per email or costs that depend on it (closed form)', () => {
    // S_m = Pe × keep^(m−1); NPV(e) = Σ_m (e × Pe × keep^(m−1) × OR × CTOR × CR × AOV × margin − B) × DF^m
    const data = { ...baseline, newSubscribersPerMonth: 0, churnPerEmail: 0 };
    const keep = 1 - data.churnPerMonth;
    const df = (1 + data.discountRateAnnual) ** (-1 / 12);
    const perEmail = data.subscribers * data.openRate * data.clickRate * data.conversionRate * data.averageOrderValue * data.grossMargin;
    const closedForm = (e: number, months: number) =>
      (e * perEmail * df * (1 - (keep * df) ** months)) / (1 - keep * df) - (data.budgetPerMonth * df * (1 - df ** months)) / (1 - df);
    const result = optimiseFrequency(data, { years: [1, 5], max: 8 });
    for (const f of result.frequencies) {
      expectClose(f.npvs[0]!, closedForm(f.emailsPerMonth, 12), 1e-12);
      expectClose(f.npvs[1]!, closedForm(f.emailsPerMonth, 60), 1e-12);
    }
    expect(result.horizons.map((h) => h.bestEmailsPerMonth)).toEqual([8, 8]);
  });

  it('puts the article’s H1 on the curve fitted from it: 3 emails a month give H1’s NPVs', () => {
    const file = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as ScenarioFileData;
    const fatigue = fatigueFromObservations({ emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1 }, { emailsPerMonth: 3, openRate: 0.35, clickRate: 0.08 });
    const result = optimiseFrequency(file.baseline, { fatigue, max: 4 });
    const comparison = compareScenarios(file);
    const h1 = comparison.horizons.map((h) => h.results.find((r) => r.name === 'H1')!.npv.toNumber());
    result.frequencies[2]!.npvs.forEach((npv, i) => expectClose(npv, h1[i]!, 1e-9));
  });

  it('reports a frequency at which additive churn would exceed 100 % as infeasible, with the reason', () => {
    const data = { ...baseline, churnPerMonth: 0.5, churnPerEmail: 0.1 };
    const result = optimiseFrequency(data, { max: 8 });
    expect(result.frequencies.filter((f) => f.infeasible === null).map((f) => f.emailsPerMonth)).toEqual([1, 2, 3, 4, 5]);
    const six = result.frequencies[5]!;
    expect(six.npvs).toEqual([]);
    expect(six.infeasible).toMatch(
      /^churnPerEmail: churnPerMonth \+ churnPerEmail × emailsPerMonth must not exceed 1 with additive churn \(it is 1\.1 from month 1\)$/,
    );
    for (const h of result.horizons) expect(h.bestEmailsPerMonth).toBeLessThanOrEqual(5);
  });

  it('scales the fatigued metrics that changes set later by the same ratio as month 1', () => {
    const data = { ...baseline, changes: [{ fromMonth: 7, set: { openRate: 0.3 } }] };
    const result = optimiseFrequency(data, { years: 1, fatigue: { model: 'power', openRateElasticity: -1 }, min: 4, max: 4 });
    // e = 4: ratio (4 / 2)^−1 = 0.5, so 0.4 → 0.2 and 0.3 → 0.15
    const plain = { ...data, emailsPerMonth: 4, openRate: 0.2, changes: [{ fromMonth: 7, set: { openRate: 0.15 } }] };
    expectClose(result.frequencies[0]!.npvs[0]!, forecast(plain, { years: 1 }).npv.toNumber(), 1e-12);
  });

  it('does not mutate the input or the options', () => {
    const input = deepFreeze({ ...baseline });
    const options = deepFreeze({ years: [1, 3], fatigue: { model: 'power' as const, ...elasticities } });
    expect(() => optimiseFrequency(input, options)).not.toThrow();
  });

  it('rejects bad options, frequencies that changes set, and a range with no feasible frequency', () => {
    expect(inputErrorOf(() => optimiseFrequency(baseline, { min: 5, max: 4 })).message).toBe('max: must not be below min');
    expect(inputErrorOf(() => optimiseFrequency(baseline, { max: 2.5 })).message).toMatch(/^max: must be a whole number of emails a month/);
    expect(inputErrorOf(() => optimiseFrequency(baseline, { years: [1, 0] })).message).toMatch(/^years\[1\]: must be more than 0 years/);
    expect(inputErrorOf(() => optimiseFrequency(baseline, { fatigue: { model: 'power', openRateElasticity: 'steep' } as never })).message).toMatch(
      /^fatigue\.openRateElasticity: must be a number/,
    );
    const changing = { ...baseline, changes: [{ fromMonth: 3, set: { emailsPerMonth: 4 } }] };
    expect(inputErrorOf(() => optimiseFrequency(changing)).message).toMatch(/^changes\[0\]\.set\.emailsPerMonth: the optimiser sets one frequency/);
    const heavy = { ...baseline, churnPerMonth: 0.5, churnPerEmail: 0.1 };
    expect(inputErrorOf(() => optimiseFrequency(heavy, { min: 6, max: 9 })).message).toMatch(
      /^emailsPerMonth: no frequency from 6 to 9 emails a month is feasible/,
    );
  });
});

describe('optimiseFrequency warnings', () => {
  const noFatigue = /^fatigue: none given, so the open rate, click rate and churn per email stay the same at every frequency/;
  it('warns that without fatigue the optimiser tends to pick the highest frequency', () => {
    const result = optimiseFrequency(baseline, { years: 1, max: 4 });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(noFatigue);
    expect(result.horizons[0]!.bestEmailsPerMonth).toBe(4);
  });

  it('does not when a fatigue curve is given, and carries the input warnings', () => {
    expect(optimiseFrequency(baseline, { years: 1, max: 4, fatigue: { model: 'power', ...elasticities } }).warnings).toEqual([]);
    const warnings = optimiseFrequency({ ...baseline, discountRateAnnual: 5 }, { years: 1, max: 4 }).warnings;
    expect(warnings[0]).toBe('discountRateAnnual: 5 is 500 % a year; rates are fractions: did you mean 0.05 (5 %)?');
    expect(warnings[1]).toMatch(noFatigue);
  });
});
