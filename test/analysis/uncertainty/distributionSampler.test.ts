import * as formulajs from '@formulajs/formulajs';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { describe, expect, it } from 'vitest';
import { distributionSampler } from '../../../src/analysis/uncertainty/distributionSampler';
import { seededRandom } from '../../../src/numeric/seededRandom';
import { expectClose, inputErrorOf } from '../../model/support';

/** Stratified uniforms (i + ½) / n: a sample mean over them approximates the integral over u closely. */
const grid = (n: number) => Array.from({ length: n }, (_, i) => (i + 0.5) / n);

describe('distributionSampler', () => {
  it("uses the distribution's mean as the point value unless value is given", () => {
    expect(distributionSampler({ dist: 'normal', mean: 0.4, sd: 0.05 }, 'openRate').value).toBe(0.4);
    expect(distributionSampler({ dist: 'triangular', min: 0.1, mode: 0.2, max: 0.6 }, 'openRate').value).toBeCloseTo((0.1 + 0.2 + 0.6) / 3, 15);
    expect(distributionSampler({ dist: 'uniform', min: 80, max: 120 }, 'averageOrderValue').value).toBe(100);
    expect(distributionSampler({ dist: 'beta', alpha: 40, beta: 60 }, 'openRate').value).toBeCloseTo(0.4, 15);
    expect(distributionSampler({ dist: 'lognormal', mean: 100, sd: 20 }, 'averageOrderValue').value).toBe(100);
    expect(distributionSampler({ dist: 'beta', alpha: 40, beta: 60, value: 0.38 }, 'openRate').value).toBe(0.38);
  });

  it('draws the closed-form quantiles of untruncated distributions (formulajs as the oracle)', () => {
    const normal = distributionSampler({ dist: 'normal', mean: 100, sd: 15 }, 'averageOrderValue');
    const uniform = distributionSampler({ dist: 'uniform', min: 0.2, max: 0.6 }, 'openRate');
    const triangular = distributionSampler({ dist: 'triangular', min: 0.15, mode: 0.25, max: 0.35 }, 'discountRateAnnual');
    const beta = distributionSampler({ dist: 'beta', alpha: 10, beta: 190 }, 'conversionRate');
    for (const u of [0.01, 0.05, 0.3, 0.5, 0.77, 0.95, 0.99]) {
      expectClose(normal.sample(u), formulajs.NORM.INV(u, 100, 15) as number, 1e-9);
      expectClose(uniform.sample(u), 0.2 + 0.4 * u, 1e-12);
      // triangular by hand: below the mode x = a + √(u (b − a)(c − a)), above it x = b − √((1 − u)(b − a)(b − c))
      const cut = (0.25 - 0.15) / (0.35 - 0.15);
      const x = u < cut ? 0.15 + Math.sqrt(u * 0.2 * 0.1) : 0.35 - Math.sqrt((1 - u) * 0.2 * 0.1);
      expectClose(triangular.sample(u), x, 1e-12);
      expectClose(beta.sample(u), formulajs.BETA.INV(u, 10, 190) as number, 1e-6);
    }
  });

  it('turns the mean and sd of a lognormal value into the right μ and σ', () => {
    const aov = distributionSampler({ dist: 'lognormal', mean: 100, sd: 20 }, 'averageOrderValue');
    const draws = grid(200_000).map((u) => aov.sample(u));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length);
    expectClose(mean, 100, 1e-3);
    expectClose(sd, 20, 1e-2);
    // median e^μ with σ² = ln(1 + 0.04), μ = ln 100 − σ²/2
    expectClose(aov.sample(0.5), Math.exp(Math.log(100) - Math.log(1.04) / 2), 1e-9);
  });

  it("agrees with stdlib's beta quantile to 1e-9 everywhere, table or not", () => {
    const random = seededRandom(5);
    for (const [alpha, beta] of [
      [40, 60],
      [30, 270],
      [10, 190],
      [2, 3],
      [0.5, 0.5],
      [1, 50],
    ] as const) {
      const sampler = distributionSampler({ dist: 'beta', alpha, beta }, 'openRate');
      let worst = 0;
      for (const u of [0, 1e-9, 0.5, 1 - 1e-12, ...Array.from({ length: 2000 }, random)])
        worst = Math.max(worst, Math.abs(sampler.sample(u) - betaQuantile(u, alpha, beta)));
      expect(worst, `beta(${alpha}, ${beta})`).toBeLessThanOrEqual(1e-9);
    }
  });

  it("truncates exactly to the field's range: the truncated CDF of each draw is its u", () => {
    // normal(0.9, 0.2) on a rate: 31 % of its mass lies above 1
    const openRate = distributionSampler({ dist: 'normal', mean: 0.9, sd: 0.2 }, 'openRate');
    const cdf = (x: number) => formulajs.NORM.DIST(x, 0.9, 0.2, true) as number;
    const mass = cdf(1) - cdf(0);
    expectClose(openRate.mass, mass, 1e-9);
    const draws = grid(1000).map((u) => ({ u, x: openRate.sample(u) }));
    expect(draws.every(({ x }) => x >= 0 && x <= 1)).toBe(true);
    expect(Math.max(...draws.map(({ u, x }) => Math.abs((cdf(x) - cdf(0)) / mass - u)))).toBeLessThan(1e-9);
    expect(openRate.sample(0.999999999)).toBeLessThan(1);
  });

  it('keeps every draw in range, even at u = 0 and next to an exclusive bound', () => {
    const random = seededRandom(8);
    const cases = [
      [{ dist: 'normal', mean: 0.01, sd: 0.05 }, 'churnPerMonth', 0, 1],
      [{ dist: 'uniform', min: -3, max: 0.2, value: 0.1 }, 'discountRateAnnual', -1, 10],
      [{ dist: 'lognormal', mean: 0.5, sd: 0.6 }, 'clickRate', 0, 1],
      [{ dist: 'triangular', min: -500, mode: 0, max: 200, value: 0 }, 'investment', 0, 1e12],
    ] as const;
    for (const [spec, field, min, max] of cases) {
      const sampler = distributionSampler(spec, field);
      const draws = [0, 1 - 2 ** -53, ...Array.from({ length: 5000 }, random)].map((u) => sampler.sample(u));
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(min);
      expect(Math.max(...draws)).toBeLessThanOrEqual(max);
      if (field === 'discountRateAnnual') expect(Math.min(...draws)).toBeGreaterThan(-1); // "greater than −1" is exclusive
    }
  });

  it('names the field and the rule for a bad spec', () => {
    const message = (spec: unknown, path?: string) => inputErrorOf(() => distributionSampler(spec, 'openRate', path)).message;
    expect(message({ dist: 'normal', mean: 0.4, sd: 0 }, 'baseline.openRate')).toBe(
      'baseline.openRate.sd: must be more than 0 (the standard deviation, in the field’s unit)',
    );
    expect(message({ dist: 'normal', mean: 0.4, sd: -1 })).toContain('openRate.sd: must be more than 0');
    expect(message({ dist: 'uniform', min: 0.5, max: 0.5 })).toBe('openRate.max: must be greater than min (0.5)');
    expect(message({ dist: 'triangular', min: 0.1, mode: 0.7, max: 0.5 })).toBe('openRate.mode: must lie from min to max (0.1 to 0.5)');
    expect(message({ dist: 'beta', alpha: 0, beta: 3 })).toContain('openRate.alpha: must be more than 0');
    expect(message({ dist: 'gamma', shape: 2 })).toBe('openRate.dist: must be one of "normal", "triangular", "uniform", "beta", "lognormal"');
    expect(message({ dist: 'normal', mean: 0.4 })).toBe('openRate.sd: is required');
    expect(message({ dist: 'normal', mean: 0.4, sd: 0.1, sigma: 2 })).toBe('openRate.sigma: is not a known field (check the spelling)');
    expect(message({ dist: 'lognormal', mean: -5, sd: 1 })).toContain('openRate.mean: must be more than 0');
  });

  it('rejects a distribution with (almost) no probability in the field’s range, e.g. a rate in percent', () => {
    expect(inputErrorOf(() => distributionSampler({ dist: 'normal', mean: 40, sd: 5 }, 'openRate')).message).toMatch(
      /^openRate: the normal distribution has almost no probability \(.*\) inside the field's valid range 0 to 1: check its parameters and units/,
    );
    expect(() => distributionSampler({ dist: 'uniform', min: 2, max: 3 }, 'conversionRate')).toThrow(
      'conversionRate: the uniform distribution has almost no probability (0.0)',
    );
  });

  it('rejects a point value outside the field’s range, naming value or the mean', () => {
    expect(inputErrorOf(() => distributionSampler({ dist: 'uniform', min: 0.9, max: 1.3 }, 'openRate')).message).toBe(
      'openRate: the distribution\'s mean 1.1, the point value deterministic runs use, must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email): give "value", a valid point value',
    );
    expect(inputErrorOf(() => distributionSampler({ dist: 'beta', alpha: 2, beta: 2, value: 2 }, 'openRate')).message).toBe(
      'openRate.value: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
    );
  });

  it('truncates to the range of the input at a field path: a segment’s rate, a retention parameter (above 0), a move’s share', () => {
    const share = distributionSampler({ dist: 'normal', mean: 0.9, sd: 0.2 }, 'moves[0].sharePerMonth', 'baseline.moves[0].sharePerMonth');
    // truncated to [0, 1]: u = 0.5 is the normal quantile of F(0) + 0.5 × (F(1) − F(0))
    const cdf = (x: number) => formulajs.NORM.DIST(x, 0.9, 0.2, true) as number;
    expectClose(share.sample(0.5), formulajs.NORM.INV(cdf(0) + 0.5 * (cdf(1) - cdf(0)), 0.9, 0.2) as number, 1e-9);
    expect(share.sample(1 - 1e-12)).toBeLessThanOrEqual(1);
    const alpha = distributionSampler({ dist: 'normal', mean: 0.1, sd: 1 }, 'retention.alpha');
    expect(alpha.sample(0)).toBeGreaterThan(0);
    expect(alpha.sample(0)).toBeLessThan(1e-15);
    const engaged = distributionSampler({ dist: 'uniform', min: 0.5, max: 1.5 }, 'segments.engaged.openRate');
    expect(engaged.mass).toBeCloseTo(0.5, 12);
    expect(engaged.sample(0.5)).toBe(0.75);
    expect(
      inputErrorOf(() => distributionSampler({ dist: 'uniform', min: 2, max: 3 }, 'segments.engaged.share', 'baseline.segments.engaged.share')).message,
    ).toMatch(/^baseline\.segments\.engaged\.share: the uniform distribution has almost no probability/);
  });
});
