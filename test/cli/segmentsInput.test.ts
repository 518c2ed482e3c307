import { describe, expect, it } from 'vitest';
import { issueExample } from '../schema/segmentedExample';
import { run } from './commands/support';

/** `compare` on a scenario file given on stdin: `baseline` (the issue's example unless given) and `hypotheses`. */
const compare = (hypotheses: Record<string, unknown>, baseline: Record<string, unknown> = issueExample) =>
  run(['compare', '-'], JSON.stringify({ baseline, hypotheses }));
const withSegments = (segments: Record<string, unknown>) => ({ ...issueExample, segments });

/** Exit 2, nothing on stdout, the `path: rule` line on stderr, no stack trace. */
function expectRefused(out: ReturnType<typeof run>, line: string): void {
  expect(out.status).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr.split('\n')).toContain(line);
  expect(out.stderr).not.toMatch(/\bat .*\.[cm]?js:\d+/);
}

describe('the built CLI on bad segment input', () => {
  it("compares the issue's example with a hypothesis on one segment", () => {
    const out = compare({ More: { segments: { engaged: { emailsPerMonth: 10 } } } });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });

  it("a hypothesis' segment field out of range", () => {
    expectRefused(
      compare({ H1: { segments: { engaged: { openRate: 1.5 } } } }),
      'hypotheses.H1.segments.engaged.openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 % (opens per delivered email)',
    );
  });

  it('shares that do not sum to 1', () => {
    expectRefused(
      compare({}, withSegments({ engaged: { share: 0.3 }, dormant: { share: 0.6 } })),
      "baseline.segments: the segments' shares must sum to 1 (engaged 0.3 + dormant 0.6 = 0.9)",
    );
  });

  it('a segment name that does not start with a letter', () => {
    expectRefused(
      compare({}, withSegments({ '1x': { share: 1 } })),
      'baseline.segments.1x: is not a valid name: it must start with a letter and hold only letters, digits, _ or - (at most 40), e.g. "engaged"',
    );
  });

  it('a scenario-wide field inside a segment', () => {
    const out = compare({}, withSegments({ engaged: { share: 0.3, subscribers: 100 }, dormant: { share: 0.7 } }));
    expectRefused(
      out,
      'baseline.segments.engaged.subscribers: holds for the whole scenario, not per segment: write it outside segments (a segment may set emailsPerMonth, openRate, clickRate, conversionRate, averageOrderValue, grossMargin, offEmailMultiplier, costPerThousandEmails, churnPerMonth, churnPerEmail, retention)',
    );
  });

  it('retention with a churnPerMonth above 0', () => {
    expectRefused(
      compare({}, { ...issueExample, churnPerMonth: 0.01 }),
      'baseline.retention: cannot be used with churnPerMonth above 0 (it is 0.01) in the same segment: retention by tenure replaces the constant monthly churn, so set churnPerMonth to 0',
    );
  });

  it('a change naming a segment the scenario does not have, and a move to one', () => {
    expectRefused(
      compare({ H1: { changes: [{ fromMonth: 7, set: { segments: { lapsed: { emailsPerMonth: 0 } } } }] } }),
      'hypotheses.H1.changes[0].set.segments.lapsed: names no segment of the scenario (engaged, dormant)',
    );
    expectRefused(
      compare({ H1: { moves: [{ from: 'dormant', to: 'lapsed', sharePerMonth: 0.1 }] } }),
      'hypotheses.H1.moves[0].to: names no segment of the scenario (engaged, dormant)',
    );
  });
});
