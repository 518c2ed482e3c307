import { InputError } from '../errors/inputError';
import { isPlainObject } from '../json/isPlainObject';
import { problemsFromZod } from '../schema/problemsFromZod';
import { UncertainScenarioFile } from '../analysis/uncertainty/uncertainScenarioFile';
import { campaignEvidence } from './campaignEvidence';
import { estimateCampaigns } from './estimateCampaigns';
import { estimateListHistory } from './estimateListHistory';
import { estimateSegments } from './estimateSegments';
import { fitRetention } from './fitRetention';
import type { Estimate, FitHistoryInput, HistoryEvidence, HistoryFit } from './historyTypes';
import { writeEstimates } from './writeEstimates';

/** The point value of a field written as a number or as a distribution with a `value` or `mean`. */
const pointOf = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : isPlainObject(value) && typeof (value.value ?? value.mean) === 'number'
      ? ((value.value ?? value.mean) as number)
      : undefined;

/** Checks the base file as an uncertain scenario file: its problems as `--base <path>: rule`. */
function checkedBase(base: unknown): Record<string, unknown> {
  const parsed = UncertainScenarioFile.safeParse(base, { reportInput: true });
  if (!parsed.success) throw new InputError(problemsFromZod(parsed.error).map((p) => ({ path: `--base ${p.path}`.trimEnd(), rule: p.rule })));
  return base as Record<string, unknown>;
}

/**
 * Fits a scenario file to a user's history: the campaigns' rates and average order value (see
 * `estimateCampaigns`, per segment with `bySegment`: `estimateSegments`), the list's acquisition and churn
 * (`estimateListHistory`, the churn emails cause subtracted when the base gives `emailsPerMonth`) and the
 * retention by tenure (`fitRetention`, written as `retention` with `model: "sBG"` and its `periodMonths`).
 *
 * The file is the `base` file (checked as an uncertain scenario file; its problems prefixed `--base`) with
 * each fitted field's value replaced by its distribution in the baseline — hypotheses keep their own
 * values — and `history` set to the evidence. When the opens look inflated by machine opens the click
 * rate is per delivered email: `clickRateBasis: "delivered"`, and `openRate` is removed (the model
 * ignores it then). When segmented, the baseline's `segments` are the fitted ones, each with its `share`
 * of delivered emails and the base's own fields of a segment of that name. The result is checked as an
 * uncertain scenario file, ready for `simulate`. Without `base`, the file holds the fitted fields only
 * (and `hypotheses: {}`): the user adds what history cannot tell (budget, discount rate …).
 *
 * @param input - the typed rows with their files, the base file, and whether to fit per segment
 * @returns the file, the estimates, warnings and the evidence
 * @throws {InputError} for a bad base file (`--base baseline.openRate: …`), for rows the estimators cannot read, and when the fitted file breaks a rule of the base
 *
 * @example
 * const rows = [300, 320, 280, 310].map((opens, i) => ({ row: i + 2, delivered: 1000, opens, clicks: opens / 10, orders: 3, revenue: 150 + 10 * i }));
 * const fit = fitHistory({ campaigns: { rows, file: 'c.csv' }, base: articleFile });
 * fit.estimates.map((e) => e.path) //=> ['openRate', 'clickRate', 'conversionRate', 'averageOrderValue']
 * (fit.file.baseline as Record<string, { dist: string }>).openRate.dist //=> 'beta'
 */
export function fitHistory(input: FitHistoryInput): HistoryFit {
  const base = input.base === undefined ? undefined : checkedBase(input.base);
  const baseBaseline = (base?.baseline ?? {}) as Record<string, unknown>;
  const estimates: Estimate[] = [];
  const warnings: string[] = [];
  const evidence: { -readonly [K in keyof HistoryEvidence]: HistoryEvidence[K] } = {};
  let baseline: Record<string, unknown> = { ...baseBaseline };
  if (input.campaigns !== undefined) {
    const { rows, file } = input.campaigns;
    const whole = estimateCampaigns(rows, { file });
    estimates.push(...whole.estimates);
    warnings.push(...whole.warnings);
    const fitted = { ...whole.fitted };
    if (input.bySegment === true) {
      const bySegment = estimateSegments(rows, { file, clickRateBasis: whole.clickRateBasis });
      estimates.push(...bySegment.estimates);
      warnings.push(...bySegment.warnings);
      Object.assign(fitted, bySegment.fitted);
      const baseSegments = (isPlainObject(baseBaseline.segments) ? baseBaseline.segments : {}) as Record<string, Record<string, unknown>>;
      const dropped = Object.keys(baseSegments).filter((name) => !Object.hasOwn(bySegment.shares, name));
      if (dropped.length > 0) warnings.push(`segments: the base's segments ${dropped.join(', ')} are not in the campaigns: replaced by the fitted segments`);
      baseline.segments = Object.fromEntries(Object.entries(bySegment.shares).map(([name, share]) => [name, { ...baseSegments[name], share }]));
    }
    if (whole.estimates.some((e) => e.path === 'clickRate')) baseline.clickRateBasis = whole.clickRateBasis;
    if (whole.clickRateBasis === 'delivered' && baseline.openRate !== undefined) {
      warnings.push('openRate: removed from the baseline: the click rate is per delivered email (clickRateBasis "delivered"), so the model does not use it');
      delete baseline.openRate;
    }
    evidence.campaigns = campaignEvidence(rows);
    evidence.fitted = fitted;
  }
  if (input.list !== undefined) {
    const perEmail = pointOf(estimates.find((e) => e.path === 'churnPerEmail')?.value ?? baseBaseline.churnPerEmail);
    const emails = pointOf(baseBaseline.emailsPerMonth);
    const sendsChurnPerMonth = perEmail === undefined || emails === undefined ? undefined : perEmail * emails;
    const list = estimateListHistory(input.list.rows, { file: input.list.file, ...(sendsChurnPerMonth === undefined ? {} : { sendsChurnPerMonth }) });
    estimates.push(...list.estimates);
    warnings.push(...list.warnings);
    evidence.list = list.evidence;
  }
  if (input.retention !== undefined) {
    const { table, file, periodMonths } = input.retention;
    const retention = fitRetention(table, { file, periodMonths });
    estimates.push(...retention.estimates);
    warnings.push(...retention.warnings);
    evidence.retention = retention.evidence;
    const own = isPlainObject(baseBaseline.retention) ? baseBaseline.retention : {};
    baseline.retention = { ...own, model: 'sBG', periodMonths };
    // Retention by tenure replaces the constant monthly churn.
    const constant = estimates.findIndex((e) => e.path === 'churnPerMonth');
    if (constant >= 0) estimates.splice(constant, 1);
    if (constant >= 0 || (pointOf(baseline.churnPerMonth) ?? 0) > 0) {
      warnings.push('churnPerMonth: set to 0: the retention fitted by tenure replaces the constant monthly churn');
    }
    if (baseline.churnPerMonth !== undefined || constant >= 0) baseline.churnPerMonth = 0;
  }
  baseline = writeEstimates(baseline, estimates);
  const file = { ...(base ?? { hypotheses: {} }), baseline, history: evidence };
  if (base !== undefined) {
    const parsed = UncertainScenarioFile.safeParse(file, { reportInput: true });
    if (!parsed.success) throw new InputError(problemsFromZod(parsed.error), 'the fitted file (--base with the fitted fields)');
  }
  return { file, estimates, warnings, evidence };
}
