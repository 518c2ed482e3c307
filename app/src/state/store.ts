import { computed, signal } from '@preact/signals';
import type { InputProblem, UserScenarioFileData } from 'email-npv';
import article from '../../../examples/moller-article.json';
import { evaluate, type Results } from './evaluate';

/** The article's scenario, the page's first file. */
export const articleFile = article as UserScenarioFileData;
/** The name the article's file is saved under. */
export const ARTICLE_FILE_NAME = 'moller-article.json';

/** The results tabs, in order. */
export const tabs = ['comparison', 'monteCarlo', 'sensitivity', 'breakEven', 'history'] as const;
export type Tab = (typeof tabs)[number];

/** The page's state: the scenario file (may be invalid while the user types), the selected scenario, the file's name, the open tab. */
export const file = signal<UserScenarioFileData>(articleFile);
export const selected = signal<string>('baseline');
export const fileName = signal<string>(ARTICLE_FILE_NAME);
export const tab = signal<Tab>('comparison');
/** A message for the user about the page itself (a corrupt link, a file loaded), or undefined. */
export const notice = signal<string | undefined>(undefined);
/** Problems of the last file opened (`path: rule`), shown as text; empty when it was read. */
export const openProblems = signal<readonly string[]>([]);

/** When the last change was made (performance.now()), for the input → drawn measure. */
export let changedAt = performance.now();

/** Replaces the file (a new object: never mutate the old one) and notes when. */
export function setFile(next: UserScenarioFileData): void {
  changedAt = performance.now();
  file.value = next;
}

let lastResults: Results | undefined;

/**
 * The results of the file, computed when read: for a valid file its own results; for an invalid one the last
 * valid results, marked stale, with the problems that keep the file from the model.
 */
export const evaluation = computed((): { results: Results | undefined; problems: readonly InputProblem[]; stale: boolean } => {
  const read = evaluate(file.value);
  if (read.ok) {
    lastResults = read.results;
    return { results: read.results, problems: [], stale: false };
  }
  return { results: lastResults, problems: read.problems, stale: true };
});

/** The names of the scenarios of the file as written: the baseline first. */
export const scenarioNames = computed(() => [file.value.baselineName ?? 'baseline', ...Object.keys(file.value.hypotheses ?? {})]);
