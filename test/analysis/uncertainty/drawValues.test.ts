import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { describe, expect, it } from 'vitest';
import { distributionSampler } from '../../../src/analysis/uncertainty/distributionSampler';
import { drawnFieldsOf } from '../../../src/analysis/uncertainty/drawnFieldsOf';
import { drawValues, screenDraws, startDraws } from '../../../src/analysis/uncertainty/drawValues';
import { splitDistributions } from '../../../src/analysis/uncertainty/splitDistributions';
import { resolveHypotheses } from '../../../src/scenarios/resolveHypotheses';
import { parseScenarioFile } from '../../../src/scenarios/scenarioFile';
import { inputErrorOf } from '../../model/support';
import { baseline } from '../../scenarios/support';
import { issueExample } from '../../schema/segmentedExample';

/** drawValues of an uncertain file, as simulate calls it. */
function draw(data: Record<string, unknown>, draws: number, seed: number) {
  const split = splitDistributions(data);
  const scenarios = resolveHypotheses(parseScenarioFile(split.file));
  const samplers = split.distributions.map((d) => distributionSampler(d.distribution, d.field, d.path));
  const pathOf = (name: string) => (name === 'baseline' ? 'baseline' : `hypotheses.${name}`);
  return { samplers, ...drawValues({ draws, seed, samplers, scenarios, drawnFields: drawnFieldsOf(scenarios, split.distributions, split.parsed), pathOf }) };
}

describe('drawValues', () => {
  it('reads one number of the seeded stream per distribution per draw, row by row, through each sampler', () => {
    const data = {
      baseline: { ...baseline, openRate: { dist: 'uniform', min: 0.3, max: 0.5 }, averageOrderValue: { dist: 'normal', mean: 40, sd: 5 } },
      hypotheses: {},
    };
    const { values, redrawn, samplers } = draw(data, 50, 7);
    const stream = mersenne(7);
    const expected = Array.from({ length: 100 }, (_, i) => samplers[i % 2]!.sample(uniformFloat64(stream)));
    expect([...values]).toEqual(expected);
    expect(redrawn).toBe(0);
  });

  it('keeps the first valid rows of the stream when some draws break additive churn, and counts the others', () => {
    // loss = 0.1 + 4 × churnPerEmail > 1 when churnPerEmail > 0.225
    const data = {
      baseline: { ...baseline, churnPerMonth: 0.1, emailsPerMonth: 4, churnPerEmail: { dist: 'uniform', min: 0, max: 0.3, value: 0.1 } },
      hypotheses: {},
    };
    const { values, redrawn, samplers } = draw(data, 200, 10);
    const stream = mersenne(10);
    const kept: number[] = [];
    let thrown = 0;
    while (kept.length < 200) {
      const x = samplers[0]!.sample(uniformFloat64(stream));
      if (0.1 + 4 * x > 1) thrown++;
      else kept.push(x);
    }
    expect([...values]).toEqual(kept);
    expect(redrawn).toBe(thrown);
    expect(thrown).toBeGreaterThan(20);
  });

  it('checks only additive churn: the same distribution under compound churn keeps every draw', () => {
    const data = {
      baseline: { ...baseline, churnModel: 'compound', churnPerMonth: 0.1, emailsPerMonth: 4, churnPerEmail: { dist: 'uniform', min: 0, max: 0.3 } },
      hypotheses: {},
    };
    expect(draw(data, 100, 10).redrawn).toBe(0);
  });

  it('gives up, naming the scenario that breaks the rule, when nearly every draw breaks additive churn', () => {
    const data = {
      baseline,
      hypotheses: { Heavy: { churnPerMonth: 0.1, emailsPerMonth: 4, churnPerEmail: { dist: 'uniform', min: 0.26, max: 0.5, value: 0.2 } } },
    };
    expect(inputErrorOf(() => draw(data, 100, 1)).message).toBe(
      'hypotheses.Heavy.churnPerEmail: the distributions make churnPerMonth + churnPerEmail × emailsPerMonth exceed 1 (additive churn) in most draws: narrow them',
    );
  });

  it('samples a distribution inside a segment: draw k is the beta quantile of the k-th number of the stream', () => {
    const engaged = { ...issueExample.segments.engaged, openRate: { dist: 'beta', alpha: 45, beta: 55 } };
    const data = { baseline: { ...issueExample, segments: { ...issueExample.segments, engaged } }, hypotheses: {} };
    const draws = 20000;
    const { values } = draw(data, draws, 11);
    const quantile = betaQuantile.factory(45, 55);
    const stream = mersenne(11);
    for (let k = 0; k < 200; k++) expect(Math.abs(values[k]! - quantile(uniformFloat64(stream)))).toBeLessThan(1e-9);
    // the draws' mean is α / (α + β) = 0.45 within 4 standard errors (sd = √(αβ / ((α + β)²(α + β + 1))) ≈ 0.0495)
    const mean = values.reduce((a, b) => a + b, 0) / draws;
    expect(Math.abs(mean - 0.45)).toBeLessThan((4 * 0.0495) / Math.sqrt(draws));
    // and their 5th and 95th percentiles are the distribution's, within 4 standard errors of a quantile
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0.05, 0.95]) expect(Math.abs(sorted[Math.round(p * draws)]! - quantile(p))).toBeLessThan(0.004);
  });

  it('gives up, naming the broken rule, when the distributions of segments break it in most draws', () => {
    const engaged = { ...issueExample.segments.engaged, share: { dist: 'uniform', min: 0.2, max: 0.4 } };
    const data = { baseline: { ...issueExample, segments: { ...issueExample.segments, engaged } }, hypotheses: {} };
    expect(inputErrorOf(() => draw(data, 50, 1)).message).toMatch(
      /^baseline\.segments: the distributions break this rule in most draws: narrow them \(the segments' shares must sum to 1 \(engaged 0\.\d+ \+ dormant 0\.7 = /,
    );
  });

  it('screens every cross-field rule of a segmented scenario: a segment’s churn above the whole list is drawn again', () => {
    // dormant sends 2 emails: 0.1 + 2 × churnPerEmail > 1 when churnPerEmail > 0.45
    const dormant = { ...issueExample.segments.dormant, churnPerEmail: { dist: 'uniform', min: 0, max: 0.6, value: 0.1 } };
    const constant = Object.fromEntries(Object.entries(issueExample).filter(([key]) => key !== 'retention')) as Omit<typeof issueExample, 'retention'>;
    const data = { baseline: { ...constant, churnPerMonth: 0.1, segments: { ...issueExample.segments, dormant } }, hypotheses: {} };
    const { values, redrawn, samplers } = draw(data, 100, 5);
    const stream = mersenne(5);
    const kept: number[] = [];
    let thrown = 0;
    while (kept.length < 100) {
      const x = samplers[0]!.sample(uniformFloat64(stream));
      if (0.1 + 2 * x > 1) thrown++;
      else kept.push(x);
    }
    expect([...values]).toEqual(kept);
    expect(redrawn).toBe(thrown);
    expect(thrown).toBeGreaterThan(10);
  });
});

describe('screenDraws and startDraws: the steps of drawValues, for threads', () => {
  // loss = 0.1 + 4 × churnPerEmail > 1 when churnPerEmail > 0.225: about a quarter of the rows are thrown away.
  const data = {
    baseline: { ...baseline, churnPerMonth: 0.1, emailsPerMonth: 4, churnPerEmail: { dist: 'uniform', min: 0, max: 0.3, value: 0.1 } },
    hypotheses: { Fewer: { emailsPerMonth: 2 } },
  };
  const split = splitDistributions(data);
  const scenarios = resolveHypotheses(parseScenarioFile(split.file));
  const samplers = split.distributions.map((d) => distributionSampler(d.distribution, d.field, d.path));
  const drawnFields = drawnFieldsOf(scenarios, split.distributions, split.parsed);
  const request = { draws: 300, seed: 10, samplers, scenarios, drawnFields, pathOf: (name: string) => name };

  it('screens rows independently: pieces put back in order are the whole, kept rows and last rule included', () => {
    const uniforms = Float64Array.from({ length: 100 }, (_, i) => (i * 0.37) % 1);
    const whole = screenDraws(request, uniforms, 100);
    const pieces = [screenDraws(request, uniforms.slice(0, 41), 41), screenDraws(request, uniforms.slice(41), 59)];
    expect([...pieces[0]!.values, ...pieces[1]!.values]).toEqual([...whole.values]);
    expect([...pieces[0]!.kept, ...pieces[1]!.kept]).toEqual([...whole.kept]);
    expect(pieces[1]!.broken ?? pieces[0]!.broken).toEqual(whole.broken);
    // Thrown away: exactly the rows whose value breaks the rule (an independent check).
    expect([...whole.kept]).toEqual([...whole.values].map((x) => (0.1 + 4 * x > 1 ? 0 : 1)));
  });

  it('startDraws, batch after batch, gives what drawValues gives', () => {
    const state = startDraws(request);
    for (let rows = state.rowsWanted(); rows > 0; rows = state.rowsWanted()) state.take(screenDraws(request, state.uniforms(rows), rows));
    const stepwise = state.result();
    const whole = drawValues(request);
    expect([...stepwise.values]).toEqual([...whole.values]);
    expect(stepwise.redrawn).toBe(whole.redrawn);
    expect(whole.redrawn).toBeGreaterThan(50);
  });
});
