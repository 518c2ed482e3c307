import { expect } from 'vitest';
import { InputError } from '../../src/errors/inputError';
import type { ScenarioInputData } from '../../src/schema/scenarioInput';

/** The issue's example, as written: engaged and dormant, a move from engaged to dormant, sBG retention. */
export const issueExample = {
  subscribers: 20000,
  newSubscribersPerMonth: 600,
  emailsPerMonth: 2,
  openRate: 0.25,
  clickRate: 0.1,
  conversionRate: 0.04,
  averageOrderValue: 60,
  budgetPerMonth: 3000,
  discountRateAnnual: 0.12,
  segments: {
    engaged: { share: 0.3, newSubscriberShare: 0.5, openRate: 0.5, emailsPerMonth: 8 },
    dormant: { share: 0.7, openRate: 0.08, churnPerEmail: 0.004 },
  },
  moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: 0.03 }],
  retention: { model: 'sBG', alpha: 0.7, beta: 1.2, periodMonths: 1, existingTenureMonths: 6 },
} as const satisfies ScenarioInputData;

/** The example's own fields without segments, moves or retention: one homogeneous list. */
export const unsegmented = (({ segments: _segments, moves: _moves, retention: _retention, ...own }) => own)(issueExample) satisfies ScenarioInputData;

/** The `path: rule` lines of the InputError that `run` throws (fails the test when it throws nothing else). */
export function problemLines(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => `${p.path}: ${p.rule}`);
  }
  throw new Error('expected an InputError, nothing was thrown');
}
