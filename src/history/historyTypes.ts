import type { Distribution } from '../schema/distribution';
import type { FieldPath } from '../schema/fieldPaths';
import type { HistoryEvidence } from '../scenarios/historyEvidence';

/**
 * The types a user's history is read into and estimated from: the rows of the three kinds of export
 * (campaigns, list size, retention), and what is estimated from them. Readers (`readCampaigns`,
 * `readListHistory`, `readRetentionTable`) turn CSV records into these rows; estimators turn rows into
 * {@link Estimate}s; `fitHistory` writes the estimates into a scenario file.
 */

/** One sent campaign, in counts of people or emails (a rate column is turned into a count only where the export has no count). */
export interface CampaignRow {
  /** The row's line number in its file (the header is line 1), for messages. */
  readonly row: number;
  /** The campaign's name, when the export gives one. */
  readonly name?: string;
  /** The send date, `YYYY-MM-DD`, when the export gives one. */
  readonly date?: string;
  /** The value of the `--segment-by` column (a list or tag name), when asked for. */
  readonly segment?: string;
  /** Emails delivered (sent − bounced when the export gives only those). */
  readonly delivered: number;
  /** Unique opens by people: machine (Apple Mail Privacy Protection) opens removed where the export separates them. */
  readonly opens?: number;
  /** Unique machine opens, where the export separates them (already removed from `opens`). */
  readonly machineOpens?: number;
  /** Unique clicks. */
  readonly clicks?: number;
  readonly unsubscribes?: number;
  /** Spam complaints. */
  readonly complaints?: number;
  readonly hardBounces?: number;
  /** Orders attributed to the campaign. */
  readonly orders?: number;
  /** Revenue attributed to the campaign (money). */
  readonly revenue?: number;
}

/** One observation of the list's size (a month, a week or a day of the export). */
export interface ListRow {
  readonly row: number;
  /** The observation's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Subscribers on the list at that date. */
  readonly subscribers: number;
  /** New subscribers since the previous row, where the export gives them. */
  readonly newSubscribers?: number;
  /** Subscribers who left since the previous row, where the export gives them. */
  readonly unsubscribed?: number;
}

/**
 * A retention table in one of its three layouts (periods of `periodMonths` months):
 * - `alive`: one cohort, `alive[t]` still subscribed after t periods (`alive[0]` is its size);
 * - `cohorts`: several cohorts, each `alive[t]` observed up to its own last period;
 * - `tenure`: per tenure t (in periods), how many left at the end of their t-th period (`churned`) and how
 *   many are still active with t completed periods (`active`) — what an audience export's sign-up and
 *   unsubscribe dates give.
 */
export type RetentionTable =
  | { readonly layout: 'alive'; readonly alive: readonly number[] }
  | { readonly layout: 'cohorts'; readonly cohorts: readonly { readonly cohort: string; readonly alive: readonly number[] }[] }
  | { readonly layout: 'tenure'; readonly tenures: readonly { readonly tenure: number; readonly churned: number; readonly active: number }[] };

/** One input estimated from history. */
export interface Estimate {
  /** The input it estimates, by field path: `openRate`, `segments.engaged.clickRate`, `retention.alpha`, `newSubscribersPerMonth` … */
  readonly path: FieldPath;
  /** The point estimate: the long-run mean (money, people or a fraction, in the field's unit). */
  readonly value: number;
  /** The central 90 % interval of the estimate's uncertainty (what a multi-year forecast should carry). */
  readonly interval: readonly [number, number];
  /** The distribution written into the scenario file for it (a `beta` for rates), its `value` and `note` set. */
  readonly distribution: Distribution;
  /** Where it came from, e.g. `48 campaigns 2025-01-07 … 2026-10-28: 1,234,567 delivered, 301,234 unique opens`. */
  readonly note: string;
  /** The central 90 % of single campaigns' rates (what the next campaign may do), for rates fitted across campaigns. */
  readonly nextCampaign?: readonly [number, number];
}

/** What `fitHistory` gives: the scenario file with the fitted inputs in place (its `history`: the evidence), the estimates, and warnings. */
export interface HistoryFit {
  /** A scenario file (the `--base` file with the fitted fields replaced by their distributions), ready for `simulate`. */
  readonly file: Record<string, unknown>;
  readonly estimates: readonly Estimate[];
  /** `field: what looks wrong and what was done`, e.g. opens that look inflated by machine opens. */
  readonly warnings: readonly string[];
  /** What the history showed (also written into `file.history`). */
  readonly evidence: HistoryEvidence;
}

/**
 * What the history showed, kept in the fitted scenario file under `"history"` so that the report can draw
 * it ("What your history says"); its schema, the one source of truth, is `HistoryEvidence` in
 * src/scenarios/historyEvidence.ts.
 */
export type { HistoryEvidence } from '../scenarios/historyEvidence';
/** One campaign's observed rates in the evidence. */
export type CampaignEvidence = NonNullable<HistoryEvidence['campaigns']>[number];

/** What `fitHistory` reads: typed rows (with the name of the file each came from, for notes and messages) and the base scenario file. */
export interface FitHistoryInput {
  readonly campaigns?: { readonly rows: readonly CampaignRow[]; readonly file: string };
  readonly list?: { readonly rows: readonly ListRow[]; readonly file: string };
  readonly retention?: { readonly table: RetentionTable; readonly file: string; readonly periodMonths: number };
  /** The scenario file (as written) whose baseline the fitted fields replace; without it the file holds the fitted fields only and cannot be run before the user adds what history cannot tell. */
  readonly base?: unknown;
  /** True when `campaigns` rows carry a `segment`: one set of estimates per segment, written as `segments`. */
  readonly bySegment?: boolean;
}
