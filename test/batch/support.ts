import { readFileSync } from 'node:fs';

/** An example file of the project, as read from disk. */
export const readExample = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** Møller's article: the scenario file, and its baseline (a scenario input). */
export const articleFile = readExample('moller-article.json');
export const articleBaseline = articleFile.baseline as Record<string, unknown>;
/** The same file with distributions. */
export const uncertainFile = readExample('moller-uncertain.json');
