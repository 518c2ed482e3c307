import { csvRecords, fitHistory, type HistoryFit, InputError, type InputProblem, readCampaigns } from 'email-npv';

/** How a campaign CSV is read: its name (for messages), how it writes numbers and dates, an optional column to fit per segment. */
export interface CampaignCsvOptions {
  readonly fileName: string;
  readonly locale?: string;
  /** A column (a list or tag name): one set of estimates per segment, written as segments. */
  readonly segmentBy?: string;
}

/** The fit of a campaign export, or the problems that stopped it (`file row N, column "X": …`). */
export type CampaignFitOutcome = { readonly fit: HistoryFit } | { readonly problems: readonly InputProblem[] };

/**
 * Fits the page's file to a campaign export, as `email-npv fit --campaigns FILE --base <the page's file>`
 * does: the rows read by `readCampaigns` (every bad cell named by file, row and column), the rates and
 * order value estimated by `fitHistory`, written into a copy of the page's file. A problem of the page's
 * file is named by its field (the CLI's `--base ` prefix left out).
 *
 * @param text - the CSV's text
 * @param base - the page's scenario file (not mutated)
 * @param options - the file's name, locale and segment column
 */
export async function fitCampaignCsv(text: string, base: unknown, options: CampaignCsvOptions): Promise<CampaignFitOutcome> {
  const { fileName, locale = 'en-US', segmentBy } = options;
  try {
    const rows = await readCampaigns(csvRecords(text), { file: fileName, locale, ...(segmentBy === undefined ? {} : { segmentBy }) });
    return { fit: fitHistory({ campaigns: { rows, file: fileName }, base, ...(segmentBy === undefined ? {} : { bySegment: true }) }) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { problems: error.problems.map((p) => ({ path: p.path.replace(/^--base ?/, '').replace(/^--segment-by$/, 'segment column'), rule: p.rule })) };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A warning when the fit changes the baseline's click-rate basis (opens → delivered, when opens look inflated by
 * machine opens) while hypotheses write their own click rate: theirs would then be read on the new basis.
 *
 * @param base - the page's file before the fit
 * @param fitted - the fitted file
 * @returns the warning, or undefined
 *
 * @example
 * basisChangeWarning({ baseline: {}, hypotheses: { H1: { clickRate: 0.08 } } }, { baseline: { clickRateBasis: 'delivered' } })
 * //=> 'clickRate: the fit reads clicks per delivered email (clickRateBasis "delivered"), but H1 set their own click rate per open: check them before applying'
 */
export function basisChangeWarning(base: unknown, fitted: unknown): string | undefined {
  const basisOf = (file: unknown) => {
    const baseline = isRecord(file) && isRecord(file.baseline) ? file.baseline : {};
    return baseline.clickRateBasis === 'delivered' ? 'delivered' : 'opens';
  };
  const [before, after] = [basisOf(base), basisOf(fitted)];
  if (before === after) return undefined;
  const hypotheses = isRecord(base) && isRecord(base.hypotheses) ? base.hypotheses : {};
  const setting = Object.entries(hypotheses)
    .filter(([, h]) => isRecord(h) && (h.clickRate !== undefined || (isRecord(h.set) && h.set.clickRate !== undefined)))
    .map(([name]) => name);
  if (setting.length === 0) return undefined;
  const per = (basis: string) => (basis === 'delivered' ? 'per delivered email' : 'per open');
  return `clickRate: the fit reads clicks ${per(after)} (clickRateBasis "${after}"), but ${setting.join(', ')} set their own click rate ${per(before)}: check them before applying`;
}
