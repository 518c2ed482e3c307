import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { InputError } from '../errors/inputError';
import { requireArgument } from '../errors/argument';
import { nelderMead } from '../numeric/nelderMead';
import { numericHessian } from '../numeric/numericHessian';
import type { Distribution } from '../schema/distribution';
import type { Estimate, HistoryEvidence, RetentionTable } from './historyTypes';
import { retentionCounts, type RetentionCounts } from './retentionCounts';
import { sbgLogLikelihood } from './sbgLogLikelihood';

/** What {@link fitRetention} gives. */
export interface RetentionFit {
  /** `retention.alpha` and `retention.beta`, each with a lognormal distribution (see {@link fitRetention}). */
  readonly estimates: Estimate[];
  readonly warnings: string[];
  /** Share alive after each period: observed (Kaplan–Meier, pooled over cohorts) and fitted. */
  readonly evidence: NonNullable<HistoryEvidence['retention']>;
  /** The maximum-likelihood α and β (per period of `periodMonths` months). */
  readonly alpha: number;
  readonly beta: number;
  /** Standard errors of α and β by the delta method: α·SE(ln α), β·SE(ln β). */
  readonly standardErrors: { readonly alpha: number; readonly beta: number };
  /** The maximised log-likelihood (natural log). */
  readonly logLikelihood: number;
}

/** ln α and ln β are searched below this (α, β ≤ 1e6): beyond it churn no longer falls with tenure in any way data could show. */
const MAX_LOG = Math.log(1e6);
const Z90 = normalQuantile(0.95, 0, 1);
/** The 90 % point of χ² with one degree of freedom. */
const CHI2_90 = 2.71;
const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** The Kaplan–Meier share still there after each period, with the people at risk in it (observed through its end). */
function observedCurve(counts: RetentionCounts): { observed: number; atRisk: number }[] {
  const periods = counts.churned.length;
  const curve = [{ observed: 1, atRisk: counts.people }];
  let atRisk = counts.people;
  for (let t = 1; t <= periods; t++) {
    const previous = curve[t - 1]!.observed;
    curve.push({ observed: atRisk > 0 ? previous * (1 - counts.churned[t - 1]! / atRisk) : previous, atRisk });
    atRisk -= counts.churned[t - 1]! + counts.censored[t - 1]!;
  }
  return curve;
}

/** The lognormal of a parameter whose logarithm is normal around ln(value) with standard deviation `se`, as the schema writes it (mean and sd of the value). */
function logNormalOf(value: number, se: number, note: string): Distribution {
  const mean = value * Math.exp((se * se) / 2);
  return { dist: 'lognormal', mean, sd: mean * Math.sqrt(Math.expm1(se * se)), value, note };
}

/**
 * Fits shifted-beta-geometric retention by tenure (Fader & Hardie 2007) to a retention table of any
 * layout by maximum likelihood (see `sbgLogLikelihood`), maximising over (ln α, ln β) by Nelder–Mead from
 * α = β = 1. The standard errors come from the inverse of the observed information, the numeric Hessian of
 * −LL in (ln α, ln β) at the maximum; each parameter's distribution is the lognormal with ln-scale standard
 * deviation SE(ln α) around the fitted value (`value` = the fit, interval α·exp(±1.645·SE(ln α))).
 * `periodMonths` is not fitted: it names the table's period, and α, β are per period.
 *
 * ```
 * maximise LL(α, β) = Σ_t churned_t ln[B(α + 1, β + t − 1) / B(α, β)] + Σ_t censored_t ln[B(α, β + t) / B(α, β)]
 * cov(ln α, ln β) = [−∇² LL]⁻¹ at the maximum
 * ```
 *
 * @param table - the retention table (one cohort, several cohorts, or tenure counts)
 * @param options - `file`: its name, for notes and messages; `periodMonths`: months per period (a whole number ≥ 1)
 * @returns the estimates, warnings, evidence, α, β, their standard errors and the log-likelihood
 * @throws {InputError} naming the file for a bad table, no one leaving, or data that do not determine α and β
 *
 * @example
 * const fit = fitRetention({ layout: 'alive', alive: [1000, 631, 468, 382, 326, 289, 262, 241] }, { file: 'r.csv', periodMonths: 12 });
 * [fit.alpha, fit.beta, fit.logLikelihood] //=> [0.704, 1.182, -1680.27] (Fader & Hardie 2007, regular customers)
 */
export function fitRetention(table: RetentionTable, options: { file: string; periodMonths: number }): RetentionFit {
  requireArgument('options.file', options?.file, typeof options?.file === 'string', 'the file name, text');
  requireArgument(
    'options.periodMonths',
    options.periodMonths,
    Number.isInteger(options.periodMonths) && options.periodMonths >= 1,
    'a whole number of months, 1 or more',
  );
  const { file, periodMonths } = options;
  const counts = retentionCounts(table, file);
  const minusLogLikelihood = ([a, b]: readonly number[]) =>
    Math.max(a!, b!) > MAX_LOG ? Number.POSITIVE_INFINITY : -sbgLogLikelihood(counts, Math.exp(a!), Math.exp(b!));
  const best = nelderMead(minusLogLikelihood, [0, 0], { valueTolerance: 1e-10, pointTolerance: 1e-9, maxIterations: 5000 });
  const [logAlpha, logBeta] = best.point as [number, number];
  const [[haa, hab], [, hbb]] = numericHessian(minusLogLikelihood, best.point) as [[number, number], [number, number]];
  const determinant = haa * hbb - hab * hab;
  const warnings: string[] = [];
  const atBound = Math.max(logAlpha, logBeta) > MAX_LOG - 0.01;
  if (!(haa > 0 && determinant > 0) || atBound)
    throw new InputError(
      [
        {
          path: 'retention',
          rule: 'the data do not determine α and β: churn does not fall with tenure as the shifted-beta-geometric curve needs (it looks constant); give churnPerMonth instead',
        },
      ],
      file,
    );
  const seLogAlpha = Math.sqrt(hbb / determinant);
  const seLogBeta = Math.sqrt(haa / determinant);
  const alpha = Math.exp(logAlpha);
  const beta = Math.exp(logBeta);
  const periods = counts.churned.length;
  const left = counts.churned.reduce((s, n) => s + n, 0);
  const exposure = counts.churned.reduce((s, n, i) => s + (i + 1) * (n + counts.censored[i]!), 0);
  const constant = left / exposure;
  const constantLogLikelihood = left * Math.log(constant) + (exposure - left) * Math.log1p(-constant);
  if (2 * (-best.value - constantLogLikelihood) < CHI2_90)
    warnings.push(
      `retention: ${file} does not show churn falling with tenure (likelihood ratio against a constant churn of ${(100 * constant).toPrecision(3)} % per period: ` +
        `${(2 * (-best.value - constantLogLikelihood)).toFixed(2)} < ${CHI2_90}); α and β are poorly determined, a constant churnPerMonth may serve as well`,
    );
  const correlation = -hab / Math.sqrt(haa * hbb);
  if (Math.abs(correlation) > 0.9)
    warnings.push(
      `retention: the estimates of ln α and ln β are correlated (r = ${correlation.toFixed(2)}); their distributions are written independently, which widens the spread of the first period's churn α / (α + β)`,
    );
  if (!counts.wholeCounts)
    warnings.push(
      `retention: ${file} holds counts that are not whole numbers: if they are percentages, the standard errors of α and β assume ${count(counts.people)} people`,
    );
  const layout = table.layout === 'alive' ? 'one cohort' : table.layout === 'cohorts' ? `${table.cohorts.length} cohorts` : 'tenure counts';
  const basis =
    `${file} (${layout}): ${count(counts.people)} people over ${periods} periods of ${periodMonths} month${periodMonths === 1 ? '' : 's'}, ` +
    `${count(left)} left; sBG maximum likelihood, log-likelihood ${(-best.value).toFixed(1)}`;
  const estimate = (path: string, value: number, se: number, other: string): Estimate => {
    const note = `${basis}, ${other}; lognormal from SE(ln) ${se.toFixed(3)}`;
    return { path, value, interval: [value * Math.exp(-Z90 * se), value * Math.exp(Z90 * se)], distribution: logNormalOf(value, se, note), note };
  };
  const fitted = (t: number) => Math.exp(sbgLogLikelihood({ churned: [], censored: [...new Array<number>(t - 1).fill(0), 1] }, alpha, beta));
  return {
    estimates: [
      estimate('retention.alpha', alpha, seLogAlpha, `β ${beta.toPrecision(4)}`),
      estimate('retention.beta', beta, seLogBeta, `α ${alpha.toPrecision(4)}`),
    ],
    warnings,
    evidence: observedCurve(counts).map((point, period) => ({
      period,
      observed: point.observed,
      fitted: period === 0 ? 1 : fitted(period),
      atRisk: point.atRisk,
    })),
    alpha,
    beta,
    standardErrors: { alpha: alpha * seLogAlpha, beta: beta * seLogBeta },
    logLikelihood: -best.value,
  };
}
