import { describe, expect, it } from 'vitest';
import { fitRetention } from '../../src/history/fitRetention';
import { seededRandom } from '../../src/numeric/seededRandom';
import { inputErrorOf } from '../model/support';

/** Fader & Hardie (2007), % of 1,000 customers alive after years 0–7. */
const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241];
const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491];

/** The sBG log-likelihood of one cohort by the products of the period churn α / (α + β + t − 1), independent of the code's log-beta. */
function logLikelihood(alive: readonly number[], a: number, b: number): number {
  let survive = 1;
  let total = 0;
  for (let t = 1; t < alive.length; t++) {
    const churn = a / (a + b + t - 1);
    total += (alive[t - 1]! - alive[t]!) * Math.log(survive * churn);
    survive *= 1 - churn;
  }
  return total + alive[alive.length - 1]! * Math.log(survive);
}

/** Standard errors of α and β from the inverse of −∇²LL in (α, β), by central differences on the products above. */
function standardErrors(alive: readonly number[], a: number, b: number): [number, number] {
  const f = (x: number, y: number) => -logLikelihood(alive, x, y);
  const [ha, hb] = [1e-4 * a, 1e-4 * b];
  const faa = (f(a + ha, b) - 2 * f(a, b) + f(a - ha, b)) / (ha * ha);
  const fbb = (f(a, b + hb) - 2 * f(a, b) + f(a, b - hb)) / (hb * hb);
  const fab = (f(a + ha, b + hb) - f(a + ha, b - hb) - f(a - ha, b + hb) + f(a - ha, b - hb)) / (4 * ha * hb);
  const det = faa * fbb - fab * fab;
  return [Math.sqrt(fbb / det), Math.sqrt(faa / det)];
}

describe('fitRetention', () => {
  it('reproduces Fader & Hardie’s fits: regular α 0.704, β 1.182; high end α 0.668, β 3.806', () => {
    for (const [alive, a, b] of [
      [REGULAR, 0.704, 1.182],
      [HIGH_END, 0.668, 3.806],
    ] as const) {
      const fit = fitRetention({ layout: 'alive', alive }, { file: 'r.csv', periodMonths: 12 });
      expect(fit.alpha.toFixed(3)).toBe(a.toFixed(3));
      expect(fit.beta.toFixed(3)).toBe(b.toFixed(3));
      // the maximum: the log-likelihood at the fit equals the direct computation, and beats the paper's rounded values
      expect(fit.logLikelihood).toBeCloseTo(logLikelihood(alive, fit.alpha, fit.beta), 8);
      expect(fit.logLikelihood).toBeGreaterThanOrEqual(logLikelihood(alive, a, b));
    }
  });

  it('gives the maximised log-likelihoods −1680.27 (regular) and −1611.16 (high end), computed independently (SciPy, Nelder–Mead on the same data)', () => {
    expect(fitRetention({ layout: 'alive', alive: REGULAR }, { file: 'r.csv', periodMonths: 12 }).logLikelihood).toBeCloseTo(-1680.2652, 3);
    expect(fitRetention({ layout: 'alive', alive: HIGH_END }, { file: 'r.csv', periodMonths: 12 }).logLikelihood).toBeCloseTo(-1611.1582, 3);
  });

  it('gives standard errors equal to the inverse observed information computed here, within 1 %', () => {
    for (const alive of [REGULAR, HIGH_END]) {
      const fit = fitRetention({ layout: 'alive', alive }, { file: 'r.csv', periodMonths: 12 });
      const [seA, seB] = standardErrors(alive, fit.alpha, fit.beta);
      expect(Math.abs(fit.standardErrors.alpha / seA - 1)).toBeLessThan(0.01);
      expect(Math.abs(fit.standardErrors.beta / seB - 1)).toBeLessThan(0.01);
    }
  });

  it('writes α and β as lognormal estimates whose interval is the fit × exp(±1.645 SE(ln)), with a note saying where they came from', () => {
    const fit = fitRetention({ layout: 'alive', alive: REGULAR }, { file: 'r.csv', periodMonths: 12 });
    const [alpha, beta] = fit.estimates;
    expect(alpha!.path).toBe('retention.alpha');
    expect(beta!.path).toBe('retention.beta');
    const se = fit.standardErrors.alpha / fit.alpha;
    expect(alpha!.interval[0]).toBeCloseTo(fit.alpha * Math.exp(-1.6448536 * se), 6);
    expect(alpha!.interval[1]).toBeCloseTo(fit.alpha * Math.exp(1.6448536 * se), 6);
    expect(alpha!.distribution).toMatchObject({ dist: 'lognormal', value: fit.alpha });
    const d = alpha!.distribution as { mean: number; sd: number };
    // the schema's lognormal (mean, sd of the value) has ln-scale σ² = ln(1 + sd²/mean²) and median mean / √(1 + sd²/mean²)
    expect(Math.log(1 + (d.sd / d.mean) ** 2)).toBeCloseTo(se * se, 10);
    expect(d.mean / Math.sqrt(1 + (d.sd / d.mean) ** 2)).toBeCloseTo(fit.alpha, 10);
    expect(alpha!.note).toMatch(/^r\.csv \(one cohort\): 1,000 people over 7 periods of 12 months, 759 left; sBG maximum likelihood, log-likelihood -1680\.3/);
    expect(fit.evidence[0]).toEqual({ period: 0, observed: 1, fitted: 1, atRisk: 1000 });
    expect(fit.evidence[7]!.observed).toBeCloseTo(0.241, 12);
    expect(fit.evidence[7]!.fitted).toBeCloseTo(survival(fit.alpha, fit.beta, 7), 12);
    expect(fit.evidence[2]!.atRisk).toBe(631);
  });

  it('fits the same data the same in all three layouts', () => {
    const one = fitRetention({ layout: 'alive', alive: REGULAR }, { file: 'r.csv', periodMonths: 12 });
    const cohorts = fitRetention({ layout: 'cohorts', cohorts: [{ cohort: 'all', alive: REGULAR }] }, { file: 'r.csv', periodMonths: 12 });
    const tenures = REGULAR.slice(1).map((n, i) => ({ tenure: i + 1, churned: REGULAR[i]! - n, active: i === 6 ? n : 0 }));
    const tenure = fitRetention({ layout: 'tenure', tenures }, { file: 'a.csv', periodMonths: 12 });
    for (const fit of [cohorts, tenure]) {
      expect(fit.alpha).toBeCloseTo(one.alpha, 6);
      expect(fit.beta).toBeCloseTo(one.beta, 6);
    }
  });

  it('recovers known α, β from simulated cohorts: the 90 % intervals cover the truth about 90 % of the time', () => {
    const random = seededRandom(7);
    const [a, b] = [0.8, 2.5];
    const runs = 200;
    let coverAlpha = 0;
    let coverBeta = 0;
    for (let run = 0; run < runs; run++) {
      // three cohorts of 400 observed for 8, 5 and 3 periods; each person leaves in period t with probability α / (α + β + t − 1)
      const cohorts = [8, 5, 3].map((periods, c) => {
        const alive = [400];
        for (let t = 1; t <= periods; t++) {
          let left = 0;
          for (let i = 0; i < alive[t - 1]!; i++) if (random() < a / (a + b + t - 1)) left++;
          alive.push(alive[t - 1]! - left);
        }
        return { cohort: String(c), alive };
      });
      const fit = fitRetention({ layout: 'cohorts', cohorts }, { file: 'sim.csv', periodMonths: 1 });
      const [alpha, beta] = fit.estimates;
      if (alpha!.interval[0] <= a && a <= alpha!.interval[1]) coverAlpha++;
      if (beta!.interval[0] <= b && b <= beta!.interval[1]) coverBeta++;
    }
    // binomial sd of a 90 % coverage over 200 runs: 2.1 points; allow 3 sd
    expect(coverAlpha / runs).toBeGreaterThan(0.836);
    expect(coverAlpha / runs).toBeLessThan(0.964);
    expect(coverBeta / runs).toBeGreaterThan(0.836);
    expect(coverBeta / runs).toBeLessThan(0.964);
  });

  it('warns when churn does not fall with tenure, when the counts are not whole, and refuses bad input with its place', () => {
    const constant = fitRetention({ layout: 'alive', alive: [1000, 900, 810, 729, 656, 590] }, { file: 'r.csv', periodMonths: 1 });
    expect(constant.warnings[0]).toMatch(
      /^retention: r\.csv does not show churn falling with tenure \(likelihood ratio against a constant churn of 10\.0 % per period/,
    );
    const percent = fitRetention({ layout: 'alive', alive: [100, 63.1, 46.8, 38.2, 32.6] }, { file: 'r.csv', periodMonths: 12 });
    expect(percent.warnings).toContain(
      'retention: r.csv holds counts that are not whole numbers: if they are percentages, the standard errors of α and β assume 100 people',
    );
    expect(inputErrorOf(() => fitRetention({ layout: 'alive', alive: [10, 11] }, { file: 'r.csv', periodMonths: 1 })).message).toBe(
      "in r.csv:\nperiod 1: alive 11 is more than period 0's 10: people cannot come back",
    );
    expect(() => fitRetention({ layout: 'alive', alive: REGULAR }, { file: 'r.csv', periodMonths: 0 })).toThrow(
      /^options\.periodMonths: must be a whole number of months, 1 or more/,
    );
  });
});

/** S(t) = Π_{k ≤ t} (1 − α / (α + β + k − 1)). */
function survival(a: number, b: number, t: number): number {
  let s = 1;
  for (let k = 1; k <= t; k++) s *= 1 - a / (a + b + k - 1);
  return s;
}
