import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { forecast } from '../../../src/model/forecast';

// The CLI is tested as users run it: the built file (npm install builds it through `prepare`).
const cli = 'dist/cli.js';
/** The article's scenario file, the input of most command tests. */
export const file = 'examples/moller-article.json';
export const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
/** What JSON.stringify makes of a library result (Decimals become strings), parsed back. */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
export const npvOf = (input: Parameters<typeof forecast>[0], months: number) => forecast(input, { months }).npv.toNumber();

/** A run that must fail on bad input: exit 2, the `field: rule` line, no stack trace. */
export function expectBadInput(args: string[], line: string | RegExp): void {
  const out = run(args);
  expect(out.status).toBe(2);
  expect(out.stdout).toBe('');
  if (typeof line === 'string') expect(out.stderr).toContain(line);
  else expect(out.stderr).toMatch(line);
  expect(out.stderr).not.toMatch(/\bat .*\.[cm]?js:\d+/);
}

/** Each command's --help: its usage line and an example that names the article file. */
export function expectHelp(command: string): void {
  const out = run([command, '--help']);
  expect(out.status).toBe(0);
  expect(out.stdout).toContain(`Usage:\n  email-npv ${command} <file|->`);
  expect(out.stdout).toMatch(new RegExp(`Examples:\\n  email-npv ${command} examples/moller-article\\.json`));
}

/**
 * A two-segment list with no churn, no acquisition and no discounting: each month nets
 * 10,000 × 2 emails × CR 0.1 × 0.05 × $40 × (0.3 × OR_engaged + 0.7 × OR_dormant) − $1,200 = 1,200 × OR_engaged + 280 − 1,200 (OR_dormant 0.1).
 */
export const segmentedBaseline = {
  subscribers: 10000,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 40,
  budgetPerMonth: 1200,
  discountRateAnnual: 0,
  segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7, openRate: 0.1 } },
};
