import { InputError, type InputProblem } from '../errors/inputError';
import type { RetentionTable } from './historyTypes';

/** A retention table as the sBG likelihood reads it: per period t = 1, 2, …, who left and who was last seen still there. */
export interface RetentionCounts {
  /** `churned[t − 1]`: people who left at the end of their t-th period. */
  readonly churned: readonly number[];
  /** `censored[t − 1]`: people still subscribed after t periods whose observation ends there. */
  readonly censored: readonly number[];
  /** People who started (period 0). */
  readonly people: number;
  /** True when every count is a whole number (percentages instead of people make the standard errors meaningless). */
  readonly wholeCounts: boolean;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** One cohort's alive-after-t counts as churned and censored counts, its problems named after `cohort` (none for a table of one cohort). */
function addCohort(alive: readonly number[], cohort: string | undefined, churned: number[], censored: number[], problems: InputProblem[]): void {
  const at = (t: number) => (cohort === undefined ? `period ${t}` : `cohort ${cohort}, period ${t}`);
  if (!Array.isArray(alive) || alive.length < 2) {
    problems.push({ path: cohort === undefined ? 'retention' : `cohort ${cohort}`, rule: 'needs period 0 (the cohort’s size) and at least one later period' });
    return;
  }
  alive.forEach((n, t) => {
    if (!isCount(n)) problems.push({ path: at(t), rule: `alive must be a count of people, 0 or more (got ${String(n)})` });
    else if (t > 0 && isCount(alive[t - 1]) && n > alive[t - 1]!)
      problems.push({ path: at(t), rule: `alive ${n} is more than period ${t - 1}'s ${alive[t - 1]}: people cannot come back` });
  });
  if (problems.length > 0) return;
  for (let t = 1; t < alive.length; t++) churned[t - 1] = (churned[t - 1] ?? 0) + alive[t - 1]! - alive[t]!;
  const last = alive.length - 1;
  censored[last - 1] = (censored[last - 1] ?? 0) + alive[last]!;
}

/**
 * Turns a retention table of any layout into the counts the shifted-beta-geometric likelihood reads:
 * a cohort's `alive[t − 1] − alive[t]` left in period t and its last `alive[T]` are censored at T; a tenure
 * row's `churned` left at the end of its t-th period and its `active` are censored at t.
 *
 * @param table - the table, as read from the file
 * @param file - the file's name, for messages
 * @returns churned and censored counts per period, the people and whether all counts are whole
 * @throws {InputError} naming the file and the place, e.g. `period 3: alive 470 is more than period 2's 468: people cannot come back`
 *
 * @example
 * retentionCounts({ layout: 'alive', alive: [100, 60, 45] }, 'r.csv') //=> { churned: [40, 15], censored: [0, 45], people: 100, wholeCounts: true }
 */
export function retentionCounts(table: RetentionTable, file: string): RetentionCounts {
  const churned: number[] = [];
  const censored: number[] = [];
  const problems: InputProblem[] = [];
  if (table.layout === 'alive') addCohort(table.alive, undefined, churned, censored, problems);
  else if (table.layout === 'cohorts') {
    if (table.cohorts.length === 0) problems.push({ path: 'retention', rule: 'holds no cohort' });
    for (const cohort of table.cohorts) addCohort(cohort.alive, cohort.cohort, churned, censored, problems);
  } else {
    if (table.tenures.length === 0) problems.push({ path: 'retention', rule: 'holds no tenure' });
    for (const row of table.tenures) {
      const at = `tenure ${row.tenure}`;
      if (!Number.isInteger(row.tenure) || row.tenure < 0) problems.push({ path: at, rule: 'the tenure must be a whole number of periods, 0 or more' });
      else if (!isCount(row.churned) || !isCount(row.active)) problems.push({ path: at, rule: 'churned and active must be counts of people, 0 or more' });
      else if (row.tenure === 0 && row.churned > 0)
        problems.push({ path: at, rule: `${row.churned} churned at tenure 0: a subscriber leaves at the end of a period, so tenure 1 or more` });
      else if (row.tenure > 0) {
        churned[row.tenure - 1] = (churned[row.tenure - 1] ?? 0) + row.churned;
        censored[row.tenure - 1] = (censored[row.tenure - 1] ?? 0) + row.active;
      }
    }
  }
  if (problems.length > 0) throw new InputError(problems, file);
  const filled = (list: number[]) => Array.from({ length: Math.max(churned.length, censored.length) }, (_, i) => list[i] ?? 0);
  const counts = { churned: filled(churned), censored: filled(censored) };
  const people = [...counts.churned, ...counts.censored].reduce((s, n) => s + n, 0);
  if (counts.churned.every((n) => n === 0))
    throw new InputError([{ path: 'retention', rule: 'no one left in any period: the churn by tenure cannot be estimated from it' }], file);
  const wholeCounts = [...counts.churned, ...counts.censored].every(Number.isInteger);
  return { ...counts, people, wholeCounts };
}
