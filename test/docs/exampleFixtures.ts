import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Decimal from 'decimal.js';
import { z } from 'zod';
import { issueExample } from '../schema/segmentedExample';

function readExample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8')) as Record<string, unknown>;
}

/** The input of the README's API tour (test/readme.test.ts checks that the README shows it). */
export const tourInput = {
  subscribers: 4000,
  newSubscribersPerMonth: 320,
  churnPerMonth: 0.0117,
  churnPerEmail: 0.0049,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 100,
  budgetPerMonth: 1200,
  discountRateAnnual: 0.256,
};

/**
 * The names every `@example` may use beyond the library's exports, made fresh for each example:
 * - `input`: the README API tour's input (one scenario, the worked example without growth or a start date);
 * - `articleFile`: examples/moller-article.json as read from disk (the scenario file of Møller's article),
 *   and `articleBaseline`, its `baseline`;
 * - `uncertainFile`: examples/moller-uncertain.json as read from disk (the same file with distributions);
 * - `segmentedInput`: the segments issue's worked example (engaged 30 % and dormant 70 %, a move from engaged to dormant, sBG retention);
 * - `Decimal` (decimal.js) and `z` (zod), which the library's arguments and schemas are made of.
 */
export function exampleFixtures(): Record<string, unknown> {
  const articleFile = readExample('moller-article.json');
  return {
    input: tourInput,
    articleFile,
    articleBaseline: articleFile.baseline,
    uncertainFile: readExample('moller-uncertain.json'),
    segmentedInput: structuredClone(issueExample),
    Decimal,
    z,
  };
}
