import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { requireArgument } from '../errors/argument';
import { linearRegression } from '../numeric/linearRegression';
import { studentTQuantile } from '../numeric/studentTQuantile';
import type { Estimate, HistoryEvidence, ListRow } from './historyTypes';
import { type ListInterval, listIntervals } from './listIntervals';

/** What {@link estimateListHistory} gives. */
export interface ListHistoryEstimates {
  /** `newSubscribersPerMonth`, `newSubscribersGrowthMonthly` and `churnPerMonth`, as far as the export tells them. */
  readonly estimates: Estimate[];
  readonly warnings: string[];
  /** The list's size at each row, observed and as the fitted new subscribers and churn rebuild it. */
  readonly evidence: NonNullable<HistoryEvidence['list']>;
}

const Z90 = normalQuantile(0.95, 0, 1);
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (x: number) => `${(100 * x).toFixed(2)} %`;
const sum = (list: readonly number[]) => list.reduce((s, x) => s + x, 0);

/** The growth of new subscribers: ln(new per month) on the stretches' middles, least squares; its sd widened by t/z so the normal's 90 % interval is the t interval. */
function growthFit(points: readonly ListInterval[]) {
  const fit = linearRegression(
    points.map((p) => p.middle),
    points.map((p) => Math.log(p.added! / p.months)),
  );
  const widen = studentTQuantile(0.95, fit.degreesOfFreedom) / Z90;
  return { fit, widen };
}

/**
 * Estimates acquisition and churn from a list's history (rows at any dates; see `listIntervals` for how
 * stretches, months and missing flows are read):
 *
 * - `newSubscribersGrowthMonthly` g = e^b − 1 from the least squares ln(new_i / months_i) = a + b·t_i over the
 *   stretches' middles t_i (at least 3 stretches with new subscribers); a normal with sd e^b·SE(b)·t₀.₉₅(n − 2)/z₀.₉₅,
 *   so that its 90 % interval is the t interval;
 * - `newSubscribersPerMonth`: the fitted level for the month after the last row, e^{a + b·t*}, t* = last + ½ month,
 *   lognormal with the same widened ln-scale SE; without a growth fit, Σ new / Σ months with a Poisson SE 1/√Σnew;
 * - `churnPerMonth` c = Σ lost / Σ subscriber-months, with the larger of the binomial SE and the between-stretch
 *   (ratio-estimator) SE √(n/(n − 1)·Σ(lost_i − c·exposure_i)²) / Σ exposure, written as the beta of that mean and
 *   variance. It holds every loss, also the unsubscribes emails cause, unless `sendsChurnPerMonth` (e.g.
 *   churnPerEmail × emailsPerMonth) is given: then that is subtracted.
 *
 * An export with only the list's size gives the net change alone: a warning, no estimate. Fewer than 3 rows: no growth.
 *
 * @param rows - the list history (any order)
 * @param options - `file`: its name, for notes; `sendsChurnPerMonth`: the churn emails cause per month, subtracted from the list's churn
 * @returns the estimates, warnings and the list's size observed and rebuilt from the fit
 * @throws {InputError} naming the file for rows it cannot read (see `listIntervals`)
 *
 * @example
 * const rows = [900, 1000, 1100, 1200].map((n, i) => ({ row: i + 2, date: `2025-0${i + 1}-01`, subscribers: 10000 + 500 * i, newSubscribers: n, unsubscribed: n - 500 }));
 * estimateListHistory(rows, { file: 'l.csv' }).estimates.map((e) => e.path) //=> ['newSubscribersPerMonth', 'newSubscribersGrowthMonthly', 'churnPerMonth']
 */
export function estimateListHistory(rows: readonly ListRow[], options: { file: string; sendsChurnPerMonth?: number }): ListHistoryEstimates {
  requireArgument('options.file', options?.file, typeof options?.file === 'string', 'the file name, text');
  const sends = options.sendsChurnPerMonth;
  requireArgument('options.sendsChurnPerMonth', sends, sends === undefined || (Number.isFinite(sends) && sends >= 0 && sends < 1), 'a fraction from 0 to 1');
  const { file } = options;
  const history = listIntervals(rows, file);
  const { intervals } = history;
  const estimates: Estimate[] = [];
  const warnings: string[] = [];
  const first = history.rows[0]!.date;
  const last = history.rows[history.rows.length - 1]!.date;
  if (history.rows.length < 3)
    warnings.push(
      `list: ${file} has ${history.rows.length} row${history.rows.length === 1 ? '' : 's'}: at least 3 are needed to fit the growth of new subscribers`,
    );
  if (history.added === 'none' && history.lost === 'none') {
    const change = history.rows.length > 1 ? Math.log(history.rows.at(-1)!.subscribers / history.rows[0]!.subscribers) / history.months.at(-1)! : Number.NaN;
    warnings.push(
      `list: ${file} gives only the list's size${Number.isFinite(change) ? ` (net ${percent(Math.expm1(change))} a month)` : ''}: it cannot be split into new subscribers and churn; add the new and unsubscribed columns`,
    );
    return { estimates, warnings, evidence: history.rows.map((r) => ({ date: r.date, subscribers: r.subscribers, fitted: r.subscribers })) };
  }

  // acquisition
  const withAdded = intervals.filter((i) => i.added !== undefined);
  const months = sum(withAdded.map((i) => i.months));
  const added = sum(withAdded.map((i) => i.added!));
  const derivedNote = history.added === 'derived' ? ' (new = size change + unsubscribed: the export gives no new subscribers)' : '';
  const span = `${Math.round(months)} months ${withAdded[0]?.row.date ?? first} … ${last}`;
  const positive = withAdded.filter((i) => i.added! > 0);
  if (positive.length < withAdded.length)
    warnings.push(`newSubscribersGrowthMonthly: ${withAdded.length - positive.length} stretches with no new subscribers are left out of the growth fit`);
  const nextMonth = history.months.at(-1)! + 0.5;
  let rate: (t: number) => number = () => added / months;
  if (positive.length >= 3 && history.rows.length >= 3) {
    const { fit, widen } = growthFit(positive);
    const g = Math.expm1(fit.slope);
    const sd = Math.exp(fit.slope) * fit.slopeStandardError * widen;
    const growthNote = `${span}: ${count(added)} new subscribers${derivedNote}; log-linear fit ${percent(g)} a month (${fit.degreesOfFreedom} degrees of freedom)`;
    const level = Math.exp(fit.intercept + fit.slope * nextMonth);
    const lnSe = Math.sqrt(fit.interceptStandardError ** 2 + nextMonth ** 2 * fit.slopeStandardError ** 2 + 2 * nextMonth * fit.covariance) * widen;
    rate = (t) => Math.exp(fit.intercept + fit.slope * t);
    estimates.push(lognormalEstimate('newSubscribersPerMonth', level, lnSe, `${growthNote}; the fitted level for the month after ${last}`));
    estimates.push({
      path: 'newSubscribersGrowthMonthly',
      value: g,
      interval: [g - Z90 * sd, g + Z90 * sd],
      distribution: { dist: 'normal', mean: g, sd: sd > 0 ? sd : Number.MIN_VALUE, value: g, note: growthNote },
      note: growthNote,
    });
  } else if (added > 0) {
    const note = `${span}: ${count(added)} new subscribers${derivedNote}; the mean per month (too few stretches to fit a growth)`;
    estimates.push(lognormalEstimate('newSubscribersPerMonth', added / months, 1 / Math.sqrt(added), note));
  }

  // churn
  const withLost = intervals.filter((i) => i.lost !== undefined);
  const lost = sum(withLost.map((i) => i.lost!));
  const exposure = sum(withLost.map((i) => i.exposure));
  const churn = exposure > 0 ? lost / exposure : 0;
  if (withLost.length > 0 && churn <= 0) warnings.push(`churnPerMonth: ${file} shows no subscribers lost (${count(lost)}): churn not estimated`);
  else if (withLost.length > 0) {
    const n = withLost.length;
    const between = n > 1 ? (n / (n - 1)) * sum(withLost.map((i) => (i.lost! - churn * i.exposure) ** 2)) : 0;
    const variance = Math.max(churn * (1 - churn) * (1 / exposure), between / exposure ** 2);
    const net = churn - (sends ?? 0);
    const source = history.lost === 'derived' ? 'lost (new − size change: the export gives no unsubscribed)' : 'unsubscribed';
    const basis = `${Math.round(sum(withLost.map((i) => i.months)))} months ${withLost[0]!.row.date} … ${last}: ${count(lost)} ${source} of ${count(exposure)} subscriber-months, ${percent(churn)} a month`;
    const note =
      sends === undefined
        ? `${basis}; includes the churn emails cause (unsubscribes after sends): subtract churnPerEmail × emailsPerMonth to avoid counting it twice`
        : `${basis}, less ${percent(sends)} a month caused by sends (churnPerEmail × emailsPerMonth)`;
    if (net <= 0)
      warnings.push(`churnPerMonth: sends explain all the list's churn (${percent(churn)} a month against ${percent(sends!)} from sends): not estimated`);
    else estimates.push(betaEstimate('churnPerMonth', net, variance, note));
  }

  // the list rebuilt month by month from its first size, the fitted new subscribers and the whole churn
  let size = history.rows[0]!.subscribers;
  const evidence = history.rows.map((row, i) => {
    if (i > 0) {
      const step = intervals[i]!;
      size = size * (1 - churn) ** step.months + rate(step.middle) * step.months * (1 - churn) ** (step.months / 2);
    }
    return { date: row.date, subscribers: row.subscribers, fitted: size };
  });
  return { estimates, warnings, evidence };
}

/** An estimate whose logarithm is normal around ln(value) with standard deviation `lnSe`, written as the schema's lognormal (mean and sd of the value). */
function lognormalEstimate(path: string, value: number, lnSe: number, note: string): Estimate {
  const mean = value * Math.exp((lnSe * lnSe) / 2);
  const sd = Math.max(mean * Math.sqrt(Math.expm1(lnSe * lnSe)), Number.MIN_VALUE);
  return {
    path,
    value,
    interval: [value * Math.exp(-Z90 * lnSe), value * Math.exp(Z90 * lnSe)],
    distribution: { dist: 'lognormal', mean, sd, value, note },
    note,
  };
}

/** A rate as the beta with mean m and variance v: α = m·κ, β = (1 − m)·κ, κ = m(1 − m)/v − 1 (at least 2, a beta with a mode). */
function betaEstimate(path: string, mean: number, variance: number, note: string): Estimate {
  const kappa = Math.max(2, (mean * (1 - mean)) / variance - 1);
  const [alpha, beta] = [mean * kappa, (1 - mean) * kappa];
  return {
    path,
    value: mean,
    interval: [betaQuantile(0.05, alpha, beta), betaQuantile(0.95, alpha, beta)],
    distribution: { dist: 'beta', alpha, beta, value: mean, note },
    note,
  };
}
