import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import { describe, expect, it } from 'vitest';
import { ASSUMED_CONCENTRATION, rateEstimate } from '../../src/history/rateEstimate';
import { seededRandom } from '../../src/numeric/seededRandom';
import { synthetic } from './syntheticCampaigns';

const Z90 = 1.6448536269514722;

describe('rateEstimate', () => {
  it('covers the true long-run mean in about 90 % of synthetic histories; a pooled binomial interval covers far less', () => {
    // 500 histories × 30 campaigns: μ uniform on 0.02…0.45, κ log-uniform on 30…3,000, delivered 500…50,000 a campaign.
    const random = seededRandom(20251015);
    const draw = synthetic(random);
    const histories = 500;
    let covered = 0;
    let pooledCovered = 0;
    for (let h = 0; h < histories; h++) {
      const mu = 0.02 + 0.43 * random();
      const kappa = Math.exp(Math.log(30) + (Math.log(3000) - Math.log(30)) * random());
      const groups = Array.from({ length: 30 }, () => {
        const trials = 500 + Math.floor(49_501 * random());
        return { successes: draw.binomial(trials, draw.beta(mu * kappa, (1 - mu) * kappa)), trials };
      });
      const [low, high] = rateEstimate(groups, 'openRate', 'synthetic')!.estimate.interval;
      if (low <= mu && mu <= high) covered++;
      const k = groups.reduce((s, g) => s + g.successes, 0);
      const n = groups.reduce((s, g) => s + g.trials, 0);
      const half = Z90 * Math.sqrt(((k / n) * (1 - k / n)) / n);
      if (Math.abs(k / n - mu) <= half) pooledCovered++;
    }
    const coverage = covered / histories;
    const pooled = pooledCovered / histories;
    console.log(`coverage of the true mean by the central 90 % interval: beta-binomial ${coverage}, pooled binomial ${pooled} (${histories} histories)`);
    // ±3 binomial standard deviations of a 90 % rate over 500 histories: √(0.9 · 0.1 / 500) = 0.0134.
    expect(coverage).toBeGreaterThanOrEqual(0.86);
    expect(coverage).toBeLessThanOrEqual(0.94);
    expect(pooled).toBeLessThan(0.5);
  });

  it("the next campaign's band holds about 90 % of fresh campaigns of the typical size (the campaigns' spread and the count noise)", () => {
    // One history fitted, then 4,000 new campaigns drawn from the same truth at the median size.
    const random = seededRandom(7);
    const draw = synthetic(random);
    const [mu, kappa, size] = [0.03, 2_000, 500]; // count noise 5 times the spread between campaigns: a band of the spread alone would hold about half
    const groups = Array.from({ length: 60 }, () => ({ successes: draw.binomial(size, draw.beta(mu * kappa, (1 - mu) * kappa)), trials: size }));
    const [low, high] = rateEstimate(groups, 'conversionRate', 'synthetic')!.estimate.nextCampaign!;
    let inside = 0;
    for (let i = 0; i < 4_000; i++) {
      const rate = draw.binomial(size, draw.beta(mu * kappa, (1 - mu) * kappa)) / size;
      if (low <= rate && rate <= high) inside++;
    }
    console.log(`share of fresh campaigns inside the next-campaign band: ${inside / 4_000}`);
    // the band is fitted from 60 campaigns: allow for its own error around 90 %
    expect(inside / 4_000).toBeGreaterThan(0.84);
    expect(inside / 4_000).toBeLessThan(0.96);
  });

  it('writes a beta whose mean is the estimate and whose interval is its central 90 %', () => {
    const groups = [200, 300, 250, 350, 280].map((successes) => ({ successes, trials: 1000 }));
    const { estimate, fitted } = rateEstimate(groups, 'openRate', '5 campaigns')!;
    const d = estimate.distribution as { dist: string; alpha: number; beta: number; value: number; note: string };
    expect(d.dist).toBe('beta');
    expect(d.alpha / (d.alpha + d.beta)).toBeCloseTo(estimate.value, 12);
    expect(d.note).toBe('5 campaigns');
    expect(betaCdf(estimate.interval[0], d.alpha, d.beta)).toBeCloseTo(0.05, 8);
    expect(betaCdf(estimate.interval[1], d.alpha, d.beta)).toBeCloseTo(0.95, 8);
    expect(fitted.meanBand).toEqual(estimate.interval);
    // Single campaigns spread wider than the mean's uncertainty.
    expect(fitted.campaignBand[1] - fitted.campaignBand[0]).toBeGreaterThan(estimate.interval[1] - estimate.interval[0]);
    // The campaigns' rates 0.20…0.35 lie within the band of single campaigns widened a little.
    expect(fitted.campaignBand[0]).toBeLessThan(0.23);
    expect(fitted.campaignBand[1]).toBeGreaterThan(0.32);
  });

  it('falls back to an assumed spread, with a warning, for 1 or 2 campaigns', () => {
    const { estimate, warnings } = rateEstimate([{ successes: 300, trials: 1000 }], 'openRate', '1 campaign')!;
    expect(estimate.value).toBe(0.3);
    // Var = μ(1 − μ)(1/(κ + 1) + 1/N) = 0.21 × (1/101 + 1/1000).
    const variance = 0.21 * (1 / (ASSUMED_CONCENTRATION + 1) + 1 / 1000);
    const d = estimate.distribution as { alpha: number; beta: number };
    const k = d.alpha + d.beta;
    expect((d.alpha * d.beta) / (k * k * (k + 1))).toBeCloseTo(variance, 12);
    expect(warnings).toEqual([expect.stringMatching(/^openRate: only 1 campaign: the spread between campaigns cannot be measured/)]);
  });

  it('takes Jeffreys’ beta of the pooled counts when no campaign has a success', () => {
    const { estimate, warnings } = rateEstimate(
      [0, 0, 0, 0].map(() => ({ successes: 0, trials: 5000 })),
      'churnPerEmail',
      'x',
    )!;
    expect(estimate.distribution).toEqual({ dist: 'beta', alpha: 0.5, beta: 20000.5, value: 0.5 / 20001, note: 'x' });
    expect(warnings[0]).toMatch(/^churnPerEmail: none of 20,000 in 4 campaigns/);
  });

  it('reads huge counts, leaves out campaigns with no trials, and gives nothing without any trial', () => {
    const huge = [0.21, 0.2, 0.22, 0.19].map((p) => ({ successes: p * 1e9, trials: 1e9 }));
    const { estimate } = rateEstimate([...huge, { successes: 0, trials: 0 }], 'openRate', 'x')!;
    expect(estimate.value).toBeCloseTo(0.205, 3);
    expect(estimate.interval[0]).toBeLessThan(0.2);
    expect(estimate.interval[1]).toBeGreaterThan(0.21);
    expect(rateEstimate([{ successes: 0, trials: 0 }], 'openRate', 'x')).toBeUndefined();
  });
});
